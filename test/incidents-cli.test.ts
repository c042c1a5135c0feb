// `tally link` and `tally incident`, run as real processes on a store built from a fixture: two
// outlets on the Khan Shaykhun attack of 4 April 2017, a rocket attack on Aleppo that day, and a
// monitor's toll for Khan Shaykhun since January.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STACK_LINE, tally } from "./helpers/run-tally.js";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tally-incidents-"));
  db = join(dir, "tally.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally link and tally incident", () => {
  it("links after ingest, and again on demand with the same result", async () => {
    const ingest = await tally(["ingest", "test/fixtures/incidents/khan-shaykhun.jsonl", "--db", db]);
    expect(ingest.code).toBe(0);
    const afterIngest =
      /linked \d+ event claims into (\d+) incidents \((\d+) told by more than one article\)/.exec(
        ingest.stderr,
      );
    expect(afterIngest?.[2]).toBe("1");
    const link = await tally(["link", "--db", db]);
    expect(link.code).toBe(0);
    expect(link.stdout).toContain(`into ${afterIngest?.[1]} incidents (1 told by more than one article)`);
    // Ingest linked what it stored; link relinks every claim.
    expect(ingest.stderr).toMatch(/; (\d+) relinked, 0 kept as they were\n/);
    expect(link.stdout).toMatch(/linked (\d+) event claims .*; \1 relinked, 0 kept as they were\n/);
    const again = await tally(["ingest", "test/fixtures/incidents/khan-shaykhun.jsonl", "--db", db]);
    expect(again.stderr).toMatch(/; 0 relinked, \d+ kept as they were\n/);
  });

  it("explains an incident: both outlets side by side, and why they were linked", async () => {
    const store = new Database(db, { readonly: true });
    const row = store.prepare("SELECT id FROM incidents WHERE articles = 2").get() as
      | { id: string }
      | undefined;
    store.close();
    const shown = await tally(["incident", row?.id ?? "", "--db", db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^inc-[0-9a-f]{12}: \d+ claims from 2 articles, 2017-04-04\n/);
    // Reuters quotes the Observatory (at least 58), Al Jazeera the UOSSM (at least 72).
    expect(shown.stdout).toMatch(/\ngrade: fair \(2 independent sources: /);
    expect(shown.stdout).toMatch(/\nkilled people: low 58, best 72, high 72 \(best 72: agreed by 2 of 2/);
    expect(shown.stdout).toContain("Reuters");
    expect(shown.stdout).toContain("Al Jazeera");
    expect(shown.stdout).toMatch(
      /place:same\+date:same \(both in Khan Sh\w+; both on 2017-04-04; both by chemical\)/,
    );
    expect(shown.stdout).not.toContain("SANA");
    // The Observatory's toll since January is shown beside the incident, not summed into it.
    expect(shown.stdout).toMatch(
      /period tallies covering it \(never summed with it\):\n {2}Orient News \(Syrian Observatory for Human Rights\): 300 civilians killed since 2017-01-01/,
    );
  });

  it("lists articles with their verdicts: the two agreeing reports consistent, the lone one unverified", async () => {
    const run = await tally(["articles", "--db", db, "--format", "json"]);
    expect(run.code).toBe(0);
    const verdicts = Object.fromEntries(
      run.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { docId: string; verdict: string })
        .map((r) => [r.docId, r.verdict]),
    );
    expect(verdicts).toEqual({
      "ks-reuters": "consistent",
      "ks-aljazeera": "consistent",
      "aleppo-sana": "unverified",
    });
    const only = await tally(["articles", "--db", db, "--verdict", "inconsistent"]);
    expect(only.stdout).toMatch(/^0 articles\n/);
  });

  it("says an unknown incident is unknown, without a stack trace", async () => {
    const run = await tally(["incident", "inc-000000000000", "--db", db]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/no incident inc-000000000000/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("discounted incidents", () => {
  // A Reuters story and its repost a week later (its "on Monday" is another Monday), a report the
  // Observatory denies, and one the blamed party (Russia) denies.
  let store: string;
  beforeAll(async () => {
    store = join(dir, "discounted.db");
    const run = await tally(["ingest", "test/fixtures/incidents/discounted.jsonl", "--db", store]);
    if (run.code !== 0) throw new Error(run.stderr);
  });

  async function shown(date: string): Promise<string> {
    const db = new Database(store, { readonly: true });
    const row = db.prepare("SELECT id FROM incidents WHERE first_date = ?").get(date) as { id: string };
    db.close();
    const run = await tally(["incident", row.id, "--db", store]);
    expect(run.code).toBe(0);
    return run.stdout;
  }

  it("discounts the repost's incident as a duplicate of the original's, which is kept", async () => {
    const original = await shown("2017-06-05");
    expect(original).toMatch(/\ngrade: weak \(one source: /);
    const kept = /^(inc-[0-9a-f]{12}):/.exec(original)?.[1];
    expect(await shown("2017-06-12")).toContain(
      `\ngrade: discounted (duplicate of ${kept}: its article reposts an article told there)\n`,
    );
  });

  it("discounts a report a monitor calls false, and contests one the blamed party denies", async () => {
    expect(await shown("2017-07-10")).toMatch(
      /\ngrade: discounted \(reported wrongly: Syrian Observatory for Human Rights, not the party blamed \(Russia\), says "denied reports"/,
    );
    expect(await shown("2017-05-31")).toMatch(
      /\ngrade: contested \(Russia, the party blamed, denies it: "denied"/,
    );
  });
});
