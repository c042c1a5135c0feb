import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { quoteOpenAfter } from "./csv-records.js";
import { readCsv } from "./read-csv.js";
import type { IngestItem, ReadSourcesOptions } from "./types.js";

const fixtures = "test/fixtures/ingest/csv";

async function read(file: string, options?: ReadSourcesOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readCsv(file, options)) items.push(item);
  return items;
}

const described = (items: IngestItem[]) =>
  items.map((item) => (item instanceof TallyError ? item.describe() : `${item.origin.line}: ${item.docId}`));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readCsv", () => {
  it("reads the FA-KES layout without a map: id, title, text, outlet and M/D/YYYY dates", async () => {
    const items = await read("test/fixtures/ingest/fa-kes-excerpt.csv");
    expect(items).toHaveLength(4);
    expect(items[0]).toEqual({
      origin: { file: "test/fixtures/ingest/fa-kes-excerpt.csv", line: 2 },
      docId: "1914947534",
      outlet: "nna",
      url: null,
      title: "Aleppo bomb blast kills six Syrian state TV",
      published: "2017-04-19",
      text:
        "Wed 19 Apr 2017 Aleppo bomb blast kills six Syrian state TV. A bomb blast killed six people and " +
        "injured 32 in the Salah al-Din district of Aleppo Syrian state television reported on Wednesday " +
        "without giving further details. Salah al-Din is located west of Aleppos Old City in a district " +
        "that was part of the last rebel enclave there until it was taken over by the Syrian army in an " +
        "advance in December. --Reuters",
    });
    const rest = items.slice(1).map((item) => (item instanceof TallyError ? item.message : item));
    expect(rest.map((a) => typeof a !== "string" && [a.origin.line, a.docId, a.published])).toEqual([
      [3, "1914947535", "2016-07-10"],
      [4, "1914947539", "2015-02-01"],
      [5, "1914947540", "2013-08-24"],
    ]);
  });

  it("maps columns named with --map, reading '8 April 2017' and 'February 3, 2016'", async () => {
    const map = {
      id: "ref",
      title: "headline",
      text: "body_text",
      published: "pub",
      outlet: "site",
      url: "link",
    };
    const items = await read(`${fixtures}/mapped.csv`, { map });
    expect(items[0]).toEqual({
      origin: { file: `${fixtures}/mapped.csv`, line: 2 },
      docId: "ahram-262574",
      outlet: "Ahram Online",
      url: "https://english.ahram.org.eg/News/262574.aspx",
      title: "Strike kills 15 including 4 children in Syrias Idlib Monitor",
      published: "2017-04-08",
      text:
        "An air strike killed 15 civilians including four children in Syrias northwestern province of Idlib " +
        "on Saturday the Syrian Observatory for Human Rights monitor said.\n\nThe monitoring group said the " +
        "strike on the village of Urum al-Joz was suspected to have been carried out by Russian planes.",
    });
    expect(items[1]).toMatchObject({
      origin: { line: 5 },
      docId: "alalam-1962495702",
      published: "2016-02-03",
    });
    // The date column was named explicitly, so a value that is not a date is an error for its row.
    expect(items[2]).toBeInstanceOf(TallyError);
    expect((items[2] as TallyError).describe()).toBe(
      `${fixtures}/mapped.csv:6: "pub" is not a date: "last Sunday"`,
    );
  });

  it("reads a header with a byte order mark and quoted names", async () => {
    const file = join(dir, "bom.csv");
    await writeFile(file, '\uFEFF"id","text"\r\n"7","Six people were killed."\r\n');
    expect(await read(file)).toMatchObject([
      { docId: "7", text: "Six people were killed.", origin: { line: 2 } },
    ]);
  });

  it("gives published null for an unreadable date in a column found by its name", async () => {
    const file = join(dir, "named.csv");
    await writeFile(file, "title,body,date\nA,Ten civilians were killed.,last Sunday\n");
    expect(await read(file)).toMatchObject([
      { title: "A", text: "Ten civilians were killed.", published: null },
    ]);
  });

  it("names the row's line for a wrong column count, counting lines inside quoted fields, and goes on", async () => {
    const items = await read(`${fixtures}/broken.csv`);
    expect(described(items)).toEqual([
      "2: 1",
      `${fixtures}/broken.csv:5: row has 4 fields, the header has 5`,
      "6: 3",
      expect.stringMatching(
        /^test\/fixtures\/ingest\/csv\/broken\.csv:7: not valid CSV: Invalid Closing Quote/,
      ),
      "9: 5",
      `${fixtures}/broken.csv:10: row has no text`,
    ]);
    // The field's own "\r\n\r\n" comes out as a paragraph break.
    expect((items[0] as { text: string }).text).toBe(
      "A bomb blast killed six people and injured 32 in the Salah al-Din district of Aleppo.\n\n" +
        "Salah al-Din is located west of Aleppos Old City.",
    );
  });

  it("is an error naming a mapped column the header lacks, or a missing text column", async () => {
    expect(described(await read(`${fixtures}/mapped.csv`, { map: { text: "content" } }))).toEqual([
      `${fixtures}/mapped.csv:1: no column "content" for text; the header has ref, headline, body_text, pub, site, link, summary`,
    ]);
    const items = await read(`${fixtures}/mapped.csv`);
    expect(items).toHaveLength(1);
    expect((items[0] as TallyError).describe()).toMatch(
      /^test\/fixtures\/ingest\/csv\/mapped\.csv:1: no text column/,
    );
  });

  it("reports a record or a line over maxRecordBytes and reads the rows after it", async () => {
    const file = join(dir, "long.csv");
    const long = "killed ".repeat(10); // 70 bytes: each line fits, the two-line record does not
    await writeFile(file, `id,text\n1,short one\n2,"${long}\n${long}"\n3,after\n4,${long}${long}\n5,end\n`);
    expect(described(await read(file, { maxRecordBytes: 100 }))).toEqual([
      "2: 1",
      `${file}:3: record is longer than 100 bytes`,
      "5: 3",
      `${file}:6: record is longer than 100 bytes`,
      "7: 5",
    ]);
  });

  it("reports a row that is not UTF-8 by its line, a quote left open, and a binary file", async () => {
    const file = join(dir, "latin1.csv");
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // Windows-1252 "café"
    await writeFile(
      file,
      Buffer.concat([Buffer.from('id,text\n1,"ok"\n2,"a\n'), latin1, Buffer.from('"\n3,"open\n')]),
    );
    expect(described(await read(file))).toEqual([
      "2: 1",
      `${file}:4: not valid UTF-8`,
      `${file}:5: quoted field is not closed`,
    ]);
    const binary = join(dir, "binary.csv");
    await writeFile(binary, Buffer.from([0x69, 0x64, 0x0a, 0x00, 0x01, 0x02]));
    expect(described(await read(binary))).toEqual([`${binary}: binary file, not text`]);
  });

  it("is an IO error for a missing file", async () => {
    const items = await read(join(dir, "missing.csv"));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ code: "IO", message: "cannot read: no such file" });
  });
});

describe("quoteOpenAfter", () => {
  it("opens a field only at its start and reads doubled quotes as one", () => {
    const open = (line: string, before = false) => quoteOpenAfter(Buffer.from(line), before);
    expect(open('1,"a')).toBe(true);
    expect(open('1,"a ""quoted"" word",x')).toBe(false);
    expect(open('1,a "quote" inside,x')).toBe(false);
    expect(open('b"",x', true)).toBe(true);
    expect(open('b",x', true)).toBe(false);
  });
});
