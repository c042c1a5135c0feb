// HTML to plain article text for the page and feed readers: one paragraph per block element,
// "\n\n" between paragraphs, runs of whitespace made one space. Pages are parsed with linkedom; the
// few DOM members used are typed here, since the project does not load the DOM type library.
import { parseHTML } from "linkedom";
import { removeBoilerplate } from "./boilerplate.js";

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A page as a document. linkedom does not add the <html> and <body> a browser would, so this does. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(withBody(html)).document as DomDocument;
}

function withBody(html: string): string {
  if (!/<html[\s>]/i.test(html)) return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  if (/<body[\s>]/i.test(html)) return html;
  const head = /<\/head\s*>/i.exec(html) ?? /<html[^>]*>/i.exec(html);
  const open = head ? head.index + head[0].length : 0;
  const close = html.search(/<\/html\s*>\s*$/i);
  const end = close === -1 ? html.length : close;
  return `${html.slice(0, open)}<body>${html.slice(open, end)}</body>${html.slice(end)}`;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM " +
    "H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL"
  ).split(" "),
);
const CELLS = new Set(["TD", "TH"]);
const SKIPPED = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE HEAD TITLE IFRAME SVG BUTTON SELECT TEXTAREA".split(" "),
);

/** The text of a node and its descendants, as paragraphs separated by blank lines. */
export function textOf(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current.replace(/\s+/g, " ").trim();
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? "";
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      const block = BLOCKS.has(tag);
      const cell = CELLS.has(tag);
      if (block) flush();
      if (cell) current += " ";
      walk(child);
      if (block) flush();
      if (cell) current += " ";
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/**
 * Text that may be HTML (a feed item's content) as plain text, share links and the like removed;
 * text without tags is kept as it is.
 */
export function htmlFragmentText(fragment: string): string {
  if (!/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i.test(fragment)) return fragment.replace(/\r\n?/g, "\n").trim();
  const doc = parseDocument(fragment);
  removeBoilerplate(doc);
  return doc.body ? textOf(doc.body) : "";
}
