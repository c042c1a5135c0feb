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
import type { Claim } from "../src/extract/types.js";
import { articleFeatures, FEATURE_NAMES, outletPriors } from "../src/incidents/article-features.js";
import { contributions, probability, topWeights, train } from "../src/incidents/credibility.js";
import { toLinkClaims } from "../src/incidents/from-claims.js";
import { type JudgeClaim, type Judgement, judgeArticle } from "../src/incidents/judge.js";
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
    train: {
      type: "string",
      default: fileURLToPath(new URL("../../shared/corpus/fa-kes-authors/labels-train.csv", import.meta.url)),
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
  const idOf = new Map<string, number>();
  const texts = new Map<number, { article: IngestArticle; claims: Claim[] }>();
  const articlesOf = new Map<string, number[]>();
  let id = 0;
  let articleId = 0;
  let batch: IngestArticle[] = [];
  const flush = () => {
    for (const [k, prepared] of prepareArticles(batch).entries()) {
      const article = batch[k] as IngestArticle;
      const key = prepared.hash;
      // A row repeated word for word is stored once, as ingest stores it (FA-KES repeats a few);
      // its id still finds the stored copy.
      const stored = idOf.get(key);
      if (stored !== undefined) {
        const doc = article.docId ?? key;
        if (!articlesOf.has(doc)) articlesOf.set(doc, [stored]);
        continue;
      }
      docOf.set(key, article.docId ?? key);
      articleId++;
      idOf.set(key, articleId);
      texts.set(articleId, { article, claims: prepared.claims.map((c) => c.claim) });
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
  return { pairs: score, told, articlesOf, texts };
}

/** Accuracy and F1 of "fake" predictions against labels (1 = credible, 0 = fake). */
function binaryScore(predictedFake: readonly boolean[], labels: ReadonlyArray<0 | 1>) {
  let tp = 0; // fake predicted fake
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predictedFake.forEach((saysFake, i) => {
    const fake = labels[i] === 0;
    if (saysFake && fake) tp++;
    else if (saysFake) fp++;
    else if (fake) fn++;
    else tn++;
  });
  const f1 = (t: number, p: number, m: number) => (2 * t) / Math.max(1, 2 * t + p + m);
  const n = Math.max(1, predictedFake.length);
  return { accuracy: (tp + tn) / n, credible: f1(tn, fn, fp), fake: f1(tp, fp, fn) };
}

function formatScore({ accuracy, credible, fake }: ReturnType<typeof binaryScore>): string {
  return `accuracy ${accuracy.toFixed(3)}, F1 credible ${credible.toFixed(3)}, F1 fake ${fake.toFixed(3)}`;
}

/**
 * Verdicts and the learned credibility score on the FA-KES authors' split: the rule verdict reads
 * inconsistent as fake and the others as credible; the score is trained on the train split only
 * (its outlet prior too, each training article's own label left out) and tested on the test split,
 * with 5-fold cross-validation on the train split beside it.
 */
async function verdictScore(linked: Awaited<ReturnType<typeof linkFakes>>): Promise<string> {
  const read = async (path: string) =>
    (parse(await readFile(here(path)), { columns: true, bom: true }) as Array<Record<string, string>>).map(
      (row) => {
        const [article] = linked.articlesOf.get(row.unit_id ?? "") ?? [];
        const stored = article === undefined ? undefined : linked.texts.get(article);
        return {
          id: row.unit_id ?? "",
          article,
          // The outlet as the corpus gives it; the labelled row's when the corpus lacks the article.
          outlet: stored?.article.outlet ?? row.source ?? null,
          text: stored?.article.text ?? row.article_content ?? "",
          title: stored?.article.title ?? row.article_title ?? null,
          claims: stored?.claims ?? [],
          label: (row.label === "0" ? 0 : 1) as 0 | 1,
        };
      },
    );
  const trainRows = await read(values.train);
  const testRows = await read(values.labels);
  const judgements = new Map<number, Judgement>();
  const judge = (article: number | undefined) => {
    if (article === undefined) return null;
    const known = judgements.get(article);
    if (known) return known;
    const j = judgeArticle(article, linked.told);
    judgements.set(article, j);
    return j;
  };
  const lines: string[] = [];

  const counts = { consistent: 0, inconsistent: 0, unverified: 0 };
  const verdicts = testRows.map((r) => judge(r.article)?.verdict ?? "unverified");
  for (const v of verdicts) counts[v]++;
  const testLabels = testRows.map((r) => r.label);
  const rule = binaryScore(
    verdicts.map((v) => v === "inconsistent"),
    testLabels,
  );
  const decided = testRows.flatMap((_, i) => (verdicts[i] === "unverified" ? [] : [i]));
  const onDecided = binaryScore(
    decided.map((i) => verdicts[i] === "inconsistent"),
    decided.map((i) => testLabels[i] as 0 | 1),
  );
  lines.push(
    `article verdicts on the ${testRows.length} FA-KES test articles (inconsistent = fake): ${formatScore(rule)} ` +
      `(${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.unverified} unverified); ` +
      `on the ${decided.length} with a verdict: accuracy ${onDecided.accuracy.toFixed(3)}`,
  );

  type Row = (typeof trainRows)[number];
  /** Trains on `fit` (outlet priors from it alone, each article's own label left out) and predicts `on`. */
  const fitAndPredict = (fit: readonly Row[], on: readonly Row[]) => {
    const prior = outletPriors(fit);
    const features = (r: Row, leaveOut?: 0 | 1) =>
      articleFeatures({
        text: r.text,
        title: r.title,
        claims: r.claims,
        judgement: judge(r.article),
        outletPrior: prior(r.outlet, leaveOut),
      });
    const model = train(
      FEATURE_NAMES,
      fit.map((r) => features(r, r.label)),
      fit.map((r) => r.label),
    );
    return { model, rows: on.map((r) => features(r)), p: on.map((r) => probability(model, features(r))) };
  };
  const tested = fitAndPredict(trainRows, testRows);
  const learned = binaryScore(
    tested.p.map((p) => p < 0.5),
    testLabels,
  );
  lines.push(
    `learned credibility score (logistic regression, trained on ${trainRows.length}): ${formatScore(learned)}`,
  );

  const folds = 5;
  const cv = Array.from({ length: folds }, (_, k) => {
    const held = trainRows.filter((_, i) => i % folds === k);
    const rest = trainRows.filter((_, i) => i % folds !== k);
    return binaryScore(
      fitAndPredict(rest, held).p.map((p) => p < 0.5),
      held.map((r) => r.label),
    );
  });
  const mean = (f: (s: (typeof cv)[number]) => number) => cv.reduce((s, c) => s + f(c), 0) / folds;
  const sd = (f: (s: (typeof cv)[number]) => number) =>
    Math.sqrt(cv.reduce((s, c) => s + (f(c) - mean(f)) ** 2, 0) / folds);
  lines.push(
    `  5-fold cross-validation on the train split: accuracy ${mean((s) => s.accuracy).toFixed(3)} ± ${sd((s) => s.accuracy).toFixed(3)}, ` +
      `F1 credible ${mean((s) => s.credible).toFixed(3)}, F1 fake ${mean((s) => s.fake).toFixed(3)} ± ${sd((s) => s.fake).toFixed(3)}`,
  );
  lines.push(
    `  top weights (log-odds of credible per standard deviation): ${topWeights(tested.model, 8)
      .map((w) => `${w.name} ${w.weight >= 0 ? "+" : ""}${w.weight.toFixed(2)}`)
      .join("; ")}`,
  );
  if (values.verbose)
    testRows.forEach((r, i) => {
      const p = tested.p[i] as number;
      if (p < 0.5 === (r.label === 0)) return;
      const { intercept, features } = contributions(tested.model, tested.rows[i] as number[]);
      const top = features
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
        .slice(0, 4)
        .map((f) => `${f.name} ${f.contribution >= 0 ? "+" : ""}${f.contribution.toFixed(2)}`);
      console.log(
        `  score wrong on ${r.id} (${r.outlet}, ${r.label ? "credible" : "fake"}): p ${p.toFixed(2)} = intercept ${intercept.toFixed(2)}; ${top.join("; ")}`,
      );
    });
  return lines.join("\n");
}
