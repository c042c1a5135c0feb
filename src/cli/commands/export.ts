// `tally export [--db FILE] --format csv|json|geojson [--what incidents|claims|articles] [--out FILE]`:
// the store's incidents (reconciled and graded), claims or articles (with their verdicts), written
// for a spreadsheet or a map. An article's GeoJSON point is its main incident's (the one holding
// most of its claims); an article that tells no incident has a null geometry.
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Command, Option } from "commander";
import { stringify } from "csv-stringify/sync";
import { ioError } from "../../errors.js";
import { articleRows } from "../../incidents/article-rows.js";
import {
  ARTICLE_CSV_COLUMNS,
  csvHeader,
  csvRow,
  geoJsonFeature,
  pointFeature,
  writeFeatureCollection,
} from "../../incidents/export.js";
import { ensureSummaries } from "../../incidents/refresh.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { Store } from "../../store/types.js";
import { type CliContext, write } from "../context.js";
import { CLAIM_CSV_COLUMNS } from "./claims.js";

interface ExportFlags {
  db: string;
  format: "csv" | "json" | "geojson";
  what: "incidents" | "claims" | "articles";
  out?: string;
}

export function registerExport(program: Command, context: CliContext): void {
  program
    .command("export")
    .description(
      "write incidents (reconciled, graded), claims or articles (with verdicts) as CSV, JSON Lines or GeoJSON",
    )
    .option("--db <file>", "the store", DEFAULT_DB)
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["csv", "json", "geojson"])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--what <what>", "what to export")
        .choices(["incidents", "claims", "articles"])
        .default("incidents"),
    )
    .option("--out <file>", "write here instead of to stdout")
    .action(async (flags: ExportFlags) => {
      const store = openStore(flags.db);
      // The folder of --out is made if missing (`--out exports/incidents.csv` on a fresh clone).
      if (flags.out) mkdirSync(dirname(flags.out), { recursive: true });
      const out: NodeJS.WritableStream = flags.out ? createWriteStream(flags.out) : context.stdout;
      const failed = new Promise<never>((_, reject) =>
        out.on("error", (e) => reject(ioError(flags.out ?? "-", e))),
      );
      try {
        const rows = await Promise.race([writeExport(store, flags, (text) => write(out, text)), failed]);
        if (flags.out) {
          await new Promise<void>((done) => out.end(done));
          // Where it went, on stderr so that stdout stays the data's alone.
          context.stderr.write(`wrote ${rows} ${flags.what} as ${flags.format} to ${resolve(flags.out)}\n`);
        }
      } finally {
        store.close();
      }
    });
}

/**
 * Writes the export through `put` (awaited: the output's backpressure); returns how many rows
 * (features, lines) it wrote. The CLI and the API (src/server/export.ts) both write with it.
 */
export async function writeExport(
  store: Store,
  flags: Pick<ExportFlags, "format" | "what">,
  put: (text: string) => Promise<void>,
): Promise<number> {
  ensureSummaries(store);
  let rows = 0;
  const counted = <T>(items: Iterable<T>) =>
    map(items, (item) => {
      rows++;
      return item;
    });
  if (flags.what === "claims") {
    const claims = () => counted(store.claims({}));
    if (flags.format === "geojson")
      await writeFeatureCollection(
        put,
        map(claims(), (c) => pointFeature(c.id, c.geo.lat, c.geo.lon, c)),
      );
    else if (flags.format === "csv") {
      await put(stringify([CLAIM_CSV_COLUMNS.map(([name]) => name)]));
      for (const c of claims()) await put(stringify([CLAIM_CSV_COLUMNS.map(([, cell]) => cell(c))]));
    } else for (const c of claims()) await put(`${JSON.stringify(c)}\n`);
    return rows;
  }
  if (flags.what === "articles") {
    const articles = counted(articleRows(store));
    if (flags.format === "geojson") {
      const at = (id: string | null) => (id ? store.incidentSummary(id)?.summary : undefined);
      await writeFeatureCollection(
        put,
        map(articles, (a) => {
          const where = at(a.mainIncident);
          return pointFeature(a.id, where?.latitude ?? null, where?.longitude ?? null, a);
        }),
      );
    } else if (flags.format === "csv") {
      await put(stringify([ARTICLE_CSV_COLUMNS.map(([name]) => name)]));
      for (const a of articles) await put(stringify([ARTICLE_CSV_COLUMNS.map(([, cell]) => cell(a))]));
    } else for (const a of articles) await put(`${JSON.stringify(a)}\n`);
    return rows;
  }
  // The summaries refresh.ts stored whenever the incidents changed.
  const summaries = counted(store.allSummaries());
  if (flags.format === "geojson") await writeFeatureCollection(put, map(summaries, geoJsonFeature));
  else if (flags.format === "csv") {
    await put(csvHeader());
    for (const s of summaries) await put(csvRow(s));
  } else for (const s of summaries) await put(`${JSON.stringify(s)}\n`);
  return rows;
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}
