// The API under load: `tally serve` on a synthetic store of about a million claims (synth-store.ts),
// and 50 clients on localhost calling its main endpoints as fast as they are answered. Reports p50,
// p95 and p99 latency, throughput and errors per call. Run by `npm run bench` after the extraction
// and ingest benches, or alone:
//
//   node dist/scripts/bench-api.js [--claims 1000000] [--clients 50] [--requests 2000] [--db FILE]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { freePort } from "../test/helpers/free-port.js";
import { buildSyntheticStore } from "./synth-store.js";

export interface ApiBenchOptions {
  claims: number;
  clients: number;
  /** Requests per call measured (after a warm-up of one per client). */
  requests: number;
  /** Reuse this store if it exists, else build it there. */
  db?: string;
}

interface CallResult {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  errors: number;
}

/** The calls a dashboard makes, each a function of a request number so ids and filters vary. */
/**
 * The calls measured, each a path for request number k. A warm-up asks for lists 49 a page rather
 * than 50: the same work, but not an answer the measured requests could be served from the cache.
 */
function calls(
  ids: readonly string[],
  articles: number,
): Array<[string, (k: number, warm: boolean) => string]> {
  const years = [2013, 2014, 2015, 2016, 2017, 2018];
  const pick = <T>(items: readonly T[], k: number): T => items[k % items.length] as T;
  // Pages and years vary with the request number; a filter's list repeats only after all its
  // pages were asked for (the answer cache then serves it, as it would a dashboard).
  const page = (k: number) => 1 + (Math.floor(k / years.length) % 40);
  const limit = (warm: boolean) => (warm ? 49 : 50);
  return [
    [
      "incidents (newest, pages 1-100)",
      (k, warm) => `/api/incidents?limit=${limit(warm)}&page=${1 + (k % 100)}`,
    ],
    [
      "incidents (year, bbox, sort by toll)",
      (k, warm) =>
        `/api/incidents?from=${pick(years, k)}-01-01&to=${pick(years, k)}-12-31&bbox=35.5,32.0,42.5,37.5&sort=-killed&limit=${limit(warm)}&page=${page(k)}`,
    ],
    [
      "incidents (grade, victim)",
      (k) =>
        `/api/incidents?grade=${pick(["weak", "fair", "contested"], k)}&victim=children&limit=50&page=${page(k)}`,
    ],
    // Each id once: the answer cache never serves these.
    ["incident by id", (k) => `/api/incidents/${pick(ids, k)}`],
    ["article by id", (k) => `/api/articles/${1 + ((k * 104_729) % articles)}`],
    [
      "timeline (weeks, a year, by grade)",
      (k, warm) =>
        `/api/timeline?interval=week&from=${pick(years, k)}-01-0${warm ? 2 : 1}&to=${pick(years, k)}-12-31&grade=${pick(["weak", "fair", "contested", "confirmed"], Math.floor(k / years.length))}`,
    ],
    ["stats", () => "/api/stats"],
  ];
}

async function waitFor(url: string, seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > until) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

/**
 * One call under load: `clients` keep-alive connections (undici, a client light enough that on a
 * 2-core machine the server, not the load generator, is what is measured), each sending its next
 * request when the last is answered. A warm-up of `requests / 2` requests on other keys (other ids,
 * pages) comes first, so the server's per-place reads are warm as in a running server, but no
 * measured answer was cached by it.
 */
async function load(
  pool: Pool,
  name: string,
  path: (k: number, warm: boolean) => string,
  o: ApiBenchOptions,
): Promise<CallResult> {
  let errors = 0;
  const run = async (from: number, count: number, latencies: number[] | null) => {
    let next = from;
    const client = async () => {
      for (;;) {
        const k = next++;
        if (k >= from + count) return;
        const started = performance.now();
        try {
          const { statusCode, body } = await pool.request({
            path: path(k, latencies === null),
            method: "GET",
          });
          await body.dump();
          if (statusCode >= 400) errors++;
        } catch {
          errors++;
        }
        latencies?.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: o.clients }, client));
  };
  await run(o.requests, Math.ceil(o.requests / 2), null);
  errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await run(0, o.requests, latencies);
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    perSecond: o.requests / seconds,
    errors,
  };
}

export async function benchApi(o: ApiBenchOptions): Promise<CallResult[]> {
  const dir = o.db ? null : mkdtempSync(join(tmpdir(), "tally-api-bench-"));
  const db = o.db ?? join(dir as string, "synthetic.db");
  try {
    if (!existsSync(db)) {
      const built = buildSyntheticStore(db, {
        claims: o.claims,
        seed: 1,
        progress: (n) => process.stderr.write(`\rsynthetic store: ${n} claims`),
      });
      process.stderr.write("\n");
      console.log(
        `synthetic store ${built.claims} claims in ${built.articles} articles, ${built.incidents} incidents ` +
          `(stored in ${built.seconds.store.toFixed(1)} s, linked in ${built.seconds.link.toFixed(1)} s)`,
      );
    }
    const port = await freePort();
    const bin = resolve(dirname(fileURLToPath(import.meta.url)), "../../bin/tally.js");
    const server = spawn(process.execPath, [bin, "serve", "--db", db, "--port", String(port)], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitFor(`${base}/api/stats`, 120);
      const stats = (await (await fetch(`${base}/api/stats`)).json()) as {
        articles: number;
        claims: number;
        incidents: number;
      };
      // Ids from pages spread over the list, enough that no measured or warm-up request repeats one.
      const ids: string[] = [];
      const pageOf = async (page: number) =>
        (await (await fetch(`${base}/api/incidents?limit=500&page=${page}`)).json()) as {
          total: number;
          items: Array<{ id: string }>;
        };
      const first = await pageOf(1);
      const pages = Math.max(1, Math.ceil(first.total / 500));
      ids.push(...first.items.map((i) => i.id));
      for (let share = 1; ids.length < o.requests * 1.5 && share < pages; share++)
        ids.push(...(await pageOf(1 + Math.floor((share * pages) / 8))).items.map((i) => i.id));
      if (ids.length === 0) throw new Error("the store lists no incidents");
      console.log(
        `api            ${stats.claims} claims, ${stats.incidents} incidents, ${stats.articles} articles; ` +
          `${o.clients} clients, ${o.requests} requests per call`,
      );
      const results: CallResult[] = [];
      const pool = new Pool(base, { connections: o.clients });
      for (const [name, path] of calls(ids, stats.articles)) {
        const r = await load(pool, name, path, o);
        results.push(r);
        console.log(
          `  ${name.padEnd(38)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  ` +
            `p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(0).padStart(5)} ms  ` +
            `${r.perSecond.toFixed(0).padStart(5)}/s  errors ${r.errors}`,
        );
      }
      await pool.close();
      return results;
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "1000000" },
      clients: { type: "string", default: "50" },
      requests: { type: "string", default: "2000" },
      db: { type: "string" },
    },
  });
  await benchApi({
    claims: Number(values.claims),
    clients: Number(values.clients),
    requests: Number(values.requests),
    ...(values.db ? { db: values.db } : {}),
  });
}
