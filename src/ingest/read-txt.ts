// A plain-text file (.txt) as one article: id from the file name, date from the text's own
// dateline ("Wed 05 Apr 2017 …"), which the extractor trusts over dataset dates anyway.
import { basename, extname } from "node:path";
import { TallyError } from "../errors.js";
import { findDateline } from "../extract/dates/dateline.js";
import { normaliseText, readTextFile } from "./files.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./lines.js";
import type { IngestItem, ReadSourcesOptions } from "./types.js";

export async function* readTxt(file: string, options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const raw = await readTextFile(file, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  if (raw instanceof TallyError) {
    yield raw;
    return;
  }
  const text = normaliseText(raw);
  if (text === "") {
    yield new TallyError("INPUT", "empty file", { file });
    return;
  }
  yield {
    origin: { file },
    docId: basename(file, extname(file)),
    outlet: null,
    url: null,
    title: null,
    published: findDateline(text)?.date ?? null,
    text,
  };
}
