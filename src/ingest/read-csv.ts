// CSV files (.csv): a header row, then one article per row, streamed so memory stays flat. Columns
// come from options.map, else from their names: the FA-KES layout (unit_id, article_title,
// article_content, source, date) and common ones (text, title, date, source, url, id) need no flags.
import { createReadStream } from "node:fs";
import { type CsvError, type Parser, parse } from "csv-parse";
import { ioError, TallyError } from "../errors.js";
import { csvRecords } from "./csv-records.js";
import { normaliseText, sniffFile } from "./files.js";
import { DEFAULT_MAX_RECORD_BYTES, splitLines } from "./lines.js";
import { parseDate } from "./parse-date.js";
import type { ColumnMap, IngestItem, ReadSourcesOptions } from "./types.js";

type Field = keyof ColumnMap;

// Header names each field is recognised by, compared lower-cased with spaces and dashes as "_".
const KNOWN_COLUMNS: Record<Field, string[]> = {
  text: [
    "text",
    "content",
    "body",
    "article",
    "article_content",
    "article_text",
    "article_body",
    "full_text",
  ],
  title: ["title", "headline", "article_title"],
  published: [
    "published",
    "date",
    "pubdate",
    "pub_date",
    "published_at",
    "publication_date",
    "date_published",
  ],
  outlet: ["outlet", "source", "publisher", "site", "source_name"],
  url: ["url", "link", "article_url"],
  id: ["id", "unit_id", "doc_id", "article_id", "guid"],
};
const FIELDS = Object.keys(KNOWN_COLUMNS) as Field[];

export async function* readCsv(file: string, options: ReadSourcesOptions = {}): AsyncGenerator<IngestItem> {
  const sniffed = await sniffFile(file);
  if (sniffed !== true) {
    yield sniffed;
    return;
  }
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const stream = createReadStream(file);
  const rows = new RowParser();
  let columns: Columns | null = null;
  try {
    for await (const record of csvRecords(splitLines(stream, max), file, max)) {
      if (record instanceof TallyError) {
        yield record;
        continue;
      }
      const fields = rows.fields(record.text);
      const where = { file, line: record.line };
      if (typeof fields === "string") {
        yield new TallyError("INPUT", `not valid CSV: ${fields}`, where);
        continue;
      }
      if (fields.length === 1 && fields[0]?.trim() === "") continue; // a blank line
      if (columns === null) {
        const found = findColumns(fields, options.map ?? {});
        if (typeof found === "string") {
          yield new TallyError("INPUT", found, where);
          return;
        }
        columns = found;
        continue;
      }
      yield rowArticle(fields, columns, where);
    }
  } catch (error) {
    yield ioError(file, error);
  } finally {
    stream.destroy();
    rows.close();
  }
}

interface Columns {
  count: number;
  /** Column index of each field found. */
  index: Partial<Record<Field, number>>;
  names: string[];
  /** The date column was named with --map: a value that is not a date is then an error. */
  dateMapped: boolean;
}

/** The columns of each field, or why the header cannot be used. */
function findColumns(header: string[], map: ColumnMap): Columns | string {
  const names = header.map((name) => name.trim());
  const keys = names.map((name) => name.toLowerCase().replace(/[\s-]+/g, "_"));
  const index: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const wanted = map[field];
    if (wanted !== undefined) {
      let at = names.indexOf(wanted);
      if (at === -1) at = names.findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
      if (at === -1) return `no column "${wanted}" for ${field}; the header has ${names.join(", ")}`;
      index[field] = at;
    } else {
      const at = keys.findIndex((key) => KNOWN_COLUMNS[field].includes(key));
      if (at !== -1) index[field] = at;
    }
  }
  if (index.text === undefined)
    return `no text column (one of ${KNOWN_COLUMNS.text.join(", ")}; or give --map text=COLUMN); the header has ${names.join(", ")}`;
  return { count: header.length, index, names, dateMapped: map.published !== undefined };
}

/**
 * A date that cannot be read is an error only if --map named its column: the user said it holds
 * dates. A column found by its name ("date") may hold anything, so there it gives published null.
 */
function rowArticle(fields: string[], columns: Columns, where: { file: string; line: number }): IngestItem {
  if (fields.length !== columns.count)
    return new TallyError("INPUT", `row has ${fields.length} fields, the header has ${columns.count}`, where);
  const value = (field: Field): string | null => {
    const at = columns.index[field];
    const v = at === undefined ? undefined : fields[at]?.trim();
    return v ? v : null;
  };
  const text = normaliseText(value("text") ?? "");
  if (text === "") return new TallyError("INPUT", "row has no text", where);
  const date = value("published");
  const published = parseDate(date);
  if (date !== null && published === null && columns.dateMapped) {
    const name = columns.names[columns.index.published ?? 0];
    return new TallyError("INPUT", `"${name}" is not a date: "${date}"`, where);
  }
  return {
    origin: where,
    docId: value("id"),
    outlet: value("outlet"),
    url: value("url"),
    title: value("title"),
    published,
    text,
  };
}

/**
 * csv-parse's streaming parser, fed one whole record at a time and read back at once. Three extra
 * line ends give it the look-ahead it waits for (up to a 3-byte trim character); the blank lines
 * they make are skipped. After an error it is replaced, so a broken record cannot unsettle the next.
 */
class RowParser {
  private parser: Parser = this.create();
  private errors: string[] = [];

  private create(): Parser {
    return parse({
      record_delimiter: "\n",
      relax_column_count: true, // the field count is checked against the header, per row
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) this.errors.push(error.message);
        return undefined;
      },
    });
  }

  close(): void {
    this.parser.destroy();
  }

  /** The fields of one record, or csv-parse's complaint. */
  fields(text: string): string[] | string {
    this.parser.write(`${text}\n\n\n\n`);
    let fields: string[] | null = null;
    for (let row = this.parser.read() as string[] | null; row !== null; row = this.parser.read())
      fields ??= row;
    const error = this.errors[0];
    if (error === undefined) return fields ?? [""];
    this.errors = [];
    this.parser.destroy();
    this.parser = this.create();
    return error.replace(/ at line \d+/, "");
  }
}
