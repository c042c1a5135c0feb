// Every article in the files and folders given: folders are read recursively in sorted order
// (hidden names and unknown extensions skipped silently), each file by the reader for its
// extension. A file named on the command line with an unknown extension is an error item.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { ioError, TallyError } from "../errors.js";
import { readCsv } from "./read-csv.js";
import { readFeed } from "./read-feed.js";
import { readHtml } from "./read-html.js";
import { readJsonl } from "./read-jsonl.js";
import { readTxt } from "./read-txt.js";
import type { IngestItem, ReadSourcesOptions } from "./types.js";

type Reader = (file: string, options: ReadSourcesOptions) => AsyncGenerator<IngestItem>;

const READERS: ReadonlyMap<string, Reader> = new Map([
  [".txt", readTxt],
  [".html", readHtml],
  [".htm", readHtml],
  [".xml", readFeed],
  [".rss", readFeed],
  [".atom", readFeed],
  [".csv", readCsv],
  [".jsonl", readJsonl],
  [".ndjson", readJsonl],
]);

/** The reader for a file name, by its extension (case-insensitive), or undefined. */
export const readerFor = (file: string): Reader | undefined => READERS.get(extname(file).toLowerCase());

/** Articles and errors from every path in turn; "-" is JSON Lines on options.stdin. */
export async function* readSources(
  paths: readonly string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<IngestItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* readJsonl(path, options);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield ioError(path, error);
      continue;
    }
    if (isDirectory) {
      yield* readFolder(path, options, new Set());
      continue;
    }
    const reader = readerFor(path);
    if (reader) yield* reader(path, options);
    else yield unknownType(path);
  }
}

function unknownType(file: string): TallyError {
  const known = [...READERS.keys()].join(", ");
  return new TallyError(
    "INPUT",
    `unknown file type "${extname(file) || "(none)"}"; expected one of ${known}`,
    {
      file,
    },
  );
}

/** The files under a folder, depth first in name order; `seen` guards against symlink loops. */
async function* readFolder(
  folder: string,
  options: ReadSourcesOptions,
  seen: Set<string>,
): AsyncGenerator<IngestItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield ioError(folder, error);
    return;
  }
  // Code-point order, not the locale's, so every machine reads a folder the same way.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link is not an input
      }
    }
    if (isDirectory) yield* readFolder(path, options, seen);
    else if (isFile) {
      const reader = readerFor(path);
      if (reader) yield* reader(path, options);
    }
  }
}
