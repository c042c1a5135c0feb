// Ingest: read every article from the inputs, extract its claims, place them on the map and
// store each article with its claims. Streams in batches, so memory stays flat however large
// the input; a bad record is reported and skipped, never stopping the good ones. Batches are
// prepared on worker threads (prepare-pool.ts) while this thread reads and stores.
import { TallyError } from "../errors.js";
import { contentHash } from "../store/fingerprint.js";
import type { NewArticle, RunCounts, Store } from "../store/types.js";
import { defaultWorkers, startPreparePool } from "./prepare-pool.js";
import { readSources } from "./read-sources.js";
import type { ColumnMap, IngestArticle, IngestItem } from "./types.js";

export interface IngestOptions {
  map?: ColumnMap;
  /** What "-" reads. */
  stdin?: NodeJS.ReadableStream;
  /** Publication dates by document id, for articles whose input gives none (seeds.json). */
  dates?: ReadonlyMap<string, string>;
  /** The command line, recorded with the run. */
  command?: string;
  /** A record that could not be read or stored. */
  report: (problem: TallyError) => void;
  /** Called after each batch is stored, with the counts so far. */
  progress?: (counts: RunCounts) => void;
  batchSize?: number;
  /** Worker threads preparing batches; 0 prepares on this thread. */
  workers?: number;
}

export async function ingest(
  paths: readonly string[],
  store: Store,
  options: IngestOptions,
): Promise<RunCounts> {
  return ingestItems(readSources([...paths], { map: options.map, stdin: options.stdin }), store, {
    ...options,
    command: options.command ?? `ingest ${paths.join(" ")}`,
  });
}

/** Ingests articles (and reports the errors) from any source of items: files read, or a request's text. */
export async function ingestItems(
  items: AsyncIterable<IngestItem>,
  store: Store,
  options: IngestOptions,
): Promise<RunCounts> {
  const counts: RunCounts = {
    stored: 0,
    present: 0,
    rejected: 0,
    claims: 0,
    unresolvedPlaces: 0,
    nearDuplicates: 0,
  };
  const runId = store.beginRun(options.command ?? "ingest");
  const size = options.batchSize ?? 128;
  const pool = startPreparePool(options.workers ?? defaultWorkers());
  /** Stores the oldest prepared batch; false when none was queued. */
  const storeNext = async (): Promise<boolean> => {
    const prepared = await pool.next();
    if (!prepared) return false;
    storeBatch(store, runId, prepared, counts, options.report);
    options.progress?.(counts);
    return true;
  };
  try {
    let batch: IngestArticle[] = [];
    const submit = async () => {
      // Articles stored already are not prepared again: re-ingesting an input is cheap.
      for (const a of batch) a.hash = contentHash(a);
      const known = store.knownHashes(batch.map((a) => a.hash ?? ""));
      const fresh = batch.filter((a) => !known.has(a.hash ?? ""));
      counts.present += batch.length - fresh.length;
      if (fresh.length > 0) pool.submit(fresh);
      else if (batch.length > 0) options.progress?.(counts);
      batch = [];
      while (pool.full) await storeNext();
    };
    for await (const item of items) {
      if (item instanceof TallyError) {
        options.report(item);
        counts.rejected++;
        continue;
      }
      if (item.published === null && item.docId !== null)
        item.published = options.dates?.get(item.docId) ?? null;
      batch.push(item);
      if (batch.length >= size) await submit();
    }
    await submit();
    while (await storeNext()) {}
  } finally {
    await pool.close();
  }
  store.finishRun(runId, counts);
  return counts;
}

function whereOf(origin: string): { file: string; line?: number } {
  const m = /^(.*?)[:#](\d+)$/.exec(origin);
  return m?.[1] && m[2] ? { file: m[1], line: Number(m[2]) } : { file: origin };
}

function storeBatch(
  store: Store,
  runId: number,
  prepared: readonly NewArticle[],
  counts: RunCounts,
  report: (problem: TallyError) => void,
): void {
  let results: ReturnType<Store["storeArticles"]>;
  try {
    results = store.storeArticles(runId, prepared);
  } catch (error) {
    // The batch rolled back as a whole; nothing of it is stored. Say so per article.
    for (const a of prepared)
      report(new TallyError("IO", `not stored: ${(error as Error).message}`, whereOf(a.origin)));
    counts.rejected += prepared.length;
    return;
  }
  results.forEach((result, i) => {
    const article = prepared[i];
    if (!article) return;
    if (result.status === "present") {
      counts.present++;
    } else if (result.status === "failed") {
      report(new TallyError("IO", `not stored: ${result.reason}`, whereOf(article.origin)));
      counts.rejected++;
    } else {
      counts.stored++;
      if (result.nearDuplicates.length > 0) counts.nearDuplicates++;
      counts.claims += article.claims.length;
      counts.unresolvedPlaces += article.claims.filter(
        (c) => c.claim.place !== null && c.geo.precision === "unresolved",
      ).length;
    }
  });
}
