// npm run eval [-- --articles FILE] [--gold FILE] [--verbose]
// Runs the extractor over the dev articles and scores its claims with ../shared/eval/score.mjs,
// then prints the share of predicted claim places the gazetteer resolves to coordinates.
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractArticles } from "../src/cli/commands/extract.js";
import { write } from "../src/cli/context.js";
import { readArticles } from "../src/cli/read-articles.js";
import { TallyError } from "../src/errors.js";
import { formatPlaceCoverage, placeCoverage } from "../src/places/coverage.js";

const shared = (path: string) => fileURLToPath(new URL(`../../shared/eval/${path}`, import.meta.url));

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: shared("dev-articles.jsonl") },
    gold: { type: "string", default: shared("dev.jsonl") },
    verbose: { type: "boolean", default: false },
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
  if (bad > 0) console.error(`${bad} article record(s) could not be read`);
  process.exitCode = scored.status !== 0 ? (scored.status ?? 1) : bad > 0 ? 2 : 0;
} finally {
  await rm(dir, { recursive: true, force: true });
}
