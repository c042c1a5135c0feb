// POST /api/ingest: an uploaded file (multipart field "file", read as `tally ingest` reads a file of
// that extension) or pasted text (JSON {"text", "title"?, "published"?, "outlet"?, "url"?, "id"?}),
// stored with the same rules and error messages as `tally ingest`, then linked incrementally.
// With `Accept: application/x-ndjson` the answer streams progress lines, then the result.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { stream } from "hono/streaming";
import { TallyError } from "../errors.js";
import { findDateline } from "../extract/dates/dateline.js";
import { relinkChanged } from "../incidents/relink.js";
import { normaliseText } from "../ingest/files.js";
import { readSources } from "../ingest/read-sources.js";
import { ingestItems } from "../ingest/run-ingest.js";
import type { IngestItem } from "../ingest/types.js";
import type { RunCounts, Store } from "../store/types.js";
import { ApiError, badParameter, fromZod } from "./errors.js";
import { pastedArticle } from "./schemas.js";

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What the name "pasted text" stands for in errors and in the stored article's origin. */
const PASTED = "pasted text";

interface IngestRequest {
  /** The items and, for a file, how many there are (read once beforehand, for progress). */
  items: () => AsyncIterable<IngestItem>;
  name: string;
  cleanup: () => Promise<void>;
}

export function ingestRoutes(
  store: Store,
  options: { maxUploadBytes?: number; workers?: number } = {},
): Hono {
  const app = new Hono();
  const maxSize = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  // One ingest at a time: each relinks what the last one stored.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };
  app.post(
    "/",
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, "TOO_LARGE", `the upload is larger than ${maxSize} bytes`);
      },
    }),
    async (c) => {
      const request = await readRequest(c.req.raw, c.req.header("content-type") ?? "");
      const run = async (progress?: (done: number, total: number | null) => Promise<void>) => {
        try {
          const total = progress ? await count(request.items()) : null;
          return await serially(() => ingestRequest(store, request, options.workers, progress, total));
        } finally {
          await request.cleanup();
        }
      };
      if (!(c.req.header("accept") ?? "").includes("application/x-ndjson")) return c.json(await run());
      c.header("Content-Type", "application/x-ndjson; charset=utf-8");
      return stream(c, async (out) => {
        const line = (value: object) => out.write(`${JSON.stringify(value)}\n`).then(() => {});
        try {
          const result = await run((done, total) => line({ type: "progress", done, total }));
          await line({ type: "done", ...result });
        } catch (error) {
          // Headers are sent: the failure is the last line.
          await line({ type: "error", error: { code: "INTERNAL", message: "ingest failed" } });
          throw error;
        }
      });
    },
  );
  return app;
}

async function readRequest(request: Request, type: string): Promise<IngestRequest> {
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw badParameter("file", "the multipart body could not be read");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw badParameter("file", "is required: a file to ingest");
    // Its own name, without any folder, in a folder of its own: the reader goes by its extension.
    const name = basename(file.name.replaceAll("\\", "/")) || "upload";
    const dir = await mkdtemp(join(tmpdir(), "tally-upload-"));
    const path = join(dir, name);
    await writeFile(path, Buffer.from(await file.arrayBuffer()));
    return {
      name,
      items: () => renamed(readSources([path]), path, name),
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  if (type.startsWith("application/json")) {
    let json: unknown;
    try {
      json = await request.json();
    } catch (error) {
      throw badParameter("body", `not valid JSON: ${(error as Error).message}`);
    }
    const parsed = pastedArticle.safeParse(json);
    if (!parsed.success) throw fromZod(parsed.error);
    const p = parsed.data;
    const text = normaliseText(p.text);
    const item: IngestItem =
      text === ""
        ? new TallyError("INPUT", '"text" is empty', { file: PASTED })
        : {
            origin: { file: PASTED },
            docId: p.id ?? null,
            outlet: p.outlet?.trim() || null,
            url: p.url?.trim() || null,
            title: p.title?.trim() || null,
            // As for a .txt file: the text's own dateline when no date is given.
            published: p.published ?? findDateline(text)?.date ?? null,
            text,
          };
    return {
      name: PASTED,
      items: async function* () {
        yield item;
      },
      cleanup: async () => {},
    };
  }
  throw new ApiError(
    415,
    "UNSUPPORTED_MEDIA_TYPE",
    "send multipart/form-data with a field named file, or application/json with a field named text",
  );
}

/** Items read from the temporary copy, named as the client named the file. */
async function* renamed(
  items: AsyncIterable<IngestItem>,
  path: string,
  name: string,
): AsyncIterable<IngestItem> {
  for await (const item of items) {
    if (item instanceof TallyError)
      yield item.file === path
        ? new TallyError(item.code, item.message, { file: name, line: item.line })
        : item;
    else yield item.origin.file === path ? { ...item, origin: { ...item.origin, file: name } } : item;
  }
}

async function count(items: AsyncIterable<IngestItem>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}

async function ingestRequest(
  store: Store,
  request: IngestRequest,
  workers: number | undefined,
  progress: ((done: number, total: number | null) => Promise<void>) | undefined,
  total: number | null,
) {
  const errors: Array<{ file: string; line: number | null; message: string }> = [];
  const reports: Promise<void>[] = [];
  const counts: RunCounts = await ingestItems(request.items(), store, {
    command: `serve: ingest ${request.name}`,
    report: (e) => errors.push({ file: e.file ?? request.name, line: e.line ?? null, message: e.message }),
    progress: progress
      ? (c) => {
          reports.push(progress(c.stored + c.present + c.rejected, total));
        }
      : undefined,
    ...(workers === undefined ? {} : { workers }),
  });
  await Promise.all(reports);
  const linked = relinkChanged(store);
  return {
    stored: counts.stored,
    duplicates: counts.present,
    rejected: counts.rejected,
    claims: counts.claims,
    errors,
    linked,
  };
}
