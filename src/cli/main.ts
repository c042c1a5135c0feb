// The tally command line. This is the one place where errors become messages and exit codes: commands
// throw or report TallyError, main() prints each as one line (never a stack trace) and returns
// the exit code, and runCli() alone hands it to the process.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { EXIT_CODES, TallyError } from "../errors.js";
import { registerArticles } from "./commands/articles.js";
import { registerClaims } from "./commands/claims.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerIncident } from "./commands/incident.js";
import { registerIngest } from "./commands/ingest.js";
import { registerLink } from "./commands/link.js";
import { registerServe } from "./commands/serve.js";
import type { CliContext } from "./context.js";

/** Each command adds itself to the program. Add ingest, claims, link, serve… here. */
const COMMANDS: ReadonlyArray<(program: Command, context: CliContext) => void> = [
  registerExtract,
  registerIngest,
  registerClaims,
  registerLink,
  registerIncident,
  registerExport,
  registerArticles,
  registerServe,
];

export function buildProgram(context: CliContext): Command {
  const program = new Command("tally")
    .description("Track casualty claims in conflict news: extract, link, reconcile, grade.")
    .exitOverride()
    // Commander's own error lines are printed by main(), with the others; help still goes to stdout.
    .configureOutput({ outputError: () => {} });
  for (const register of COMMANDS) register(program, context);
  return program;
}

export interface CliStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Runs the command line (arguments after the node binary and script) and returns the exit code. */
export async function main(args: readonly string[], streams: CliStreams): Promise<number> {
  let exitCode = 0;
  const fail = (error: TallyError) => {
    // "file:line: reason" where the place is known (editors link to it), else "tally: reason".
    streams.stderr.write(error.file === undefined ? `tally: ${error.message}\n` : `${error.describe()}\n`);
    exitCode = Math.max(exitCode, EXIT_CODES[error.code]);
  };
  const program = buildProgram({
    stdin: streams.stdin,
    stdout: streams.stdout,
    stderr: streams.stderr,
    report: fail,
  });
  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help exits 0; help shown because no command was given exits 1. Commander printed both.
      if (error.exitCode === 0) return exitCode;
      if (error.code === "commander.help") return Math.max(exitCode, EXIT_CODES.USAGE);
      fail(new TallyError("USAGE", `${error.message.replace(/^error: /, "")} (run with --help for usage)`));
    } else if (error instanceof TallyError) {
      fail(error);
    } else {
      fail(
        new TallyError(
          "INTERNAL",
          `internal error: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  }
  return exitCode;
}

/** The process entry point: the only code that sets the exit code. */
export async function runCli(): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // The reader went away (`tally extract … | head`): stop quietly, as Unix tools do.
    if (error.code === "EPIPE") process.exit(0);
    process.stderr.write(`tally: cannot write output: ${error.message}\n`);
    process.exit(EXIT_CODES.IO);
  });
  process.exitCode = await main(process.argv.slice(2), process);
}

/** True when this module is the script node was started with (not when it is imported, as by bin/tally.js). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runCli();
