// What a command gets from the entry point: its streams, and one way to report a problem.
import type { TallyError } from "../errors.js";

export interface CliContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** For progress on a terminal; problems go through report. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /**
   * Reports a problem that does not stop the command (a malformed input line). The entry point prints it
   * and turns it into the exit code. Problems that do stop the command are thrown as TallyError.
   */
  report: (problem: TallyError) => void;
}

/** Writes text, waiting for the stream to drain when its buffer is full, so large outputs stay bounded. */
export async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text)) return;
  await new Promise<void>((resolve) => out.once("drain", resolve));
}
