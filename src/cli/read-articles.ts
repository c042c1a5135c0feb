// Reads articles for the extractor: JSON Lines (a file or "-" for stdin), streamed line by line, or a
// plain .txt file holding one article. Each record comes out as an Article or, if it is malformed, as a
// TallyError naming the file and line, so one bad line never stops the others.
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";
import { ioError, TallyError } from "../errors.js";

export interface Article {
  id: string;
  /** ISO date (YYYY-MM-DD or a full timestamp), or null when nothing gives it. */
  published: string | null;
  title: string | null;
  text: string;
}

export interface ReadOptions {
  /** Publication date for .txt files that the dates map does not cover. */
  published?: string | null;
  /** Publication dates by document id, for .txt files (see readDates). */
  dates?: ReadonlyMap<string, string>;
  /** What "-" reads; process.stdin unless given. */
  stdin?: NodeJS.ReadableStream;
}

/** "is required" when the field is absent, else the given complaint. */
const complaint = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is required" : message;

/** An ISO date, YYYY-MM-DD or a full timestamp, checked for being a real calendar date. */
export const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: complaint("must be an ISO date (YYYY-MM-DD or a full timestamp)"),
});

/** One line of article JSON Lines. Fields not named here (outlet, …) are allowed and dropped. */
export const articleRecord = z.object(
  {
    id: z.string({ error: complaint("must be a string") }).min(1, { error: "must not be empty" }),
    published: isoDate,
    text: z.string({ error: complaint("must be a string") }),
    title: z.string({ error: "must be a string or null" }).nullish(),
  },
  { error: "must be a JSON object" },
);

/** Zod issues as one line: `"published" must be an ISO date; "text" is required`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `"${issue.path.join(".")}" ${issue.message}` : issue.message))
    .join("; ");
}

/** One JSON line checked against a schema, or a TallyError saying where and why it is not one. */
export function parseJsonRecord<T>(
  line: string,
  schema: z.ZodType<T>,
  where: { file: string; line: number },
): T | TallyError {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return new TallyError("INPUT", `not valid JSON: ${(error as Error).message}`, where);
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : new TallyError("INPUT", describeIssues(parsed.error), where);
}

/** Parses one JSONL line into an Article, or explains why it cannot. */
export function parseArticleLine(line: string, where: { file: string; line: number }): Article | TallyError {
  const record = parseJsonRecord(line, articleRecord, where);
  if (record instanceof TallyError) return record;
  const { id, published, text, title } = record;
  return { id, published, text, title: title ?? null };
}

/** Every article in the files, in order. "-" is stdin; a name ending in .txt is one plain-text article. */
export async function* readArticles(
  files: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<Article | TallyError> {
  for (const file of files) {
    if (file.toLowerCase().endsWith(".txt")) yield await readTextArticle(file, options);
    else yield* readJsonLines(file, options.stdin ?? process.stdin);
  }
}

async function readTextArticle(file: string, options: ReadOptions): Promise<Article | TallyError> {
  const id = basename(file).replace(/\.txt$/i, "");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return ioError(file, error);
  }
  const published = options.dates?.get(id) ?? options.published ?? null;
  return { id, published, title: null, text: stripBom(text) };
}

async function* readJsonLines(
  file: string,
  stdin: NodeJS.ReadableStream,
): AsyncGenerator<Article | TallyError> {
  let input: NodeJS.ReadableStream;
  let close = async () => {};
  if (file === "-") {
    input = stdin;
  } else {
    try {
      const handle = await open(file);
      input = handle.createReadStream({ encoding: "utf8" });
      close = () => handle.close().catch(() => {});
    } catch (error) {
      yield ioError(file, error);
      return;
    }
  }
  const name = file === "-" ? "<stdin>" : file;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  try {
    for await (const raw of lines) {
      number++;
      const line = number === 1 ? stripBom(raw) : raw;
      if (line.trim() === "") continue;
      yield parseArticleLine(line, { file: name, line: number });
    }
  } catch (error) {
    yield ioError(name, error);
  } finally {
    lines.close();
    await close();
  }
}

/**
 * Publication dates by document id from a JSON file shaped like ../shared/corpus/seeds/seeds.json:
 * `{"docs": {"seed-000": {"published": "2017-09-14", ...}}}`. Throws a TallyError if it cannot.
 */
export async function readDates(file: string): Promise<Map<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(await readFile(file, "utf8")));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new TallyError("INPUT", `not valid JSON: ${error.message}`, { file });
    throw ioError(file, error);
  }
  const parsed = datesFile.safeParse(json);
  if (!parsed.success) throw new TallyError("INPUT", describeIssues(parsed.error), { file });
  return new Map(Object.entries(parsed.data.docs).map(([id, doc]) => [id, doc.published]));
}

const datesFile = z.object(
  {
    docs: z.record(z.string(), z.object({ published: isoDate }, { error: "must be an object" }), {
      error: complaint("must be an object of document ids"),
    }),
  },
  { error: "must be a JSON object" },
);

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
