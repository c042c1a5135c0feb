import { describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { readSources } from "./read-sources.js";
import type { IngestItem } from "./types.js";

const fixtures = "test/fixtures/ingest";

async function read(paths: string[]): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

const described = (items: IngestItem[]) =>
  items.map((item) =>
    item instanceof TallyError
      ? `${item.code} ${item.describe()}`
      : `${item.origin.file}${item.origin.line ? `:${item.origin.line}` : ""} ${item.docId}`,
  );

describe("readSources", () => {
  it("reads a folder recursively in code-point order, skipping hidden names and unknown extensions", async () => {
    expect(described(await read([`${fixtures}/tree`]))).toEqual([
      `${fixtures}/tree/2016/07/aleppo-road.txt aleppo-road`,
      `${fixtures}/tree/2016/damascus.jsonl:1 1914947539`,
      `${fixtures}/tree/2017/Zebari-note.TXT Zebari-note`,
      `${fixtures}/tree/2017/raqqa-week.txt raqqa-week`,
    ]);
  });

  it("reads each path in the order given, each file by its extension", async () => {
    const items = await read([
      `${fixtures}/txt/seed-003.txt`,
      `${fixtures}/fa-kes-excerpt.csv`,
      `${fixtures}/feeds/alalam-syria.atom`,
      `${fixtures}/pages/reporter-raqqa.htm`,
    ]);
    expect(described(items)).toEqual([
      `${fixtures}/txt/seed-003.txt seed-003`,
      `${fixtures}/fa-kes-excerpt.csv:2 1914947534`,
      `${fixtures}/fa-kes-excerpt.csv:3 1914947535`,
      `${fixtures}/fa-kes-excerpt.csv:4 1914947539`,
      `${fixtures}/fa-kes-excerpt.csv:5 1914947540`,
      `${fixtures}/feeds/alalam-syria.atom:7 tag:alalamtv.net,2016:news/1962495702`,
      `${fixtures}/feeds/alalam-syria.atom:15 tag:alalamtv.net,2015:news/1914947539`,
      `${fixtures}/pages/reporter-raqqa.htm reporter-raqqa`,
    ]);
  });

  it("is an error for a named file of unknown type and for a missing path, and goes on to the next path", async () => {
    const items = await read([
      `${fixtures}/tree/2017/scan.pdf`,
      `${fixtures}/no-such-folder`,
      `${fixtures}/tree/2016/07/aleppo-road.txt`,
    ]);
    expect(described(items)).toEqual([
      `INPUT ${fixtures}/tree/2017/scan.pdf: unknown file type ".pdf"; expected one of .txt, .html, .htm, .xml, .rss, .atom, .csv, .jsonl, .ndjson`,
      `IO ${fixtures}/no-such-folder: cannot read: no such file`,
      `${fixtures}/tree/2016/07/aleppo-road.txt aleppo-road`,
    ]);
  });

  it("reads a hidden file when it is named explicitly", async () => {
    const items = await read([`${fixtures}/tree/2017/.draft.txt`]);
    expect(items).toMatchObject([
      { docId: ".draft", text: "Draft, not for ingest: An explosion inside a bus killed six people." },
    ]);
  });
});
