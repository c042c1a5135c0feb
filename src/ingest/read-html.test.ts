import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { articleFromHtml, readHtml } from "./read-html.js";
import type { IngestArticle, IngestItem } from "./types.js";

const pages = "test/fixtures/ingest/pages";

async function read(file: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readHtml(file)) items.push(item);
  return items;
}

function article(item: IngestItem | undefined): IngestArticle {
  if (item === undefined || item instanceof TallyError)
    throw new Error(`not an article: ${item?.describe()}`);
  return item;
}

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`;
const paragraphs =
  "<p>Syrian troops killed 32 rebels in an ambush in the southern province of Daraa in the early hours of Sunday morning, a monitoring group said.</p>" +
  "<p>The ambush was also reported by Syrian state television, which said tens of terrorists had been killed in the attack in the west of the province.</p>";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-html-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readHtml", () => {
  it("keeps the article's paragraphs and drops menus, share buttons, cookie notice, related links and comments", async () => {
    const [item, ...rest] = await read(`${pages}/sputnik-raqqa.html`);
    expect(rest).toEqual([]);
    const a = article(item);
    expect(a).toMatchObject({
      origin: { file: `${pages}/sputnik-raqqa.html` },
      docId: "sputnik-raqqa",
      outlet: "Sputnik International",
      url: "https://sputniknews.com/middleeast/201709141057362818-un-raqqa-coalition-civilians/",
      title: "UN Probing Reports of Civilian Deaths in US-Led Coalition Strikes on Raqqa",
      published: "2017-09-14T18:27:00+03:00",
    });
    const paragraphs = a.text.split("\n\n");
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(
      /^In its newly released report on Syria, the United Nations voiced concern/,
    );
    expect(paragraphs[1]).toMatch(
      /^MOSCOW \(Sputnik\) – The United Nations is investigating .* Syria’s report\.$/,
    );
    // A line break inside a paragraph is made one space.
    expect(a.text).toContain("about 20,000 innocent civilians remain trapped in the besieged city");
    expect(paragraphs[6]).toBe(
      "UN Special Envoy for Syria Staffan de Mistura said last Friday that Raqqa may be liberated by the end of October.",
    );
    for (const furniture of [
      "Middle East",
      "Share",
      "cookie",
      "Related",
      "Comments",
      "pre-moderated",
      "©",
      "Get short URL",
      "WhatsApp",
    ])
      expect(a.text).not.toContain(furniture);
  });

  it("reads a WordPress page: JSON-LD @graph date, relative canonical link, title without the site name, no comment form", async () => {
    const a = article((await read(`${pages}/reporter-raqqa.htm`))[0]);
    expect(a).toMatchObject({
      docId: "reporter-raqqa",
      outlet: "The International Reporter",
      url: "https://theinternationalreporter.org/2017/03/31/us-led-coalition-intends-to-turn-raqqa-into-second-mosul/",
      title: "US-led Coalition Intends to Turn Raqqa into ‘Second Mosul’",
      published: "2017-03-31T09:14:52+00:00",
    });
    const paragraphs = a.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^The situation in Mosul is deteriorating on a daily basis/);
    expect(paragraphs.at(-1)).toMatch(/continue to ignore civilian casualties caused by its air strikes\.$/);
    expect(a.text).toContain(
      "several volunteer engineers who visited the Tabqa Dam to evaluate damage were killed",
    );
    for (const furniture of [
      "Leave a Reply",
      "commenting",
      "Share this",
      "Related",
      "Recent Posts",
      "cookies",
      "WordPress.com",
      "Skip to content",
    ])
      expect(a.text).not.toContain(furniture);
  });

  it("is an INPUT error naming the file for a page with no main text", async () => {
    const items = await read(`${pages}/empty-page.html`);
    expect(items).toHaveLength(1);
    expect(items[0]).toBeInstanceOf(TallyError);
    expect((items[0] as TallyError).code).toBe("INPUT");
    expect((items[0] as TallyError).describe()).toBe(`${pages}/empty-page.html: no article text in the page`);
  });

  it("reports a page that is not UTF-8 by its line, a binary file, and a missing file", async () => {
    const latin1 = join(dir, "latin1.html");
    await writeFile(latin1, Buffer.from(page("<title>Daraa</title>", "<p>Caf\xe9</p>\n<p>x</p>"), "latin1"));
    const binary = join(dir, "binary.html");
    await writeFile(binary, Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0xff]));
    const items = [...(await read(latin1)), ...(await read(binary)), ...(await read(join(dir, "gone.html")))];
    expect(items.map((item) => (item as TallyError).describe())).toEqual([
      `${latin1}:1: not valid UTF-8`,
      `${binary}: binary file, not text`,
      `${join(dir, "gone.html")}: cannot read: no such file`,
    ]);
    expect(items.map((item) => (item as TallyError).code)).toEqual(["INPUT", "INPUT", "IO"]);
  });
});

describe("articleFromHtml", () => {
  it("reads a page saved without <html> or <body>, and is an error for an empty file", async () => {
    const fragment = `<head><title>Daraa ambush</title></head>${paragraphs}`;
    expect(articleFromHtml(fragment, "f.html")).toMatchObject({
      title: "Daraa ambush",
      text: expect.stringMatching(/^Syrian troops killed 32 rebels .* west of the province\.$/s),
    });
    const empty = join(dir, "empty.html");
    await writeFile(empty, "\n");
    expect((await read(empty)).map((item) => (item as TallyError).describe())).toEqual([
      `${empty}: empty file`,
    ]);
  });
});

describe("articleFromHtml: the publication date", () => {
  const dateOf = (head: string, body = paragraphs) =>
    article(articleFromHtml(page(head, body), "p.html")).published;

  it("prefers article:published_time, then JSON-LD, then <time datetime>, then the text's dateline", () => {
    const meta = '<meta property="article:published_time" content="2014-08-24T09:00:00+03:00">';
    const ld =
      '<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2014-08-23"}]</script>';
    const time = '<p><time datetime="2014-08-22">Friday</time></p>';
    expect(dateOf(meta + ld, time + paragraphs)).toBe("2014-08-24T09:00:00+03:00");
    expect(dateOf(ld, time + paragraphs)).toBe("2014-08-23");
    expect(dateOf("", time + paragraphs)).toBe("2014-08-22");
    expect(dateOf("", `<p>AFP Sunday 24 Aug 2014</p>${paragraphs}`)).toBe("2014-08-24");
    expect(dateOf("")).toBeNull();
  });

  it("takes the title from og:title, else <title>, and the url from og:url without a canonical link", () => {
    const a = article(
      articleFromHtml(
        page(
          '<title>Daraa ambush - Ahram Online</title><meta property="og:url" content="https://english.ahram.org.eg/News/109150.aspx">',
          paragraphs,
        ),
        "p.html",
      ),
    );
    expect([a.title, a.url, a.outlet]).toEqual([
      "Daraa ambush - Ahram Online",
      "https://english.ahram.org.eg/News/109150.aspx",
      null,
    ]);
  });
});
