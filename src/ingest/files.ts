// File checks shared by the readers: IO errors as TallyErrors, binary files refused, strict UTF-8,
// and the one text normalisation every reader applies (line endings and trimming, nothing else).
import { open, readFile, stat } from "node:fs/promises";
import { ioError, TallyError } from "../errors.js";
import { formatBytes } from "./lines.js";

/** Bytes looked at for NUL bytes to tell a binary file from a text one. */
const SNIFF_BYTES = 8192;

export const binaryError = (file: string) => new TallyError("INPUT", "binary file, not text", { file });

export const isBinary = (head: Uint8Array) => head.subarray(0, SNIFF_BYTES).includes(0);

/** The whole file as text: an IO error if unreadable, an INPUT error if too big, binary or not UTF-8. */
export async function readTextFile(file: string, maxBytes: number): Promise<string | TallyError> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > maxBytes)
      return new TallyError("INPUT", `file is larger than ${formatBytes(maxBytes)}`, { file });
    bytes = await readFile(file);
  } catch (error) {
    return ioError(file, error);
  }
  if (isBinary(bytes)) return binaryError(file);
  try {
    // The decoder drops a byte order mark.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TallyError("INPUT", "not valid UTF-8", { file, line: firstBadLine(bytes) });
  }
}

/** The first bytes of a file that will be streamed, to check it is text before reading it all. */
export async function sniffFile(file: string): Promise<true | TallyError> {
  try {
    const handle = await open(file);
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      return isBinary(buffer.subarray(0, bytesRead)) ? binaryError(file) : true;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return ioError(file, error);
  }
}

/** The number of the first line that is not valid UTF-8 (only called once decoding has failed). */
function firstBadLine(bytes: Buffer): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  for (let from = 0; from < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, from);
    const end = nl === -1 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(from, end));
    } catch {
      return line;
    }
    from = end + 1;
  }
  return undefined;
}

/** Article text as given, with "\r\n" and "\r" made "\n" and the ends trimmed. */
export const normaliseText = (text: string) => text.replace(/\r\n?/g, "\n").trim();
