// `tally link [--db FILE]`: group every stored event claim into incidents again. Ingest links what
// it stored itself, relinking only what the new claims can change; this relinks all, as after the
// linking rules change.
import type { Command } from "commander";
import { linkSummaryLine, relink } from "../../incidents/relink.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import { type CliContext, write } from "../context.js";

export function registerLink(program: Command, context: CliContext): void {
  program
    .command("link")
    .description("relink every event claim across articles into incidents (ingest links what it stores)")
    .option("--db <file>", "the store", DEFAULT_DB)
    .action(async (flags: { db: string }) => {
      const store = openStore(flags.db);
      try {
        await write(context.stdout, `${linkSummaryLine(relink(store))}\n`);
      } finally {
        store.close();
      }
    });
}
