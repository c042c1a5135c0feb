// `tally claims [--db FILE] [filters] [--format table|json|csv]`: the stored claims, with where they
// are on the map and which article told them.

import { type Command, InvalidArgumentError, Option } from "commander";
import { stringify } from "csv-stringify/sync";
import { MEASURES, VICTIMS } from "../../extract/types.js";
import { CLAIM_CSV_COLUMNS } from "../../incidents/export.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { ClaimFilter, StoredClaim } from "../../store/types.js";
import { type CliContext, write } from "../context.js";
import { type Column, figureCell, renderTable } from "../format-table.js";
import { isoDate } from "../read-articles.js";

const TABLE_COLUMNS: readonly Column<StoredClaim>[] = [
  { title: "date", max: 10, cell: (c) => c.date },
  { title: "measure", max: 9, cell: (c) => c.measure },
  { title: "victim", max: 10, cell: (c) => c.victim },
  { title: "value", max: 14, cell: figureCell },
  { title: "qualifier", max: 9, cell: (c) => c.qualifier },
  { title: "scope", max: 9, cell: (c) => c.scope },
  { title: "place", max: 20, cell: (c) => c.place },
  { title: "province", max: 16, cell: (c) => c.geo.admin1 },
  { title: "geo", max: 10, cell: (c) => c.geo.precision },
  { title: "actor", max: 20, cell: (c) => c.actor },
  { title: "source", max: 24, cell: (c) => c.source },
  { title: "article", max: 16, cell: (c) => c.docId ?? c.articleId },
];

function choice(values: readonly string[]) {
  return (value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`expected one of ${values.join(", ")}`);
    return value;
  };
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

function day(value: string): string {
  if (!isoDate.safeParse(value).success) throw new InvalidArgumentError("expected an ISO date (YYYY-MM-DD)");
  return value;
}

interface ClaimsFlags extends ClaimFilter {
  db: string;
  format: "table" | "json" | "csv";
}

export function registerClaims(program: Command, context: CliContext): void {
  program
    .command("claims")
    .description("list stored claims")
    .option("--db <file>", "the store", DEFAULT_DB)
    .option("--measure <measure>", MEASURES.join(" | "), choice(MEASURES))
    .option("--victim <victim>", VICTIMS.join(" | "), choice(VICTIMS))
    .option("--place <name>", "a place, province or country (as named or as the gazetteer names it)")
    .option("--since <date>", "claims dated on or after this day", day)
    .option("--until <date>", "claims dated on or before this day", day)
    .option("--limit <n>", "at most this many claims", count)
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["table", "json", "csv"]).default("table"),
    )
    .action(async (flags: ClaimsFlags) => {
      const store = openStore(flags.db);
      try {
        const { db: _db, format, ...filter } = flags;
        const claims = store.claims(filter);
        if (format === "json") {
          for (const claim of claims) await write(context.stdout, `${JSON.stringify(claim)}\n`);
        } else if (format === "csv") {
          await write(context.stdout, stringify([CLAIM_CSV_COLUMNS.map(([name]) => name)]));
          for (const claim of claims)
            await write(context.stdout, stringify([CLAIM_CSV_COLUMNS.map(([, cell]) => cell(claim))]));
        } else {
          const all = [...claims];
          const n = `${all.length} claim${all.length === 1 ? "" : "s"}`;
          await write(context.stdout, `${n}\n${renderTable(TABLE_COLUMNS, all, "(no claims)")}\n`);
        }
      } finally {
        store.close();
      }
    });
}
