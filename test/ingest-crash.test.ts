// `kill -9` during an ingest: what was committed stays, nothing is half-stored, and running the
// same command again stores the rest exactly once. The ingest runs as a real process.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims } from "../src/extract/index.js";
import { root } from "./helpers/run-tally.js";

const ARTICLES = 2400;

/** A deterministic pseudo-random generator, so every run ingests the same input. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PLACES = ["Raqqa", "Douma", "Idlib", "Deir ez-Zor", "al-Bab", "Manbij", "Khan Shaykhun", "Daraa"];
const SYLLABLES = "ka ra mi to lu se an del ber quo vin sha tel om ud pri gan zor fe hi".split(" ");

/** Articles with a real casualty sentence each, padded with unrelated pseudo-words so no two are near-duplicates. */
function syntheticArticles(): string {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const word = () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const filler = Array.from({ length: 60 }, word).join(" ");
    const text =
      `Air strikes killed at least ${5 + (i % 90)} civilians in ${pick(PLACES)} on Tuesday, ` +
      `the Syrian Observatory for Human Rights said. ${filler}.`;
    lines.push(JSON.stringify({ id: `a${i}`, published: "2017-06-22", text, outlet: "Test Wire" }));
  }
  return `${lines.join("\n")}\n`;
}

let dir: string;
let input: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-crash-"));
  input = join(dir, "articles.jsonl");
  db = join(dir, "tally.db");
  writeFileSync(input, syntheticArticles());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startIngest(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", input, "--db", db], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function storedArticles(): number {
  try {
    const read = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (read.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      read.close();
    }
  } catch {
    return 0; // not created yet, or its tables not yet there
  }
}

/** Starts an ingest and kills it (SIGKILL) once at least `atLeast` articles are committed. */
async function ingestKilledAfter(atLeast: number): Promise<void> {
  const child = startIngest();
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  while (storedArticles() < atLeast) {
    if (child.exitCode !== null) throw new Error("the ingest finished before it could be killed");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill("SIGKILL");
  await exited;
}

function completeIngest(): Promise<{ code: number | null; stderr: string }> {
  const child = startIngest();
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

/** Every stored article whole: its claims are exactly those the extractor finds in it. */
function checkStore(): { articles: number; distinctDocs: number } {
  const read = new Database(db, { readonly: true });
  try {
    expect(read.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = read
      .prepare(
        `SELECT a.doc_id, a.text, a.published, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
         FROM articles a`,
      )
      .all() as Array<{ doc_id: string; text: string; published: string; claims: number }>;
    for (const row of rows)
      expect(row.claims, row.doc_id).toBe(extractClaims(row.text, { published: row.published }).length);
    return { articles: rows.length, distinctDocs: new Set(rows.map((r) => r.doc_id)).size };
  } finally {
    read.close();
  }
}

describe("ingest killed with SIGKILL", () => {
  it("keeps what was committed, holds no half-stored article, and completes the rest exactly once", async () => {
    await ingestKilledAfter(1);
    const first = checkStore();
    expect(first.articles).toBeGreaterThan(0);
    expect(first.articles).toBeLessThan(ARTICLES);

    await ingestKilledAfter(first.articles + 500);
    const second = checkStore();
    expect(second.articles).toBeGreaterThan(first.articles);
    expect(second.articles).toBeLessThan(ARTICLES);

    const run = await completeIngest();
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(
        `^stored ${ARTICLES - second.articles} articles \\(${second.articles} already present, 0 rejected\\)`,
      ),
    );
    expect(checkStore()).toEqual({ articles: ARTICLES, distinctDocs: ARTICLES });

    // Once more: nothing new.
    const again = await completeIngest();
    expect(again.stderr).toMatch(
      new RegExp(`^stored 0 articles \\(${ARTICLES} already present, 0 rejected\\)`),
    );
  }, 120_000);
});
