import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { readJsonl } from "./read-jsonl.js";
import type { IngestItem, ReadSourcesOptions } from "./types.js";

const mixed = "test/fixtures/ingest/jsonl/mixed.jsonl";

async function read(file: string, options?: ReadSourcesOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readJsonl(file, options)) items.push(item);
  return items;
}

const described = (items: IngestItem[]) =>
  items.map((item) => (item instanceof TallyError ? item.describe() : `${item.origin.line}: ${item.docId}`));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-jsonl-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readJsonl", () => {
  it("reads each good line, reports each bad one by its line, and skips blank lines", async () => {
    const items = await read(mixed);
    expect(described(items)).toEqual([
      "1: 1914947533",
      expect.stringMatching(/^test\/fixtures\/ingest\/jsonl\/mixed\.jsonl:3: not valid JSON: /),
      "4: 1914947534",
      `${mixed}:5: "text" is required`,
      `${mixed}:6: "published" must be an ISO date (YYYY-MM-DD or a full timestamp)`,
      `${mixed}:7: "published" is required`,
      "8: 1914947535",
    ]);
    expect(items[0]).toEqual({
      origin: { file: mixed, line: 1 },
      docId: "1914947533",
      outlet: "nna",
      url: "https://www.nna-leb.gov.lb/en/show-news/77788",
      title: "Death toll from Aleppo bomb attack at least 112",
      published: "2017-04-16",
      text:
        "Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112. The death toll from Saturday's bomb " +
        "attack on a bus convoy carrying evacuees from besieged Syrian towns rose to at least 112, the Syrian " +
        "Observatory for Human Rights said.",
    });
  });

  it("takes published null, normalises line endings and trims the text", async () => {
    const items = await read(mixed);
    expect(items[2]).toMatchObject({
      published: null,
      title: null,
      outlet: null,
      text:
        "A bomb blast killed six people and injured 32 in the Salah al-Din district of Aleppo, Syrian state " +
        "television reported on Wednesday.\n\nSalah al-Din is located west of Aleppo's Old City.",
    });
    expect(items[6]).toMatchObject({ published: "2016-07-10T08:30:00+03:00" });
    expect((items[6] as { text: string }).text).toMatch(/^At least 29 .* said Sunday\.$/);
  });

  it("reports a line longer than maxRecordBytes and reads the next", async () => {
    const file = join(dir, "long.jsonl");
    const line = (id: string, text: string) => JSON.stringify({ id, published: "2017-04-05", text });
    await writeFile(file, [line("a", "short"), line("b", "x".repeat(500)), line("c", "after")].join("\n"));
    expect(described(await read(file, { maxRecordBytes: 200 }))).toEqual([
      "1: a",
      `${file}:2: line is longer than 200 bytes`,
      "3: c",
    ]);
  });

  it("reports a line that is not UTF-8 and a binary file", async () => {
    const file = join(dir, "latin1.jsonl");
    const good = Buffer.from('{"id": "a", "published": "2017-04-05", "text": "Aleppo"}\n');
    const bad = Buffer.from('{"id": "b", "published": "2017-04-05", "text": "Alep\xe9"}\n', "latin1");
    await writeFile(file, Buffer.concat([good, bad, good]));
    expect(described(await read(file))).toEqual(["1: a", `${file}:2: not valid UTF-8`, "3: a"]);
    const binary = join(dir, "binary.jsonl");
    await writeFile(binary, Buffer.from([0x7b, 0x00, 0x00, 0x7d, 0x0a]));
    expect(described(await read(binary))).toEqual([`${binary}: binary file, not text`]);
  });

  it('reads "-" from the given stdin, named <stdin>', async () => {
    const stdin = Readable.from([
      Buffer.from('{"id": "s", "published": null, "text": "From a pipe."}\nnot json\n'),
    ]);
    expect(described(await read("-", { stdin }))).toEqual([
      "1: s",
      expect.stringMatching(/^<stdin>:2: not valid JSON/),
    ]);
  });

  it("is an IO error for a missing file", async () => {
    expect(described(await read(join(dir, "missing.jsonl")))).toEqual([
      `${join(dir, "missing.jsonl")}: cannot read: no such file`,
    ]);
  });
});
