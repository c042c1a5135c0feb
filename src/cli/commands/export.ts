// `tally export [--db FILE] --format csv|json|geojson [--what incidents|claims] [--out FILE]`:
// the store's incidents (reconciled and graded) or claims, written for a spreadsheet or a map.
import { createWriteStream } from "node:fs";
import { type Command, Option } from "commander";
import { stringify } from "csv-stringify/sync";
import { ioError } from "../../errors.js";
import { csvHeader, csvRow, geoJsonFeature } from "../../incidents/export.js";
import { summarize } from "../../incidents/summary.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { Store } from "../../store/types.js";
import { type CliContext, write } from "../context.js";
import { CLAIM_CSV_COLUMNS } from "./claims.js";

interface ExportFlags {
  db: string;
  format: "csv" | "json" | "geojson";
  what: "incidents" | "claims";
  out?: string;
}

export function registerExport(program: Command, context: CliContext): void {
  program
    .command("export")
    .description("write incidents (reconciled, graded) or claims as CSV, JSON Lines or GeoJSON")
    .option("--db <file>", "the store", DEFAULT_DB)
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["csv", "json", "geojson"])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--what <what>", "what to export").choices(["incidents", "claims"]).default("incidents"),
    )
    .option("--out <file>", "write here instead of to stdout")
    .action(async (flags: ExportFlags) => {
      const store = openStore(flags.db);
      const out: NodeJS.WritableStream = flags.out ? createWriteStream(flags.out) : context.stdout;
      const failed = new Promise<never>((_, reject) =>
        out.on("error", (e) => reject(ioError(flags.out ?? "-", e))),
      );
      try {
        await Promise.race([writeExport(store, flags, out), failed]);
        if (flags.out) await new Promise<void>((resolve) => out.end(resolve));
      } finally {
        store.close();
      }
    });
}

async function writeExport(store: Store, flags: ExportFlags, out: NodeJS.WritableStream): Promise<void> {
  if (flags.what === "claims") {
    if (flags.format === "geojson") {
      await write(out, '{"type":"FeatureCollection","features":[');
      let first = true;
      for (const c of store.claims({})) {
        const geometry =
          c.geo.lat !== null && c.geo.lon !== null
            ? { type: "Point", coordinates: [c.geo.lon, c.geo.lat] }
            : null;
        await write(
          out,
          `${first ? "" : ","}\n${JSON.stringify({ type: "Feature", id: c.id, geometry, properties: c })}`,
        );
        first = false;
      }
      await write(out, "\n]}\n");
    } else if (flags.format === "csv") {
      await write(out, stringify([CLAIM_CSV_COLUMNS.map(([name]) => name)]));
      for (const c of store.claims({}))
        await write(out, stringify([CLAIM_CSV_COLUMNS.map(([, cell]) => cell(c))]));
    } else for (const c of store.claims({})) await write(out, `${JSON.stringify(c)}\n`);
    return;
  }
  if (flags.format === "geojson") {
    await write(out, '{"type":"FeatureCollection","features":[');
    let first = true;
    for (const incident of store.incidents()) {
      await write(out, `${first ? "" : ","}\n${JSON.stringify(geoJsonFeature(summarize(incident)))}`);
      first = false;
    }
    await write(out, "\n]}\n");
  } else if (flags.format === "csv") {
    await write(out, csvHeader());
    for (const incident of store.incidents()) await write(out, csvRow(summarize(incident)));
  } else
    for (const incident of store.incidents()) await write(out, `${JSON.stringify(summarize(incident))}\n`);
}
