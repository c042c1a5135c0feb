// What a saved page says about itself in its markup: title, publication date, outlet and address,
// from Open Graph and article meta tags, JSON-LD (schema.org) and <time>. Read before the page is
// cleaned, except <time>, which is looked for after comments are gone (a comment has its own date).
import type { DomDocument } from "./html-text.js";
import { parseDate } from "./parse-date.js";

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

// In order of trust: the publisher's own metadata first.
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

export function pageMetadata(doc: DomDocument): PageMetadata {
  const ld = jsonLdObjects(doc);
  const outlet = metaContent(doc, 'meta[property="og:site_name"]') ?? publisherName(ld);
  const title = metaContent(doc, 'meta[property="og:title"]') ?? pageTitle(doc, outlet);
  let published: string | null = null;
  for (const selector of DATE_META) {
    published = parseDate(metaContent(doc, selector));
    if (published) break;
  }
  published ??= ldDatePublished(ld);
  return { title, published, outlet, url: pageUrl(doc) };
}

/** The page's own <time datetime>: one marked as the publication date, else the first. */
export function timeElementDate(doc: DomDocument): string | null {
  const time =
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector("time[pubdate][datetime]") ??
    doc.querySelector("time[datetime]");
  return parseDate(time?.getAttribute("datetime"));
}

function metaContent(doc: DomDocument, selector: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute("content"));
}

/** <title> without a trailing " - Outlet" or " | Outlet". */
function pageTitle(doc: DomDocument, outlet: string | null): string | null {
  const title = clean(doc.querySelector("title")?.textContent);
  if (!title || !outlet) return title;
  for (const separator of [" - ", " | ", " – ", " — "]) {
    if (title.endsWith(`${separator}${outlet}`)) return title.slice(0, -(separator.length + outlet.length));
  }
  return title;
}

/** The canonical link, else og:url; a relative canonical is resolved against og:url. */
function pageUrl(doc: DomDocument): string | null {
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const og = metaContent(doc, 'meta[property="og:url"]');
  if (!canonical) return og;
  try {
    return new URL(canonical, og ?? undefined).href;
  } catch {
    return canonical;
  }
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, through arrays and @graph; bad JSON is ignored. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    found.push(value as Json);
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) visit((value as Json)[key], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block says nothing; the other sources still may.
    }
  }
  return found;
}

const isArticleType = (type: unknown): boolean =>
  Array.isArray(type) ? type.some(isArticleType) : typeof type === "string" && /Article|Posting/.test(type);

/** datePublished of an Article-like object, else of any object. */
function ldDatePublished(objects: Json[]): string | null {
  const dated = objects.filter((o) => typeof o.datePublished === "string");
  for (const o of [...dated.filter((o) => isArticleType(o["@type"])), ...dated]) {
    const date = parseDate(o.datePublished as string);
    if (date) return date;
  }
  return null;
}

function publisherName(objects: Json[]): string | null {
  for (const o of objects) {
    const publisher = Array.isArray(o.publisher) ? o.publisher[0] : o.publisher;
    if (publisher && typeof publisher === "object" && typeof (publisher as Json).name === "string")
      return clean((publisher as Json).name as string);
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}
