import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TallyError } from "../../errors.js";
import { extractClaims } from "../../extract/index.js";
import { linkClaims } from "../../incidents/link.js";
import { contentHash, minhash, minhashBands } from "../fingerprint.js";
import type { ClaimGeo, NewArticle, Store } from "../types.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

// From FA-KES: a Reuters story on the Raqqa strikes, and a different story.
const RAQQA =
  "BEIRUT (Reuters) - U.S.-led coalition air strikes killed at least 42 people, including 18 children, in " +
  "the Syrian city of Raqqa on Tuesday, the Syrian Observatory for Human Rights said. The strikes hit the " +
  "al-Bado neighbourhood, where families had sheltered from weeks of fighting, the monitor said.";
const DOUMA =
  "Government shelling killed 12 civilians in the town of Douma in Eastern Ghouta on Sunday, the civil " +
  "defence said, as talks on a ceasefire stalled for a third week.";

const RAQQA_GEO: ClaimGeo = {
  gazetteerId: "geonames:163915",
  name: "Raqqa",
  lat: 35.95,
  lon: 39.01,
  admin1: "Raqqa",
  country: "Syria",
  countryCode: "SY",
  precision: "town",
  note: "",
};
const UNRESOLVED: ClaimGeo = {
  gazetteerId: null,
  name: null,
  lat: null,
  lon: null,
  admin1: null,
  country: null,
  countryCode: null,
  precision: "unresolved",
  note: "not in the gazetteer",
};

function article(
  text: string,
  outlet: string,
  geo: ClaimGeo = RAQQA_GEO,
  published = "2017-06-22",
): NewArticle {
  const claims = extractClaims(text, { published });
  return {
    docId: `${outlet}-1`,
    outlet,
    url: null,
    title: null,
    published,
    text,
    hash: contentHash({ outlet, title: null, text }),
    signature: minhash(text),
    origin: "test.jsonl:1",
    claims: claims.map((claim) => ({ claim, geo })),
  };
}

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-store-"));
  store = openSqliteStore(join(dir, "t.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SQLite store", () => {
  it("stores an article with its claims, their spans and places", () => {
    const run = store.beginRun("test");
    const [result] = store.storeArticles(run, [article(RAQQA, "Reuters")]);
    expect(result?.status).toBe("stored");
    const claims = [...store.claims({})];
    expect(claims.map((c) => [c.measure, c.victim, c.value])).toEqual([
      ["killed", "people", 42],
      ["killed", "children", 18],
    ]);
    const first = claims[0];
    expect(first?.geo).toEqual(RAQQA_GEO);
    expect(first?.docId).toBe("Reuters-1");
    expect(RAQQA.slice(first?.span.start, first?.span.end)).toBe(first?.quote);
    expect(store.counts()).toEqual({ articles: 1, claims: 2, runs: 1 });
  });

  it("stores the same content once", () => {
    const run = store.beginRun("test");
    const [first] = store.storeArticles(run, [article(RAQQA, "Reuters")]);
    const again = store.storeArticles(run, [article(RAQQA, "Reuters"), article(RAQQA, "Reuters")]);
    expect(again.map((r) => r.status)).toEqual(["present", "present"]);
    expect(again[0]?.status === "present" && first?.status === "stored" && again[0].id === first.id).toBe(
      true,
    );
    expect(store.knownHashes([contentHash({ outlet: "Reuters", title: null, text: RAQQA }), "x"]).size).toBe(
      1,
    );
    expect(store.counts().articles).toBe(1);
  });

  it("keeps one wire story under two outlets as two articles marked near-duplicates", () => {
    const run = store.beginRun("test");
    const results = store.storeArticles(run, [
      article(RAQQA, "Reuters"),
      article(`${RAQQA} (Reporting by Reuters)`, "Al Arabiya"),
      article(DOUMA, "SANA"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["stored", "stored", "stored"]);
    const [a, b, c] = results.map((r) => (r.status === "stored" ? r.id : -1));
    expect(store.article(a ?? 0)?.nearDuplicates).toEqual([b]);
    expect(store.article(b ?? 0)?.nearDuplicates).toEqual([a]);
    expect(store.article(c ?? 0)?.nearDuplicates).toEqual([]);
    // The first copy founded the story; the listing gives every article with its story.
    expect([...store.articles()].map((x) => [x.id, x.story])).toEqual([
      [a, a],
      [b, a],
      [c, c],
    ]);
  });

  it("keeps the copies of one story together, indexing reposts through the story's first article", () => {
    const run = store.beginRun("test");
    const copies = ["Reuters", "Al Arabiya", "Asharq Al-Awsat"].map((outlet) =>
      article(`${RAQQA} (${outlet})`, outlet),
    );
    const ids = store.storeArticles(run, copies).map((r) => (r.status === "stored" ? r.id : -1));
    expect(ids.every((id) => id > 0)).toBe(true);
    expect(store.article(ids[2] ?? 0)?.nearDuplicates).toEqual(ids.slice(0, 2));
    expect(store.article(ids[0] ?? 0)?.nearDuplicates).toEqual(ids.slice(1));
    // Only the first copy's LSH bands are stored: later copies do not add candidates.
    const db = new Database(join(dir, "t.db"), { readonly: true });
    expect(db.prepare("SELECT count(DISTINCT article_id) AS n FROM article_bands").get()).toEqual({ n: 1 });
    db.close();
  });

  it("joins two stories when an article nearly duplicates both", () => {
    // Three blocks of distinct words: AB and BC share a third of their shingles, ABC two thirds of each.
    const block = (k: number) => Array.from({ length: 60 }, (_, i) => `w${k}x${i}`).join(" ");
    const [a, b, c] = [block(1), block(2), block(3)];
    const run = store.beginRun("test");
    const [ab, bc] = store
      .storeArticles(run, [article(`${a} ${b}`, "One"), article(`${b} ${c}`, "Two")])
      .map((r) => (r.status === "stored" ? r.id : -1));
    expect(store.article(ab ?? 0)?.nearDuplicates).toEqual([]);
    const [abc] = store.storeArticles(run, [article(`${a} ${b} ${c}`, "Three")]);
    expect(abc?.status === "stored" && abc.nearDuplicates).toEqual([ab, bc]);
    const all = abc?.status === "stored" ? abc.id : -1;
    expect(store.article(ab ?? 0)?.nearDuplicates).toEqual([bc, all]);
    expect(store.article(bc ?? 0)?.nearDuplicates).toEqual([ab, all]);
  });

  it("rolls back an article that fails, alone and whole", () => {
    const run = store.beginRun("test");
    const bad = article(DOUMA, "SANA");
    // A claim that breaks a NOT NULL constraint after the article row went in.
    const [good] = bad.claims;
    if (!good) throw new Error("the fixture sentence should give a claim");
    const broken = { ...good, claim: { ...good.claim, quote: null as unknown as string } };
    const results = store.storeArticles(run, [{ ...bad, claims: [good, broken] }, article(RAQQA, "Reuters")]);
    expect(results[0]?.status).toBe("failed");
    expect(results[1]?.status).toBe("stored");
    expect(store.counts()).toEqual({ articles: 1, claims: 2, runs: 1 });
  });

  it("filters claims by measure, victim, place, province and dates", () => {
    const run = store.beginRun("test");
    store.storeArticles(run, [article(RAQQA, "Reuters"), article(DOUMA, "SANA", UNRESOLVED)]);
    expect([...store.claims({ victim: "children" })].map((c) => c.value)).toEqual([18]);
    expect([...store.claims({ place: "raqqa" })]).toHaveLength(2);
    expect([...store.claims({ place: "Douma" })].map((c) => c.value)).toEqual([12]);
    expect([...store.claims({ place: "Syria" })]).toHaveLength(2);
    expect([...store.claims({ since: "2017-06-20", until: "2017-06-20" })].map((c) => c.value)).toEqual([
      42, 18,
    ]);
    expect([...store.claims({ since: "2017-06-21" })].map((c) => c.value)).toEqual([]);
    expect([...store.claims({ measure: "injured" })]).toEqual([]);
  });
});

describe("incidents", () => {
  // Raqqa on 20 June 2017 (Reuters); Douma on 28 May, in a report published 2 June (SANA).
  function storeAndLink(): void {
    const run = store.beginRun("test");
    store.storeArticles(run, [article(RAQQA, "Reuters"), article(DOUMA, "SANA", UNRESOLVED, "2017-06-02")]);
    store.replaceIncidents(linkClaims(store.claimsToLink()));
  }

  it("knows the claims stored since the last link by the incidents: every linked claim is in one", () => {
    expect(store.firstUnlinkedDay()).toBeNull();
    const run = store.beginRun("test");
    store.storeArticles(run, [article(RAQQA, "Reuters"), article(DOUMA, "SANA", UNRESOLVED, "2017-06-02")]);
    expect(store.firstUnlinkedDay()).toBe("2017-05-28");
    store.replaceIncidents(linkClaims(store.claimsToLink()));
    expect(store.firstUnlinkedDay()).toBeNull();
    expect(store.incidentCounts()).toEqual({ incidents: 2, claims: 3, corroborated: 0 });
  });

  it("reads and replaces only the incidents ending on or after a day, and the claims in none", () => {
    storeAndLink();
    const douma = [...store.incidents()].filter((i) => i.firstDate === "2017-05-28");
    // AFP's copy of the Raqqa report: Raqqa is read again and replaced, Douma before it is not.
    store.storeArticles(store.beginRun("test"), [article(RAQQA, "AFP")]);
    expect(store.firstUnlinkedDay()).toBe("2017-06-20");
    const claims = store.claimsToLink("2017-06-18");
    expect(claims.map((c) => c.value)).toEqual([42, 18, 42, 18]);
    store.replaceIncidents(linkClaims(claims), "2017-06-18");
    expect([...store.incidents()].filter((i) => i.firstDate === "2017-05-28")).toEqual(douma);
    expect(store.incidentCounts()).toEqual({ incidents: 2, claims: 5, corroborated: 1 });
    // After the last incident's day: no claims to read, nothing replaced.
    expect(store.claimsToLink("2017-07-01")).toEqual([]);
    store.replaceIncidents([], "2017-07-01");
    expect(store.incidentCounts().incidents).toBe(2);
    // A claim in no incident is read only from its own day on: from a later day it waits, unlinked.
    store.storeArticles(store.beginRun("test"), [article(DOUMA, "AFP", UNRESOLVED, "2017-06-02")]);
    expect(store.claimsToLink("2017-06-18").map((c) => c.place)).toEqual([
      "Raqqa",
      "Raqqa",
      "Raqqa",
      "Raqqa",
    ]);
    // From its day: SANA's Douma incident too.
    const fromDouma = store.claimsToLink("2017-05-28").map((c) => c.place);
    expect(fromDouma.sort()).toEqual(["Douma", "Douma", "Raqqa", "Raqqa", "Raqqa", "Raqqa"]);
  });

  it("reads and writes atomically: what fails inside writes nothing", () => {
    storeAndLink();
    expect(() =>
      store.atomically(() => {
        store.replaceIncidents([]);
        throw new Error("linking failed");
      }),
    ).toThrow("linking failed");
    expect(store.incidentCounts().incidents).toBe(2);
  });
});

describe("migrations", () => {
  it("brings a new store to the current version, and reopens it unchanged", () => {
    store.close();
    const file = join(dir, "t.db");
    const db = new Database(file);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    store = openSqliteStore(file);
    expect(store.counts().runs).toBe(0);
  });

  it("opens a store made by an older Tally, keeping its data", () => {
    store.close();
    const file = join(dir, "v1.db");
    const old = new Database(file);
    const [first] = MIGRATIONS;
    if (!first) throw new Error("no migrations");
    old.exec(first.sql);
    old.pragma("user_version = 1");
    old
      .prepare("INSERT INTO ingest_runs (command, started_at) VALUES ('ingest old.csv', '2017-01-01')")
      .run();
    // An article as version 1 kept it: its MinHash signature in the articles row.
    const signature = minhash(RAQQA);
    old
      .prepare(
        `INSERT INTO articles (id, outlet, text, hash, signature, origin, run_id)
         VALUES (1, 'Reuters', ?, 'old-hash', ?, 'old.csv:2', 1)`,
      )
      .run(RAQQA, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    const insertBand = old.prepare("INSERT INTO article_bands (band, article_id) VALUES (?, 1)");
    for (const band of minhashBands(signature)) insertBand.run(band);
    // A repost that version 1 linked to it, both ways, as near-duplicate pairs.
    old
      .prepare(
        `INSERT INTO articles (id, outlet, text, hash, signature, origin, run_id)
         VALUES (2, 'AFP', ?, 'old-hash-2', ?, 'old.csv:3', 1)`,
      )
      .run(RAQQA, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    old.exec("INSERT INTO near_duplicates VALUES (2, 1, 1.0), (1, 2, 1.0)");
    old.close();
    store = openSqliteStore(file);
    expect(store.counts().runs).toBe(1);
    // The old pair became a story; the old signatures moved: a repost of them joins it.
    expect(store.article(2)?.nearDuplicates).toEqual([1]);
    const [repost] = store.storeArticles(store.beginRun("test"), [article(RAQQA, "Al Jazeera")]);
    expect(repost?.status === "stored" && repost.nearDuplicates).toEqual([1]);
    expect(store.article(1)?.nearDuplicates).toEqual([2, repost?.status === "stored" ? repost.id : -1]);
    store.finishRun(1, {
      stored: 1,
      present: 0,
      rejected: 0,
      claims: 2,
      unresolvedPlaces: 0,
      nearDuplicates: 1,
    });
    const check = new Database(file, { readonly: true });
    expect(check.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare("SELECT near_duplicates FROM ingest_runs").get()).toEqual({ near_duplicates: 1 });
    check.close();
  });

  it("refuses a store made by a newer Tally, naming the file", () => {
    store.close();
    const file = join(dir, "newer.db");
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    let error: unknown;
    try {
      store = openSqliteStore(file);
    } catch (e) {
      error = e;
      store = openSqliteStore(join(dir, "t.db"));
    }
    expect(error).toBeInstanceOf(TallyError);
    expect((error as TallyError).describe()).toMatch(
      /newer\.db: the store has schema version \d+, newer than/,
    );
  });

  it("says a file that is not a database cannot be opened, naming it", () => {
    const file = join(dir, "not-a-db.db");
    writeFileSync(file, "just some text, not SQLite at all".repeat(200));
    expect(() => openSqliteStore(file)).toThrow(/cannot open the store/);
  });
});
