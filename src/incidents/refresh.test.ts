// The stored summaries and verdicts (refresh.ts) are what computing them afresh over the whole
// store gives, after every incremental ingest, whatever the order the articles come in: the
// duplicate rule looks across incidents, and stories join as articles arrive.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../test/helpers/random.js";
import { ingest } from "../ingest/run-ingest.js";
import { MIGRATIONS } from "../store/sqlite/migrations.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/types.js";
import { gradeStore } from "./grade-store.js";
import { ensureSummaries } from "./refresh.js";
import { relink, relinkChanged } from "./relink.js";
import { summarize } from "./summary.js";
import { judgeStore } from "./verdicts.js";

const dir = mkdtempSync(join(tmpdir(), "tally-refresh-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = ["discounted.jsonl", "khan-shaykhun.jsonl"].flatMap((f) =>
  readFileSync(join("test/fixtures/incidents", f), "utf8").trim().split("\n"),
);

async function ingestLines(store: Store, lines: readonly string[], name: string): Promise<void> {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  await ingest([file], store, { report: (e) => expect.fail(e.describe()), workers: 0 });
  relinkChanged(store);
}

/** What the store holds against what computing everything afresh gives. */
function expectFresh(store: Store): void {
  const incidents = [...store.incidents()];
  const graded = gradeStore(store, incidents);
  const fresh = incidents.map((i) => summarize(i, undefined, graded.get(i.id)));
  expect([...store.allSummaries()]).toEqual(fresh);
  for (const i of incidents) expect(store.incidentSummary(i.id)?.reasons).toEqual(graded.get(i.id)?.reasons);
  const verdicts = [...judgeStore(store)].map(([id, j]) => [
    id,
    { verdict: j.verdict, disagreements: j.disagreements, agreements: j.agreements },
  ]);
  expect([...store.verdicts()]).toEqual(verdicts);
  expect(store.summariesStale()).toBe(false);
}

describe("refreshSummaries", () => {
  it("keeps stored summaries and verdicts equal to fresh ones, ingest by ingest, in any order", async () => {
    const random = seededRandom(6);
    for (let run = 0; run < 4; run++) {
      const store = openSqliteStore(join(dir, `order-${run}.db`));
      const lines = run === 0 ? LINES : random.shuffle(LINES);
      for (const [i, line] of lines.entries()) {
        await ingestLines(store, [line], `r${run}-${i}`);
        expectFresh(store);
      }
      expect([...store.allSummaries()].map((s) => s.grade)).toContain("discounted");
      relink(store);
      expectFresh(store);
      store.close();
    }
  });

  it("computes the summaries of a store linked by an older Tally when it is next read", async () => {
    const file = join(dir, "v5.db");
    const store = openSqliteStore(file);
    await ingestLines(store, LINES, "all");
    const expected = [...store.allSummaries()];
    store.close();
    // As schema version 5 left it: incidents, no summary tables.
    const old = new Database(file);
    old.exec(
      `DROP TABLE incident_summaries; DROP TABLE incident_kinds; DROP TABLE incident_places; DROP TABLE timeline_days;
       DROP TABLE article_verdicts; DROP TABLE store_flags; DROP INDEX articles_outlet;
       DROP INDEX claims_aggregates; DROP INDEX claims_province_aggregates;`,
    );
    old.pragma("user_version = 5");
    old.close();
    const reopened = openSqliteStore(file);
    expect(reopened.summariesStale()).toBe(true);
    expect([...reopened.allSummaries()]).toEqual([]);
    ensureSummaries(reopened);
    expect([...reopened.allSummaries()]).toEqual(expected);
    expectFresh(reopened);
    reopened.close();
  });

  it("marks a store with no incidents fresh at migration", () => {
    const file = join(dir, "empty-v5.db");
    const old = new Database(file);
    for (const m of MIGRATIONS.filter((m) => m.version <= 5)) old.exec(m.sql);
    old.pragma("user_version = 5");
    old.close();
    const store = openSqliteStore(file);
    expect(store.summariesStale()).toBe(false);
    store.close();
  });
});
