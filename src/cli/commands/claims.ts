// `tally claims [--db FILE] [filters] [--format table|json|csv]`: the stored claims, with where they
// are on the map and which article told them.

import { type Command, InvalidArgumentError, Option } from "commander";
import { stringify } from "csv-stringify/sync";
import { MEASURES, VICTIMS } from "../../extract/types.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { ClaimFilter, StoredClaim } from "../../store/types.js";
import { type CliContext, write } from "../context.js";
import { type Column, figureCell, renderTable } from "../format-table.js";
import { isoDate } from "../read-articles.js";

/** The claims CSV columns (also `tally export --what claims`): every claim field, its span and rule, and where the gazetteer put it. */
export const CLAIM_CSV_COLUMNS: ReadonlyArray<[string, (c: StoredClaim) => string | number | null]> = [
  ["claim_id", (c) => c.id],
  ["article_id", (c) => c.articleId],
  ["doc_id", (c) => c.docId],
  ["outlet", (c) => c.outlet],
  ["published", (c) => c.published],
  ["measure", (c) => c.measure],
  ["victim", (c) => c.victim],
  ["value", (c) => c.value],
  ["high", (c) => c.high],
  ["qualifier", (c) => c.qualifier],
  ["scope", (c) => c.scope],
  ["date", (c) => c.date],
  ["date_precision", (c) => c.datePrecision],
  ["place", (c) => c.place],
  ["gazetteer_id", (c) => c.geo.gazetteerId],
  ["latitude", (c) => c.geo.lat],
  ["longitude", (c) => c.geo.lon],
  ["admin1", (c) => c.geo.admin1],
  ["country", (c) => c.geo.country],
  ["geo_precision", (c) => c.geo.precision],
  ["actor", (c) => c.actor],
  ["weapon", (c) => c.weapon],
  ["source", (c) => c.source],
  ["quote", (c) => c.quote],
  ["span_field", (c) => c.span.field],
  ["span_start", (c) => c.span.start],
  ["span_end", (c) => c.span.end],
  ["rule", (c) => c.rule],
];

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
