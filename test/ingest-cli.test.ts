// `tally ingest` and `tally claims`, run as real processes from the TypeScript sources.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tally } from "./helpers/run-tally.js";

const fixtures = "test/fixtures/ingest";

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-ingest-cli-"));
  db = join(dir, "tally.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally ingest", () => {
  it("stores the FA-KES layout without flags, and says what it did in one line", async () => {
    const run = await tally(["ingest", `${fixtures}/fa-kes-excerpt.csv`, "--db", db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^stored 4 articles \(0 already present, 0 rejected\), \d+ claims, \d+ places unresolved/,
    );
  });

  it("stores nothing twice", async () => {
    const run = await tally(["ingest", `${fixtures}/fa-kes-excerpt.csv`, "--db", db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^stored 0 articles \(4 already present, 0 rejected\), 0 claims/);
  });

  it("reports bad records with file and line, stores the good ones, and exits 2", async () => {
    const run = await tally([
      "ingest",
      `${fixtures}/jsonl/mixed.jsonl`,
      `${fixtures}/csv/broken.csv`,
      "--db",
      db,
    ]);
    expect(run.code).toBe(2);
    noStackTrace(run.stderr);
    expect(run.stderr).toMatch(/test\/fixtures\/ingest\/jsonl\/mixed\.jsonl:\d+: /);
    expect(run.stderr).toMatch(/test\/fixtures\/ingest\/csv\/broken\.csv:\d+: /);
    const summary = /stored (\d+) articles \((\d+) already present, (\d+) rejected\)/.exec(run.stderr);
    expect(Number(summary?.[1])).toBeGreaterThan(0);
    expect(Number(summary?.[3])).toBeGreaterThan(0);
  });

  it("reads a folder of pages, feeds and text files", async () => {
    const folder = join(dir, "folder.db");
    const run = await tally([
      "ingest",
      `${fixtures}/pages`,
      `${fixtures}/feeds`,
      `${fixtures}/txt`,
      "--db",
      folder,
    ]);
    // The empty page and a feed item without text are rejected; the rest are stored.
    expect(run.stderr).toMatch(/empty-page\.html: /);
    expect(run.stderr).toMatch(/ahram-syria\.rss:17: item 2 has no text/);
    expect(run.stderr).toMatch(/stored [1-9]\d* articles \(0 already present, 2 rejected\)/);
    expect(run.code).toBe(2);
  });

  it("names a missing input and a bad --map without a stack trace", async () => {
    const missing = await tally(["ingest", "no/such/file.jsonl", "--db", db]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no\/such\/file\.jsonl/);
    noStackTrace(missing.stderr);
    const badMap = await tally(["ingest", `${fixtures}/csv/mapped.csv`, "--map", "text", "--db", db]);
    expect(badMap.code).toBe(64);
    expect(badMap.stderr).toMatch(/FIELD=COLUMN/);
  });
});

describe("tally claims", () => {
  it("lists the stored claims as CSV that a CSV parser reads back, with coordinates", async () => {
    const run = await tally(["claims", "--db", db, "--format", "csv"]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(5);
    const aleppo = rows.find((r) => r.place === "Aleppo");
    expect(aleppo?.country).toBe("Syria");
    expect(Number(aleppo?.latitude)).toBeCloseTo(36.2, 0);
    for (const row of rows) expect(row.quote?.length).toBeGreaterThan(0);
  });

  it("filters by measure, victim, place and dates", async () => {
    const json = async (...args: string[]) =>
      (await tally(["claims", "--db", db, "--format", "json", ...args])).stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { measure: string; victim: string; date: string; place: string });
    const all = await json();
    const killed = await json("--measure", "killed");
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((c) => c.measure === "killed")).toBe(true);
    expect(killed.length).toBeLessThan(all.length);
    const inAleppo = await json("--place", "aleppo");
    expect(inAleppo.length).toBeGreaterThan(0);
    expect(inAleppo.length).toBeLessThan(all.length);
    expect(await json("--limit", "3")).toHaveLength(3);
    // Dated claims first, in date order; undated ones last.
    const dates = all.map((c) => c.date);
    const firstNull = dates.indexOf(null as unknown as string);
    expect(firstNull === -1 || dates.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    const april = await json("--since", "2017-04-01", "--until", "2017-04-30");
    expect(april.every((c) => c.date >= "2017-04-01" && c.date.slice(0, 10) <= "2017-04-30")).toBe(true);
  });

  it("refuses an unknown measure and a bad date, naming the option", async () => {
    const run = await tally(["claims", "--db", db, "--measure", "kiled"]);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/--measure/);
    const date = await tally(["claims", "--db", db, "--since", "last week"]);
    expect(date.code).toBe(64);
    expect(date.stderr).toMatch(/ISO date/);
  });
});
