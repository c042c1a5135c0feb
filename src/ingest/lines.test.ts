import { describe, expect, it } from "vitest";
import { TallyError } from "../errors.js";
import { formatBytes, type Line, readLines, splitLines } from "./lines.js";

async function* chunks(...parts: Array<string | number[]>): AsyncGenerator<Buffer> {
  for (const part of parts) yield typeof part === "string" ? Buffer.from(part) : Buffer.from(part);
}

async function lines(input: AsyncIterable<Buffer>, max?: number): Promise<Array<Line | string>> {
  const out: Array<Line | string> = [];
  for await (const item of readLines(input, "in.jsonl", max))
    out.push(item instanceof TallyError ? item.describe() : item);
  return out;
}

describe("readLines", () => {
  it("numbers lines from 1, drops a BOM and the \\r of \\r\\n, keeps blank lines and a last line without \\n", async () => {
    expect(await lines(chunks("\uFEFFfirst\r\n\nthi", "rd\nlast"))).toEqual([
      { line: 1, text: "first" },
      { line: 2, text: "" },
      { line: 3, text: "third" },
      { line: 4, text: "last" },
    ]);
  });

  it("drops a byte order mark from the bytes of the first line only", async () => {
    const out = [];
    for await (const raw of splitLines(chunks([0xef, 0xbb, 0xbf, 0x22, 0x61, 0x22, 0x0a]))) out.push(raw);
    expect(out).toEqual([{ line: 1, bytes: Buffer.from('"a"') }]);
  });

  it("decodes a character split between chunks", async () => {
    const alif = [...Buffer.from("حلب")];
    expect(await lines(chunks([...alif.slice(0, 3)], [...alif.slice(3), 0x0a]))).toEqual([
      { line: 1, text: "حلب" },
    ]);
  });

  it("reports a line over the limit without keeping it, even across chunks, and goes on", async () => {
    const result = await lines(chunks("short\n0123456789", "0123456789", "01234\nnext\n0123456789\n"), 10);
    expect(result).toEqual([
      { line: 1, text: "short" },
      "in.jsonl:2: line is longer than 10 bytes",
      { line: 3, text: "next" },
      { line: 4, text: "0123456789" },
    ]);
  });

  it("accepts a line of exactly the limit followed by \\r\\n, and rejects one byte more", async () => {
    expect(await lines(chunks("0123456789\r\n01234567890\r\n"), 10)).toEqual([
      { line: 1, text: "0123456789" },
      "in.jsonl:2: line is longer than 10 bytes",
    ]);
  });

  it("reports a last line over the limit", async () => {
    expect(await lines(chunks("ok\n", "0123456789012"), 10)).toEqual([
      { line: 1, text: "ok" },
      "in.jsonl:2: line is longer than 10 bytes",
    ]);
  });

  it("reports a line that is not UTF-8 and goes on", async () => {
    const latin1 = [0x63, 0x61, 0x66, 0xe9, 0x0a]; // "café" in Windows-1252
    expect(await lines(chunks("before\n", latin1, "after\n"))).toEqual([
      { line: 1, text: "before" },
      "in.jsonl:2: not valid UTF-8",
      { line: 3, text: "after" },
    ]);
  });

  it("skips a 16 MiB line without a newline to the next line", async () => {
    async function* endless(): AsyncGenerator<Buffer> {
      const block = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 256; i++) yield block; // 16 MiB without a newline
      yield Buffer.from("\nend\n");
    }
    const out = [];
    for await (const raw of splitLines(endless(), 1024)) out.push(raw);
    expect(out).toEqual([
      { line: 1, tooLong: true },
      { line: 2, bytes: Buffer.from("end") },
    ]);
  });
});

describe("formatBytes", () => {
  it("names whole MiB and KiB", () => {
    expect([formatBytes(16 * 1024 * 1024), formatBytes(2048), formatBytes(100)]).toEqual([
      "16 MiB",
      "2 KiB",
      "100 bytes",
    ]);
  });
});
