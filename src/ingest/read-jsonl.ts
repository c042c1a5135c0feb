// JSON Lines (.jsonl, .ndjson): one article per line, `{"id", "published", "text", "title"?,
// "outlet"?, "url"?}`, checked with the extractor's schema (src/cli/read-articles.ts) widened for
// ingest. Streamed through the bounded line splitter, so memory stays flat and no line is held whole.
import { createReadStream } from "node:fs";
import { z } from "zod";
import { articleRecord, isoDate, parseJsonRecord } from "../cli/read-articles.js";
import { ioError, TallyError } from "../errors.js";
import { normaliseText, sniffFile } from "./files.js";
import { DEFAULT_MAX_RECORD_BYTES, readLines } from "./lines.js";
import type { IngestItem, ReadSourcesOptions } from "./types.js";

const optionalText = z.string({ error: "must be a string or null" }).nullish();

/**
 * An ingest line: as for `tally extract`, but "published" may be null (the key is still required,
 * so a misspelt key is not silently read as "no date"), and "outlet" and "url" are kept.
 */
export const ingestRecord = articleRecord.extend({
  published: isoDate.nullable(),
  outlet: optionalText,
  url: optionalText,
});

/** "-" reads options.stdin (process.stdin unless given), named "<stdin>" in errors. */
export async function* readJsonl(file: string, options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const stdin = file === "-";
  const name = stdin ? "<stdin>" : file;
  if (!stdin) {
    const sniffed = await sniffFile(file);
    if (sniffed !== true) {
      yield sniffed;
      return;
    }
  }
  const stream = stdin ? null : createReadStream(file);
  const input = stream ?? options.stdin ?? process.stdin;
  try {
    for await (const line of readLines(input, name, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES)) {
      if (line instanceof TallyError) yield line;
      else if (line.text.trim() !== "") yield parseIngestLine(line.text, { file: name, line: line.line });
    }
  } catch (error) {
    yield ioError(name, error);
  } finally {
    stream?.destroy();
  }
}

export function parseIngestLine(text: string, where: { file: string; line: number }): IngestItem {
  const record = parseJsonRecord(text, ingestRecord, where);
  if (record instanceof TallyError) return record;
  const body = normaliseText(record.text);
  if (body === "") return new TallyError("INPUT", '"text" is empty', where);
  return {
    origin: where,
    docId: record.id,
    outlet: record.outlet?.trim() || null,
    url: record.url?.trim() || null,
    title: record.title?.trim() || null,
    published: record.published,
    text: body,
  };
}
