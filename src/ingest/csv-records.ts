// Cuts a CSV byte stream into records before csv-parse sees them: a record ends at the first line
// end outside quotes. Doing it here bounds each record's size, numbers records by the line they
// start on (csv-parse counts a "\r\n" inside a quoted field as two lines) and finds bad UTF-8 by line.
import { TallyError } from "../errors.js";
import { type LongLine, type RawLine, tooLongError } from "./lines.js";

export interface CsvRecordText {
  /** The line the record starts on. */
  line: number;
  /** The record's text, its lines joined with "\n", without the final line end. */
  text: string;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = Buffer.from("\n");

/**
 * Whether a quoted field is still open after this line, given whether one was open before it.
 * As csv-parse reads it: a quote opens a field only at the field's start; "" inside is a quote.
 */
export function quoteOpenAfter(bytes: Buffer, open: boolean): boolean {
  if (bytes.indexOf(QUOTE) === -1) return open;
  let quoted = open;
  let fieldStart = !open;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (quoted) {
      if (byte !== QUOTE) continue;
      if (bytes[i + 1] === QUOTE) i++;
      else quoted = false;
    } else {
      if (byte === QUOTE && fieldStart) quoted = true;
      fieldStart = byte === COMMA;
    }
  }
  return quoted;
}

/** Records with their starting line, or INPUT errors for records too long, unclosed or not UTF-8. */
export async function* csvRecords(
  lines: AsyncIterable<RawLine | LongLine>,
  file: string,
  maxRecordBytes: number,
): AsyncGenerator<CsvRecordText | TallyError> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let start = 0;
  let open = false;
  let skipping = false; // the record is too long: its lines are scanned for quotes but not kept
  for await (const raw of lines) {
    if (parts.length === 0 && !skipping) start = raw.line;
    if ("tooLong" in raw) {
      // The line's bytes are gone, so its quotes cannot be read: assume the record ends with it.
      if (!skipping) yield tooLongError(file, start, maxRecordBytes, "record");
      parts = [];
      size = 0;
      open = false;
      skipping = false;
      continue;
    }
    open = quoteOpenAfter(raw.bytes, open);
    size += raw.bytes.length + (parts.length > 0 ? 1 : 0);
    if (!skipping && size > maxRecordBytes) {
      yield tooLongError(file, start, maxRecordBytes, "record");
      skipping = true;
      parts = [];
    }
    if (!skipping) parts.push(raw.bytes);
    if (open) continue;
    if (!skipping) yield decodeRecord(decoder, parts, file, start);
    parts = [];
    size = 0;
    skipping = false;
  }
  if (open && !skipping) yield new TallyError("INPUT", "quoted field is not closed", { file, line: start });
}

function decodeRecord(
  decoder: InstanceType<typeof TextDecoder>,
  parts: Buffer[],
  file: string,
  line: number,
) {
  const joined =
    parts.length === 1
      ? (parts[0] as Buffer)
      : Buffer.concat(parts.flatMap((p, i) => (i ? [NEWLINE, p] : [p])));
  try {
    return { line, text: decoder.decode(joined) };
  } catch {
    const bad = parts.findIndex((part) => {
      try {
        decoder.decode(part);
        return false;
      } catch {
        return true;
      }
    });
    return new TallyError("INPUT", "not valid UTF-8", { file, line: line + Math.max(bad, 0) });
  }
}
