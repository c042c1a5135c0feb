// A saved web page (.html, .htm) as one article: page furniture (menus, share buttons, cookie
// notices, comments, related links) removed, then the main text found by Readability, as plain
// paragraphs. Title, date, outlet and address come from the page's metadata (see page-metadata.ts).
import { basename, extname } from "node:path";
import { Readability } from "@mozilla/readability";
import { TallyError } from "../errors.js";
import { findDateline } from "../extract/dates/dateline.js";
import { removeBoilerplate } from "./boilerplate.js";
import { readTextFile } from "./files.js";
import { type DomNode, parseDocument, textOf } from "./html-text.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./lines.js";
import { pageMetadata, timeElementDate } from "./page-metadata.js";
import type { IngestArticle, IngestItem, ReadSourcesOptions } from "./types.js";

export async function* readHtml(file: string, options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const html = await readTextFile(file, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  if (html instanceof TallyError) yield html;
  else if (html.trim() === "") yield new TallyError("INPUT", "empty file", { file });
  else yield articleFromHtml(html, file);
}

/** The article in a page's HTML, or an INPUT error if the page has no main text. */
export function articleFromHtml(html: string, file: string): IngestArticle | TallyError {
  let text: string;
  let meta: ReturnType<typeof pageMetadata>;
  let timeDate: string | null;
  let readabilityTitle: string | null = null;
  try {
    const doc = parseDocument(html);
    meta = pageMetadata(doc);
    removeBoilerplate(doc);
    timeDate = timeElementDate(doc);
    const article = new Readability<DomNode>(doc, { serializer: (node) => node as DomNode }).parse();
    text = article?.content ? textOf(article.content) : "";
    readabilityTitle = article?.title?.trim() || null;
  } catch (error) {
    return new TallyError("INPUT", `cannot read the page: ${(error as Error).message}`, { file });
  }
  if (text === "") return new TallyError("INPUT", "no article text in the page", { file });
  return {
    origin: { file },
    docId: basename(file, extname(file)),
    outlet: meta.outlet,
    url: meta.url,
    title: meta.title ?? readabilityTitle,
    published: meta.published ?? timeDate ?? findDateline(text)?.date ?? null,
    text,
  };
}
