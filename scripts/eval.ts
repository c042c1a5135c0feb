// npm run eval [-- --articles FILE] [--gold FILE] [--verbose]
// Runs the extractor over the dev articles and scores its claims with ../shared/eval/score.mjs,
// then prints the share of predicted claim places the gazetteer resolves to coordinates, and
// scores incident linking over FA-KES on the hand-labelled article pairs.
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { extractArticles } from "../src/cli/commands/extract.js";
import { write } from "../src/cli/context.js";
import { readArticles } from "../src/cli/read-articles.js";
import { TallyError } from "../src/errors.js";
import { toLinkClaims } from "../src/incidents/from-claims.js";
import { type JudgeClaim, judgeArticle } from "../src/incidents/judge.js";
import { linkClaims } from "../src/incidents/link.js";
import { formatPairScore, labelledPairs, scorePairs } from "../src/incidents/pairs.js";
import type { LinkClaim } from "../src/incidents/types.js";
import { prepareArticles } from "../src/ingest/prepare.js";
import { readSources } from "../src/ingest/read-sources.js";
import type { IngestArticle } from "../src/ingest/types.js";
import { formatPlaceCoverage, placeCoverage } from "../src/places/coverage.js";

const shared = (path: string) => fileURLToPath(new URL(`../../shared/eval/${path}`, import.meta.url));

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: shared("dev-articles.jsonl") },
    gold: { type: "string", default: shared("dev.jsonl") },
    verbose: { type: "boolean", default: false },
    corpus: {
      type: "string",
      default: fileURLToPath(new URL("../../shared/corpus/fa-kes.csv", import.meta.url)),
    },
    labels: {
      type: "string",
      default: fileURLToPath(new URL("../../shared/corpus/fa-kes-authors/labels-test.csv", import.meta.url)),
    },
    pairs: {
      type: "string",
      default: fileURLToPath(new URL("../test/fixtures/incidents/pairs.json", import.meta.url)),
    },
  },
});

// npm runs scripts in the project root: paths given on the command line are the caller's (INIT_CWD).
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const articlesPath = here(values.articles);
const goldPath = here(values.gold);
try {
  await access(goldPath);
} catch {
  console.error(`${values.gold}: cannot read gold claims`);
  process.exit(74);
}

const dir = await mkdtemp(join(tmpdir(), "tally-eval-"));
try {
  const predictions = join(dir, "predictions.jsonl");
  const out = createWriteStream(predictions);
  let bad = 0;
  const places: (string | null)[][] = [];
  for await (const article of readArticles([articlesPath])) {
    if (article instanceof TallyError) {
      console.error(article.describe());
      bad++;
      continue;
    }
    const predicted = extractArticles([article])[0];
    places.push(predicted?.claims.map((c) => c.place) ?? []);
    await write(out, `${JSON.stringify(predicted)}\n`);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );

  const scorer = shared("score.mjs");
  const args = [scorer, goldPath, predictions, ...(values.verbose ? ["--verbose"] : [])];
  const scored = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (scored.error) console.error(`cannot run ${scorer}: ${scored.error.message}`);
  console.log(formatPlaceCoverage(placeCoverage(places)));
  const linked = await linkFakes();
  console.log(formatPairScore(linked.pairs));
  console.log(await verdictScore(linked));
  if (bad > 0) console.error(`${bad} article record(s) could not be read`);
  process.exitCode = scored.status !== 0 ? (scored.status ?? 1) : bad > 0 ? 2 : 0;
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** Extracts and places every FA-KES article as ingest does, links them, and scores the pairs. */
async function linkFakes() {
  const pairs = labelledPairs.parse(JSON.parse(await readFile(here(values.pairs), "utf8")));
  const claims: LinkClaim[] = [];
  const judged = new Map<number, JudgeClaim>();
  const docOf = new Map<string, string>();
  const articlesOf = new Map<string, number[]>();
  let id = 0;
  let articleId = 0;
  let batch: IngestArticle[] = [];
  const flush = () => {
    for (const [k, prepared] of prepareArticles(batch).entries()) {
      const article = batch[k] as IngestArticle;
      const key = prepared.hash;
      // A row repeated word for word is stored once, as ingest stores it (FA-KES repeats a few).
      if (docOf.has(key)) continue;
      docOf.set(key, article.docId ?? key);
      articleId++;
      articlesOf.set(article.docId ?? key, [...(articlesOf.get(article.docId ?? key) ?? []), articleId]);
      const linkable = toLinkClaims({ id: articleId, key }, prepared.claims, () => ++id);
      linkable.forEach((lc, i) => {
        const c = prepared.claims[i]?.claim;
        if (!c) return;
        judged.set(lc.id, {
          ...c,
          id: lc.id,
          articleId,
          outlet: article.outlet,
          published: article.published,
        });
      });
      claims.push(...linkable);
    }
    batch = [];
  };
  for await (const item of readSources([here(values.corpus)], {})) {
    if (item instanceof TallyError) continue;
    batch.push(item);
    if (batch.length >= 128) flush();
  }
  flush();
  const incidents = linkClaims(claims);
  const score = scorePairs(pairs, incidents, claims, (c) => docOf.get(c.articleKey) ?? "");
  if (values.verbose)
    for (const p of score.wrong)
      console.log(`  linking ${p.same ? "missed" : "wrongly joined"} ${p.a} ~ ${p.b}: ${p.incident}`);
  const told = incidents.map((i) => i.claims.map((c) => judged.get(c)).filter((c): c is JudgeClaim => !!c));
  return { pairs: score, told, articlesOf };
}

/** Verdicts on the FA-KES authors' test split: inconsistent read as fake, the others as credible. */
async function verdictScore(linked: Awaited<ReturnType<typeof linkFakes>>): Promise<string> {
  const rows = parse(await readFile(here(values.labels)), { columns: true, bom: true }) as Array<
    Record<string, string>
  >;
  const counts = { consistent: 0, inconsistent: 0, unverified: 0 };
  let tp = 0; // fake predicted fake
  let fp = 0;
  let fn = 0;
  let right = 0;
  for (const row of rows) {
    const [article] = linked.articlesOf.get(row.unit_id ?? "") ?? [];
    const verdict = article === undefined ? "unverified" : judgeArticle(article, linked.told).verdict;
    counts[verdict]++;
    const fake = row.label === "0";
    const saysFake = verdict === "inconsistent";
    if (saysFake === fake) right++;
    if (saysFake && fake) tp++;
    else if (saysFake) fp++;
    else if (fake) fn++;
  }
  const n = rows.length;
  const credibleTp = right - tp;
  const f1 = (t: number, p: number, m: number) => (2 * t) / Math.max(1, 2 * t + p + m);
  return (
    `article verdicts on the ${n} FA-KES test articles (inconsistent = fake): accuracy ${(right / n).toFixed(3)}, ` +
    `F1 credible ${f1(credibleTp, fn, fp).toFixed(3)}, F1 fake ${f1(tp, fp, fn).toFixed(3)} ` +
    `(${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.unverified} unverified)`
  );
}
