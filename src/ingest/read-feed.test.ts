import { describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { articlesFromFeed, readFeed } from "./read-feed.js";
import type { IngestItem } from "./types.js";

const feeds = "test/fixtures/ingest/feeds";

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("readFeed", () => {
  it("reads RSS items: content:encoded as paragraphs, guid, link, pubDate with its offset, feed title as outlet", async () => {
    const items = await collect(readFeed(`${feeds}/ahram-syria.rss`));
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      origin: { file: `${feeds}/ahram-syria.rss`, record: 1, line: 7 },
      docId: "ahram-262574",
      outlet: "Ahram Online - Syria",
      url: "https://english.ahram.org.eg/NewsContent/2/8/262574/World/Region/Strike-kills--including--children-in-Syrias-Idlib.aspx",
      title: "Strike kills 15 including 4 children in Syria's Idlib: Monitor",
      published: "2017-04-08T23:30:00+02:00",
      text:
        "An air strike killed 15 civilians including four children in Syria's northwestern province of Idlib " +
        "on Saturday, the Syrian Observatory for Human Rights monitor said.\n\nThe monitoring group said the " +
        "strike on the village of Urum al-Joz was suspected to have been carried out by Russian planes which " +
        "operate in support of the Syrian government.",
    });
  });

  it("reports an item without text by its item number and line, and reads the item after it", async () => {
    const [, missing, third] = await collect(readFeed(`${feeds}/ahram-syria.rss`));
    expect(missing).toBeInstanceOf(TallyError);
    expect((missing as TallyError).describe()).toBe(`${feeds}/ahram-syria.rss:17: item 2 has no text`);
    expect(third).toMatchObject({
      origin: { record: 3, line: 23 },
      docId: "https://english.ahram.org.eg/News/109150.aspx",
      published: "2014-08-24T11:05:00Z",
      text:
        "Syrian troops killed 32 rebels in an ambush in the southern province of Daraa in the early hours of " +
        'Sunday morning, a monitoring group said.\n\nThe ambush was also reported by Syrian state television, which said "tens of terrorists" had been killed in the attack in the west of the province.',
    });
  });

  it("reads Atom entries: id, alternate link, published as written, else updated; summary as plain text", async () => {
    const items = await collect(readFeed(`${feeds}/alalam-syria.atom`));
    expect(items).toMatchObject([
      {
        origin: { record: 1, line: 7 },
        docId: "tag:alalamtv.net,2016:news/1962495702",
        outlet: "Al-Alam News: Syria",
        url: "https://www.alalamtv.net/news/1962495702",
        title: "At Least 10 Civilians killed, 40 injured in Rocket Fire in Daraa, Syria",
        published: "2016-02-03T23:40:00+03:00",
        text: "Ten civilians have been killed and around 40 injured following terrorists' rocket attacks on residential neighborhoods in Daraa City in southern Syria, SANA news agency reports.",
      },
      {
        origin: { record: 2, line: 15 },
        published: "2015-02-01T19:00:00Z",
        text:
          "An explosion inside a bus killed six people and injured another ten in downtown Damascus, according to preliminary reports on Sunday.\n" +
          "Syria's government-run TV said the explosion took place in Al Kalassa region of the Syrian capital.",
      },
    ]);
  });

  it("is one INPUT error for a file that is not a feed", async () => {
    const items = await collect(
      articlesFromFeed("<rss><channel><item><title>x</title></channel></rss>", "bad.xml"),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ code: "INPUT", file: "bad.xml" });
    expect((items[0] as TallyError).message).toMatch(/^not a valid RSS or Atom feed: /);
  });
});
