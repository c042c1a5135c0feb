// One error type for the whole tool. Codes map to exit codes in one place (src/cli/main.ts).

export type TallyErrorCode =
  | "USAGE" // bad command-line use
  | "INPUT" // a malformed input record: file and line are known
  | "IO" // a file could not be read or written
  | "INTERNAL";

export class TallyError extends Error {
  readonly code: TallyErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: TallyErrorCode, message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = "TallyError";
    this.code = code;
    this.file = where.file;
    this.line = where.line;
  }

  /** "file:line: message", the form editors and terminals link to. */
  describe(): string {
    const at = this.file ? `${this.file}${this.line !== undefined ? `:${this.line}` : ""}: ` : "";
    return `${at}${this.message}`;
  }
}

export const EXIT_CODES: Record<TallyErrorCode, number> = { USAGE: 64, INPUT: 2, IO: 74, INTERNAL: 70 };

/** A file that could not be read, as a TallyError naming it ("cannot read: no such file"). */
export function ioError(file: string, error: unknown): TallyError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
  return new TallyError("IO", `cannot read: ${reason}`, { file });
}
