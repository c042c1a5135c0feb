// `tally ingest PATH… [--db FILE] [--map …]`: read articles from files and folders into the store,
// with a progress line on a terminal and a one-line summary at the end.
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { TallyError } from "../../errors.js";
import { linkSummaryLine, relinkChanged } from "../../incidents/relink.js";
import { ingest } from "../../ingest/run-ingest.js";
import type { ColumnMap } from "../../ingest/types.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { RunCounts } from "../../store/types.js";
import type { CliContext } from "../context.js";
import { startProgress } from "../progress.js";
import { readDates } from "../read-articles.js";

const MAP_FIELDS = new Set(["text", "title", "published", "outlet", "url", "id"]);

/** "text=article_content,title=article_title" → {text: "article_content", title: "article_title"}. */
export function parseColumnMap(value: string): ColumnMap {
  const map: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const [field, column] = pair.split("=").map((s) => s.trim());
    if (!field || !column || !MAP_FIELDS.has(field))
      throw new InvalidArgumentError(
        `expected FIELD=COLUMN pairs separated by commas, FIELD one of ${[...MAP_FIELDS].join(", ")}; got "${pair}"`,
      );
    map[field] = column;
  }
  return map;
}

export function summaryLine(c: RunCounts, seconds: number): string {
  const rate = seconds > 0 ? Math.round((c.stored + c.present) / seconds) : 0;
  return (
    `stored ${c.stored} articles (${c.present} already present, ${c.rejected} rejected), ` +
    `${c.claims} claims, ${c.unresolvedPlaces} places unresolved, ${c.nearDuplicates} near-duplicates of earlier articles, ` +
    `in ${seconds.toFixed(1)} s (${rate} articles/s)`
  );
}

export function registerIngest(program: Command, context: CliContext): void {
  program
    .command("ingest")
    .description("read articles (.txt, .html, feeds, .csv, .jsonl; folders recursively) into the store")
    .argument("<paths...>", "files or folders")
    .option("--db <file>", "the store", DEFAULT_DB)
    .option(
      "--map <pairs>",
      "CSV columns, e.g. text=article_content,title=title,published=date",
      parseColumnMap,
    )
    .option(
      "--dates <file>",
      'JSON {"docs": {ID: {"published": DATE}}} dating articles their input leaves undated',
    )
    .action(async (paths: string[], flags: { db: string; map?: ColumnMap; dates?: string }) => {
      const dates = flags.dates === undefined ? undefined : await readDates(flags.dates);
      const store = openStore(flags.db);
      const started = performance.now();
      const progress = startProgress(context.stderr);
      try {
        const counts = await ingest(paths, store, {
          map: flags.map,
          dates,
          command: `ingest ${paths.join(" ")}`,
          report: (problem) => progress.interrupt(() => context.report(problem)),
          progress: (c) => progress.update(c.stored + c.present, c.rejected),
        });
        progress.stop();
        context.stderr.write(`${summaryLine(counts, (performance.now() - started) / 1000)}\n`);
        // New claims may belong to incidents told before: relink those they can change (the same
        // incidents and ids as relinking all). Run even when nothing was stored, to link the claims
        // of an ingest stopped before it linked.
        context.stderr.write(`${linkSummaryLine(relinkChanged(store))}\n`);
      } catch (error) {
        progress.stop();
        if (error instanceof TallyError) throw error;
        throw new TallyError("INTERNAL", `ingest failed: ${(error as Error).message}`);
      } finally {
        store.close();
      }
    });
}
