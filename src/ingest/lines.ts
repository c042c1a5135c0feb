// Splits a byte stream into numbered lines with bounded memory: a line longer than the limit is
// skipped to its newline without ever being held whole, so one giant record cannot exhaust memory.
// readline cannot do this (it buffers the whole line) and decodes bad UTF-8 silently.
import { TallyError } from "../errors.js";

/** One line's bytes, without its "\n" or a trailing "\r". Valid until the next line is read. */
export interface RawLine {
  line: number;
  bytes: Buffer;
}

/** A line that was longer than the limit; its bytes were dropped. */
export interface LongLine {
  line: number;
  tooLong: true;
}

export interface Line {
  line: number;
  text: string;
}

export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

const NL = 0x0a;
const CR = 0x0d;

/** Every line of the input, numbered from 1; a UTF-8 byte order mark at the start is dropped. */
export async function* splitLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes: number = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<RawLine | LongLine> {
  let number = 1;
  let parts: Buffer[] = []; // the current line's bytes so far, from earlier chunks
  let held = 0;
  let tooLong = false;
  let first = true;
  // Holds chunk[from, to) unless the line is already too long. One byte over the limit is allowed:
  // it may be the "\r" of a "\r\n".
  const keep = (chunk: Buffer, from: number, to: number) => {
    if (tooLong || to === from) return;
    held += to - from;
    if (held > maxLineBytes + 1) {
      tooLong = true;
      parts = [];
      held = 0;
    } else parts.push(chunk.subarray(from, to));
  };
  const take = (): Buffer => (parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, held));
  for await (const data of input) {
    let chunk = typeof data === "string" ? Buffer.from(data) : data;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let from = 0;
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, from)) {
      keep(chunk, from, nl);
      const bytes = tooLong ? null : withoutCr(take());
      if (bytes === null || bytes.length > maxLineBytes) yield { line: number, tooLong: true };
      else yield { line: number, bytes };
      parts = [];
      held = 0;
      tooLong = false;
      number++;
      from = nl + 1;
    }
    keep(chunk, from, chunk.length);
  }
  const bytes = tooLong ? null : withoutCr(take());
  if (bytes === null || bytes.length > maxLineBytes) yield { line: number, tooLong: true };
  else if (bytes.length > 0) yield { line: number, bytes };
}

function withoutCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/** Decoded lines, or an INPUT error for a line that is too long or not valid UTF-8. */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  file: string,
  maxLineBytes: number = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<Line | TallyError> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const raw of splitLines(input, maxLineBytes)) {
    if ("tooLong" in raw) {
      yield tooLongError(file, raw.line, maxLineBytes, "line");
      continue;
    }
    try {
      yield { line: raw.line, text: decoder.decode(raw.bytes) };
    } catch {
      yield new TallyError("INPUT", "not valid UTF-8", { file, line: raw.line });
    }
  }
}

export function tooLongError(file: string, line: number, max: number, what: string): TallyError {
  return new TallyError("INPUT", `${what} is longer than ${formatBytes(max)}`, { file, line });
}

/** 16777216 → "16 MiB", 1024 → "1 KiB", 100 → "100 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return `${n} bytes`;
}
