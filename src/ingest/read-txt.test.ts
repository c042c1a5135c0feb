import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TallyError } from "../errors.js";
import { readTxt } from "./read-txt.js";
import type { IngestItem } from "./types.js";

const txt = "test/fixtures/ingest/txt";

async function read(file: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readTxt(file)) items.push(item);
  return items;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-txt-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readTxt", () => {
  it("is one article named by the file, dated by its own dateline, text trimmed", async () => {
    const items = await read(`${txt}/seed-003.txt`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      origin: { file: `${txt}/seed-003.txt` },
      docId: "seed-003",
      title: null,
      outlet: null,
      url: null,
      published: "2017-06-22",
    });
    const text = (items[0] as { text: string }).text;
    expect(text.startsWith("date 2017-06-22 Smoke billows from buildings")).toBe(true);
    expect(text.endsWith("the six-year war that has killed over 320,000 people.")).toBe(true);
    expect(text).toContain("(AFP photo)\n\nUNITED NATIONS, United States — UN Secretary-General");
  });

  it("drops the byte order mark, makes \\r\\n \\n, keeps non-ASCII, and has no date without a dateline", async () => {
    const [item] = await read(`${txt}/mosque-strike.txt`);
    expect(item).toEqual({
      origin: { file: `${txt}/mosque-strike.txt` },
      docId: "mosque-strike",
      outlet: null,
      url: null,
      title: null,
      published: null,
      text:
        "At least 21 worshipers were killed on Saturday when U.S. airstrikes struck a mosque at the Syrian-Iraqi " +
        "border, local activists said.\n\nThe U.S. strikes hit the ISIS-held village of al-Jazza’ in the southern " +
        "countryside of Hasaka city.",
    });
  });

  it("is an INPUT error for bad UTF-8 (with its line), a binary file and an empty file; IO for a missing one", async () => {
    const files = {
      latin1: join(dir, "latin1.txt"),
      binary: join(dir, "binary.txt"),
      empty: join(dir, "empty.txt"),
      missing: join(dir, "missing.txt"),
    };
    await writeFile(files.latin1, Buffer.from("Aleppo\nCaf\xe9 bombed\n", "latin1"));
    await writeFile(files.binary, Buffer.concat([Buffer.from("PK"), Buffer.alloc(20)]));
    await writeFile(files.empty, " \r\n\n");
    const errors: TallyError[] = [];
    for (const file of Object.values(files))
      for (const item of await read(file)) errors.push(item as TallyError);
    expect(errors.map((e) => [e.code, e.describe()])).toEqual([
      ["INPUT", `${files.latin1}:2: not valid UTF-8`],
      ["INPUT", `${files.binary}: binary file, not text`],
      ["INPUT", `${files.empty}: empty file`],
      ["IO", `${files.missing}: cannot read: no such file`],
    ]);
  });
});
