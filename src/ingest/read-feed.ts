// RSS and Atom feeds (.xml, .rss, .atom): one article per item, its text from the item's content
// (content:encoded, content, description or summary) with the HTML taken out. rss-parser has no
// streaming API, so a feed is read whole; it is limited to maxRecordBytes like a page.
import Parser from "rss-parser";
import { TallyError } from "../errors.js";
import { readTextFile } from "./files.js";
import { htmlFragmentText } from "./html-text.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./lines.js";
import { parseDate } from "./parse-date.js";
import type { IngestArticle, IngestItem, ReadSourcesOptions } from "./types.js";

interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  pubDate?: string;
  isoDate?: string;
  content?: string;
  summary?: string;
  "content:encoded"?: string;
  /** Atom's dates as written (rss-parser converts them to UTC, which can change the day). */
  published?: string;
  updated?: string;
  "dc:date"?: string;
}

const parser = new Parser<Record<string, unknown>, FeedItem>({
  customFields: { item: ["published", "updated"] },
});

export async function* readFeed(file: string, options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const xml = await readTextFile(file, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  if (xml instanceof TallyError) {
    yield xml;
    return;
  }
  yield* articlesFromFeed(xml, file);
}

/** The items of a feed's XML, each an article or an INPUT error (item number in the message). */
export async function* articlesFromFeed(xml: string, file: string): AsyncGenerator<IngestItem> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "";
    const line = /Line: (\d+)/.exec((error as Error).message)?.[1];
    yield new TallyError("INPUT", `not a valid RSS or Atom feed: ${message}`, {
      file,
      ...(line === undefined ? {} : { line: Number(line) + 1 }),
    });
    return;
  }
  const outlet = feed.title?.trim() || null;
  const lines = itemLines(xml, feed.items.length);
  for (const [i, item] of feed.items.entries()) {
    const record = i + 1;
    const origin = { file, record, ...(lines ? { line: lines[i] } : {}) };
    const html = [item["content:encoded"], item.content, item.summary].find((s) => s?.trim());
    const text = html ? htmlFragmentText(html) : "";
    if (text === "") {
      yield new TallyError("INPUT", `item ${record} has no text`, { file, line: origin.line ?? record });
      continue;
    }
    const article: IngestArticle = {
      origin,
      docId: (item.guid ?? item.id)?.trim() || null,
      outlet,
      url: item.link?.trim() || null,
      title: item.title?.replace(/\s+/g, " ").trim() || null,
      // Atom's own dates first: rss-parser's pubDate for Atom is one of them moved to UTC.
      published:
        parseDate(item.published) ??
        parseDate(item.updated) ??
        parseDate(item.pubDate) ??
        parseDate(item["dc:date"]) ??
        parseDate(item.isoDate),
      text,
    };
    yield article;
  }
}

/**
 * The line each <item> or <entry> starts on, so errors point into the file; null when the count
 * does not match the parsed items (an "<item" inside CDATA, say).
 */
function itemLines(xml: string, count: number): number[] | null {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of xml.matchAll(/<(?:item|entry)[\s>/]/g)) {
    for (let nl = xml.indexOf("\n", from); nl !== -1 && nl < match.index; nl = xml.indexOf("\n", nl + 1))
      line++;
    from = match.index;
    lines.push(line);
  }
  return lines.length === count ? lines : null;
}
