// Relinking a store after each ingest, only over what changed, against linking every claim at once:
// generated reports of a crowded three weeks (neighbouring towns, their province, cities far apart,
// every kind of date), stored in random batches and random orders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Random, seededRandom, TEST_PLACES } from "../../test/helpers/random.js";
import { type Claim, MEASURES, VICTIMS, WEAPONS } from "../extract/types.js";
import { resolvePlace } from "../places/index.js";
import { contentHash, minhash } from "../store/fingerprint.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { ClaimGeo, NewArticle, Store, StoredIncident } from "../store/types.js";
import { linkClaims } from "./link.js";
import { daysBefore, type LinkSummary, relink, relinkChanged } from "./relink.js";
import type { Incident } from "./types.js";

const LAST_DAY = "2018-02-21";

/** `count` reports, each published on one of 21 days and telling 1–4 figures of the days before. */
function reports(random: Random, count: number): NewArticle[] {
  return Array.from({ length: count }, (_, k) => {
    const published = daysBefore(LAST_DAY, Math.floor(random.next() * 21));
    const text = `Report ${k} of the war, published ${published}.`;
    const outlet = random.pick(["Reuters", "SANA", "Al Jazeera", "AFP"]);
    const claims = Array.from({ length: 1 + Math.floor(random.next() * 4) }, (_, seq) =>
      figure(random, `doc-${k} #${seq}`, published),
    );
    return {
      docId: `doc-${k}`,
      outlet,
      url: null,
      title: null,
      published,
      text,
      hash: contentHash({ outlet, title: null, text }),
      signature: minhash(text),
      origin: `generated:${k}`,
      claims,
    };
  });
}

function figure(random: Random, quote: string, published: string): { claim: Claim; geo: ClaimGeo } {
  const place = random.next() < 0.05 ? null : random.pick(TEST_PLACES);
  const { query: _query, ...geo } = resolvePlace(place ?? "", {});
  const precision = random.pick(["day", "day", "day", "week", "unknown"] as const);
  const date =
    random.next() < 0.05
      ? null
      : precision === "unknown"
        ? published
        : daysBefore(published, random.pick([0, 1, 1, 2]));
  const claim: Claim = {
    measure: random.pick(MEASURES),
    victim: random.pick(VICTIMS),
    value: 1 + Math.floor(random.next() * 50),
    high: null,
    qualifier: "exact",
    scope: random.next() < 0.1 ? "aggregate" : "event",
    place,
    date,
    datePrecision: precision,
    actor: null,
    weapon: random.pick([null, null, ...WEAPONS]),
    source: null,
    quote,
    span: { field: "text", start: 0, end: 1 },
    rule: "generated",
    reason: "generated",
  };
  return { claim, geo };
}

/**
 * Incidents as content: claims named by their quote, not their storage id, so stores filled in
 * different orders compare. The store keeps one link a claim (its last), so linkClaims' are read so.
 */
type Shape = Array<{
  id: string;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  claims: string[];
}>;

function storedShape(store: Store): Shape {
  return [...store.incidents()]
    .map((i: StoredIncident) => {
      const quote = new Map(i.claims.map((c) => [c.id, c.quote]));
      const claims = i.claims.map(
        (c) => `${c.quote}${c.link ? ` → ${quote.get(c.link.to)} (${c.link.rule}: ${c.link.reason})` : ""}`,
      );
      return {
        id: i.id,
        firstDate: i.firstDate,
        lastDate: i.lastDate,
        articles: i.articles,
        claims: claims.sort(),
      };
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}

function linkedShape(incidents: readonly Incident[], quoteOf: ReadonlyMap<number, string>): Shape {
  return incidents.map((i) => {
    const link = new Map(i.links.map((l) => [l.claim, l]));
    const claims = i.claims.map((id) => {
      const l = link.get(id);
      return `${quoteOf.get(id)}${l ? ` → ${quoteOf.get(l.to)} (${l.rule}: ${l.reason})` : ""}`;
    });
    return {
      id: i.id,
      firstDate: i.firstDate,
      lastDate: i.lastDate,
      articles: i.articles,
      claims: claims.sort(),
    };
  });
}

/** Every incident linking all the store's claims at once makes, without writing them. */
function linkedAtOnce(store: Store): Shape {
  const quoteOf = new Map([...store.claims({})].map((c) => [c.id, c.quote]));
  return linkedShape(linkClaims(store.claimsToLink()), quoteOf);
}

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tally-relink-"));
});
afterEach(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function batches<T>(random: Random, items: readonly T[], most: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; ) {
    const size = 1 + Math.floor(random.next() * most);
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

describe("relinking what changed", () => {
  const articles = reports(seededRandom(1), 160);

  it("gives exactly the incidents of linking every claim at once, whatever the batches and their order", () => {
    let first: Shape | undefined;
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      store = openSqliteStore(join(dir, `order-${seed}.db`));
      for (const batch of batches(random, random.shuffle(articles), 30)) {
        store.storeArticles(store.beginRun("test"), batch);
        // Now and then an ingest stopped before linking: its claims are linked by the next one.
        if (random.next() < 0.8) relinkChanged(store);
      }
      relinkChanged(store);
      const incremental = storedShape(store);
      expect(incremental).toEqual(linkedAtOnce(store));
      relink(store);
      expect(storedShape(store)).toEqual(incremental);
      // The same incidents, ids, claims and links in every order.
      first ??= incremental;
      expect(incremental).toEqual(first);
      store.close();
    }
    // Crowded enough to test something: incidents of many claims and many articles.
    expect(first?.filter((i) => i.claims.length > 5).length).toBeGreaterThan(10);
  });

  it("keeps the incidents before a day's news as they were, relinking the last days only", () => {
    store = openSqliteStore(join(dir, "daily.db"));
    const days = [...new Set(articles.map((a) => a.published ?? ""))].sort();
    const summaries: LinkSummary[] = [];
    for (const day of days) {
      store.storeArticles(
        store.beginRun("test"),
        articles.filter((a) => a.published === day),
      );
      summaries.push(relinkChanged(store));
      expect(storedShape(store)).toEqual(linkedAtOnce(store));
    }
    const last = summaries.at(-1);
    // The last day of 21, the two before it, and the incidents reaching into them: well under all.
    expect(last?.relinked).toBeLessThan((last?.claims ?? 0) / 3);
    expect(last?.kept).toBe((last?.claims ?? 0) - (last?.relinked ?? 0));
    // Nothing new: nothing relinked.
    expect(relinkChanged(store)).toEqual({ ...last, relinked: 0, kept: last?.claims });
    expect(relink(store)).toEqual({ ...last, relinked: last?.claims, kept: 0 });
  });
});
