// npm run bench [-- --csv FILE] [--min N]
// Runs the compiled code (dist/), as `tally` does: tsx's transform adds work of its own to hot code.
// (1) Throughput of the extractor, single-threaded, over the FA-KES articles repeated to at least --min
// articles, against a baseline of merely serialising and parsing the same records (as reading JSONL).
// (2) Ingest into a fresh SQLite store of the same articles as one CSV file, with peak memory.
// (3) The API: `tally serve` on a synthetic store of a million claims under 50 clients (bench-api.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { BATCH_SIZE, extractArticles } from "../src/cli/commands/extract.js";
import type { Article } from "../src/cli/read-articles.js";
import { relink } from "../src/incidents/relink.js";
import { ingest } from "../src/ingest/run-ingest.js";
import { openStore } from "../src/store/index.js";
import { benchApi } from "./bench-api.js";

const { values } = parseArgs({
  options: {
    csv: {
      type: "string",
      default: "../shared/corpus/fa-kes.csv",
    },
    min: { type: "string", default: "20000" },
    "api-claims": { type: "string", default: "1000000" },
    "skip-api": { type: "boolean", default: false },
  },
});
const csvPath = resolve(process.env.INIT_CWD ?? process.cwd(), values.csv);
const minimum = Number(values.min);
if (!Number.isInteger(minimum) || minimum < 1)
  throw new Error(`--min must be a positive whole number, not ${values.min}`);

const row = z.object({
  unit_id: z.string(),
  article_title: z.string(),
  article_content: z.string(),
  date: z.string().regex(/^\d{1,2}\/\d{1,2}\/\d{4}$/, "date must be M/D/YYYY"),
});

/** M/D/YYYY, as in the FA-KES date column, to YYYY-MM-DD. */
function isoFromUsDate(date: string): string {
  const [month = "", day = "", year = ""] = date.split("/");
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

// Read once: the extraction bench uses the checked columns, the ingest bench every column.
const rawRows = parse(readFileSync(csvPath), { columns: true, skip_empty_lines: true }) as Array<
  Record<string, string>
>;
const rows = z.array(row).parse(rawRows);
const corpus: Article[] = rows.map((r) => ({
  id: `fakes-${r.unit_id}`,
  published: isoFromUsDate(r.date),
  title: r.article_title,
  text: r.article_content,
}));
if (corpus.length === 0) throw new Error(`${csvPath}: no articles`);

const articles: Article[] = [];
while (articles.length < minimum) articles.push(...corpus);
const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

// (a) Baseline: the records through JSON and back, as reading them from JSON Lines would cost.
let parsed = 0;
const baseline = time(() => {
  for (const article of articles) parsed += (JSON.parse(JSON.stringify(article)) as Article).text.length;
});

// (b) Extraction in batches, as `tally extract` and ingest run it. Two honest caveats are measured
// first, because repeating the corpus hides them:
// - the first pass: text never seen, with V8 still compiling the code (it takes a few thousand
//   articles to optimise fully);
// - unseen text: the corpus's second half once, after passes over the first half warmed the
//   compiler; the word-level memos (date phrases, place names) have not met its words yet.
const extractAll = (list: readonly Article[]) => {
  for (let i = 0; i < list.length; i += BATCH_SIZE) extractArticles(list.slice(i, i + BATCH_SIZE));
};
const half = Math.floor(corpus.length / 2);
const firstPass = time(() => extractAll(corpus.slice(0, half)));
for (let pass = 0; pass < 8; pass++) extractAll(corpus.slice(0, half));
const unseen = time(() => extractAll(corpus.slice(half)));
extractAll(corpus);
let claims = 0;
const extraction = time(() => {
  for (let i = 0; i < articles.length; i += BATCH_SIZE)
    for (const result of extractArticles(articles.slice(i, i + BATCH_SIZE))) claims += result.claims.length;
});

const fixed = (n: number, digits: number) => n.toFixed(digits);
console.log(`articles       ${articles.length} (${corpus.length} distinct, from ${values.csv})`);
console.log(`text           ${fixed(megabytes, 1)} MB`);
console.log(
  `baseline       ${fixed(baseline, 3)} s  ${fixed(articles.length / baseline, 0)} articles/s  ${fixed(megabytes / baseline, 1)} MB/s  (JSON stringify + parse, ${parsed} chars)`,
);
console.log(
  `extraction     ${fixed(extraction, 3)} s  ${fixed(articles.length / extraction, 0)} articles/s  ${fixed(megabytes / extraction, 2)} MB/s`,
);
console.log(
  `first pass     ${fixed(half / firstPass, 0)} articles/s  (the corpus's first ${half} articles, V8 still compiling)`,
);
console.log(
  `unseen text    ${fixed((corpus.length - half) / unseen, 0)} articles/s  (its other ${corpus.length - half}, once, with the code warm)`,
);
console.log(`claims         ${claims}`);
console.log(`extraction / baseline time: ${fixed(extraction / baseline, 2)}x`);

// (2) Ingest. Each copy of the corpus gets its own outlet name, so that every row is a new article
// (the content hash includes the outlet); the copies are near-duplicates of each other, which
// exercises the near-duplicate lookup on every article.
const header = Object.keys(rawRows[0] ?? {});
const dir = mkdtempSync(join(tmpdir(), "tally-bench-"));
try {
  const csvFile = join(dir, "fa-kes-repeated.csv");
  const copies: string[] = [stringify([header])];
  for (let copy = 0, n = 0; n < minimum; copy++)
    for (const r of rawRows) {
      copies.push(stringify([header.map((h) => (h === "source" ? `${r[h]}-copy${copy}` : (r[h] ?? "")))]));
      n++;
    }
  writeFileSync(csvFile, copies.join(""));
  const store = openStore(join(dir, "bench.db"));
  const rss: number[] = [];
  const started = performance.now();
  const counts = await ingest([csvFile], store, {
    report: (problem) => console.error(problem.describe()),
    progress: () => rss.push(process.memoryUsage().rss),
  });
  const seconds = (performance.now() - started) / 1000;
  // `tally ingest` then relinks the store's event claims into incidents: timed apart.
  let linked = { claims: 0, incidents: 0, corroborated: 0 };
  const relinkSeconds = time(() => {
    linked = relink(store);
  });
  store.close();
  const mb = (bytes: number) => fixed(bytes / 2 ** 20, 0);
  console.log(
    `ingest         ${fixed(seconds, 3)} s  ${fixed(counts.stored / seconds, 0)} articles/s stored with claims  ` +
      `(${counts.stored} stored, ${counts.present} present, ${counts.rejected} rejected, ${counts.claims} claims, ` +
      `${counts.unresolvedPlaces} places unresolved, ${counts.nearDuplicates} near-duplicates)`,
  );
  console.log(
    `relink         ${fixed(relinkSeconds, 3)} s  (${linked.claims} event claims into ${linked.incidents} incidents)`,
  );
  // RSS through the run: SQLite's page cache (64 MiB) and V8's young generation fill early and
  // then stay; flat means no growth with the number of articles after that.
  const at = (share: number) => mb(rss[Math.min(rss.length - 1, Math.floor(rss.length * share))] ?? 0);
  console.log(
    `memory         peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MiB; RSS after 10/25/50/75% of the ` +
      `ingest and at the end: ${at(0.1)} / ${at(0.25)} / ${at(0.5)} / ${at(0.75)} / ${at(1)} MiB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!values["skip-api"])
  await benchApi({ claims: Number(values["api-claims"]), clients: 50, requests: 2000 });
