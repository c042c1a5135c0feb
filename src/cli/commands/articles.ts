// `tally articles [--db FILE] [--verdict consistent|inconsistent|unverified] [--format table|json]`:
// articles with their consistency verdict against the incidents they report, and why.
import { type Command, Option } from "commander";
import type { Verdict } from "../../incidents/judge.js";
import { ensureSummaries } from "../../incidents/refresh.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import { type CliContext, write } from "../context.js";
import { type Column, renderTable } from "../format-table.js";

interface Row {
  id: number;
  docId: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  verdict: Verdict;
  disagreements: string[];
}

const COLUMNS: readonly Column<Row>[] = [
  { title: "article", max: 8, cell: (r) => r.id },
  { title: "doc", max: 12, cell: (r) => r.docId },
  { title: "outlet", max: 16, cell: (r) => r.outlet },
  { title: "published", max: 10, cell: (r) => r.published },
  { title: "verdict", max: 12, cell: (r) => r.verdict },
  { title: "title", max: 40, cell: (r) => r.title },
  { title: "disagreements", max: 80, cell: (r) => r.disagreements.join("; ") },
];

export function registerArticles(program: Command, context: CliContext): void {
  program
    .command("articles")
    .description("list articles that report incidents, with their consistency verdict and its reasons")
    .option("--db <file>", "the store", DEFAULT_DB)
    .addOption(
      new Option("--verdict <verdict>", "only these").choices(["consistent", "inconsistent", "unverified"]),
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"),
    )
    .action(async (flags: { db: string; verdict?: Verdict; format: "table" | "json" }) => {
      const store = openStore(flags.db);
      try {
        const rows: Row[] = [];
        ensureSummaries(store);
        // The verdicts refresh.ts stored whenever the incidents changed (judge.ts).
        for (const [id, judged] of store.verdicts()) {
          if (flags.verdict && judged.verdict !== flags.verdict) continue;
          const a = store.article(id);
          rows.push({
            id,
            docId: a?.docId ?? null,
            outlet: a?.outlet ?? null,
            published: a?.published ?? null,
            title: a?.title ?? null,
            verdict: judged.verdict,
            disagreements: judged.disagreements,
          });
        }
        if (flags.format === "json")
          for (const r of rows) await write(context.stdout, `${JSON.stringify(r)}\n`);
        else
          await write(
            context.stdout,
            `${rows.length} article${rows.length === 1 ? "" : "s"}\n${renderTable(COLUMNS, rows, "(no articles)")}\n`,
          );
      } finally {
        store.close();
      }
    });
}
