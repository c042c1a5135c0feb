// `tally link [--db FILE]`: group the stored event claims into incidents (also run after ingest).
import type { Command } from "commander";
import { linkSummaryLine, relink } from "../../incidents/relink.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import { type CliContext, write } from "../context.js";

export function registerLink(program: Command, context: CliContext): void {
  program
    .command("link")
    .description("link event claims across articles into incidents")
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
