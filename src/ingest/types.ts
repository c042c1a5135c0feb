// What every ingest reader yields: an article found in an input file, or a TallyError that
// names the file and line (or record) of a record that could not be read. Readers never throw
// for bad input; they yield the error and go on with the next record.
import type { TallyError } from "../errors.js";
import type { ArticleFields } from "../store/types.js";

export interface IngestArticle extends ArticleFields {
  /** Where the article came from: the file, and the line (JSONL, CSV) or item (feed) number. */
  origin: { file: string; line?: number; record?: number };
  /** Its content hash, once ingest has computed it (store/fingerprint.ts). */
  hash?: string;
}

export type IngestItem = IngestArticle | TallyError;

/** CSV column mapping, e.g. from `--map text=article_content,title=article_title,published=date,outlet=source`. */
export interface ColumnMap {
  text?: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  id?: string;
}

export interface ReadSourcesOptions {
  map?: ColumnMap;
  /** Longest line or record accepted, in bytes; longer ones are rejected (default 16 MiB). */
  maxRecordBytes?: number;
  /** What the path "-" reads, as JSON Lines; process.stdin unless given. */
  stdin?: NodeJS.ReadableStream;
}
