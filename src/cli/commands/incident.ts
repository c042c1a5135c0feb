// `tally incident ID [--db FILE] [--format table|json]`: one incident explained: every claim with
// its article, outlet and source, and the rule and evidence that linked it.
import { type Command, Option } from "commander";
import { TallyError } from "../../errors.js";
import { gradeIncident } from "../../incidents/grade.js";
import { reconcile } from "../../incidents/reconcile.js";
import { ensureSummaries } from "../../incidents/refresh.js";
import { summarize } from "../../incidents/summary.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { StoredIncident } from "../../store/types.js";
import { type CliContext, write } from "../context.js";
import { type Column, figureCell, renderTable } from "../format-table.js";

type Member = StoredIncident["claims"][number];

const COLUMNS: readonly Column<Member>[] = [
  { title: "claim", max: 8, cell: (c) => c.id },
  { title: "date", max: 10, cell: (c) => c.date },
  { title: "outlet", max: 18, cell: (c) => c.outlet },
  { title: "source", max: 24, cell: (c) => c.source },
  { title: "measure", max: 9, cell: (c) => c.measure },
  { title: "victim", max: 10, cell: (c) => c.victim },
  { title: "value", max: 12, cell: figureCell },
  { title: "qualifier", max: 9, cell: (c) => c.qualifier },
  { title: "place", max: 18, cell: (c) => c.place },
  { title: "actor", max: 18, cell: (c) => c.actor },
  { title: "weapon", max: 9, cell: (c) => c.weapon },
  { title: "quote", max: 60, cell: (c) => c.quote },
];

export function registerIncident(program: Command, context: CliContext): void {
  program
    .command("incident")
    .description("explain one incident: its claims side by side and why each was linked")
    .argument("<id>", "incident id, as `tally link` stored it (inc-…)")
    .option("--db <file>", "the store", DEFAULT_DB)
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"),
    )
    .action(async (id: string, flags: { db: string; format: "table" | "json" }) => {
      const store = openStore(flags.db);
      try {
        const incident = store.incident(id);
        if (!incident)
          throw new TallyError("USAGE", `no incident ${id} in ${flags.db} (run \`tally link\` first?)`);
        const figures = reconcile(incident.claims);
        // Graded among all incidents (whether it duplicates another depends on the others), as stored.
        ensureSummaries(store);
        const stored = store.incidentSummary(id);
        const graded = stored
          ? {
              grade: stored.summary.grade as ReturnType<typeof gradeIncident>["grade"],
              reasons: stored.reasons,
            }
          : gradeIncident(incident.claims);
        // Period tallies of its place, shown beside it and never summed with it.
        const where = summarize(incident, figures, graded);
        const tallies =
          where.date && where.geoPrecision !== "country" ? store.periodTallies(where, where.date) : [];
        if (flags.format === "json") {
          await write(
            context.stdout,
            `${JSON.stringify({ ...incident, figures, ...graded, periodTallies: tallies })}\n`,
          );
          return;
        }
        const days =
          incident.firstDate === incident.lastDate
            ? incident.firstDate
            : `${incident.firstDate} to ${incident.lastDate}`;
        const links = incident.claims
          .filter((c) => c.link)
          .map((c) => `  claim ${c.id} → ${c.link?.to}: ${c.link?.rule} (${c.link?.reason})`);
        await write(
          context.stdout,
          `${incident.id}: ${incident.claims.length} claims from ${incident.articles} articles, ${days}\n` +
            `grade: ${graded.grade} (${graded.reasons.join("; ")})\n` +
            figures
              .map(
                (f) => `${f.measure} ${f.victim}: low ${f.low}, best ${f.best}, high ${f.high} (${f.rule})\n`,
              )
              .join("") +
            `${renderTable(COLUMNS, incident.claims, "(no claims)")}\nlinks:\n${links.join("\n") || "  (one claim)"}\n` +
            `period tallies covering it (never summed with it):\n${
              tallies
                .map(
                  (t) =>
                    `  ${t.outlet ?? "?"}${t.source ? ` (${t.source})` : ""}: ${t.value ?? "?"} ${t.victim} ${t.measure} since ${t.date} — "${t.quote}"`,
                )
                .join("\n") || "  (none)"
            }\n`,
        );
      } finally {
        store.close();
      }
    });
}
