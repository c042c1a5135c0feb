// `tally export [--db FILE] --format csv|json|geojson [--what incidents|claims|articles] [--out FILE]`:
// the store's incidents (reconciled and graded), claims or articles (with their verdicts), written
// for a spreadsheet or a map. An article's GeoJSON point is its main incident's (the one holding
// most of its claims); an article that tells no incident has a null geometry.
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Command, Option } from "commander";
import { ioError } from "../../errors.js";
import { writeExport } from "../../incidents/write-export.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import { type CliContext, write } from "../context.js";

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
