// The only way the app builds DOM: elements from createElement, text from textContent (via text nodes).
// Data never becomes markup: there is no innerHTML here or anywhere in web/src, attributes are set
// one by one with setAttribute, `style` is refused (the CSP forbids inline styles; use classes or
// element.style from code), and links from data pass safeHref first.

export type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

function apply(node: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      if (!key.startsWith("on")) throw new Error(`el: a function for attribute ${key}`);
      node.addEventListener(key.slice(2).toLowerCase(), value);
      continue;
    }
    const name = key === "className" ? "class" : key;
    if (name === "style" || name.startsWith("on")) throw new Error(`el: attribute ${name} is not allowed`);
    if ((name === "href" || name === "src" || name === "action") && typeof value === "string") {
      node.setAttribute(name, safeHref(value));
      continue;
    }
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  apply(node, attrs);
  append(node, children);
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element, the same way. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag) as SVGElementTagNameMap[K];
  apply(node, attrs);
  append(node, children);
  return node;
}

/** Replace a node's children. */
export function replace(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, children);
}

/** Same-origin paths, http(s) and mailto links pass; anything else (javascript:, data:, …) becomes "#". */
export function safeHref(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith("/") && !trimmed.startsWith("//")) return trimmed;
  if (trimmed.startsWith("#") || trimmed.startsWith("?")) return trimmed;
  try {
    const url = new URL(trimmed);
    if (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "mailto:") return url.href;
  } catch {
    // not a URL
  }
  return "#";
}

/** A button or a `role=button` SVG element answers Enter and Space like a click. */
export function activate(node: Element, handler: () => void): void {
  node.addEventListener("click", handler);
  node.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      handler();
    }
  });
}
