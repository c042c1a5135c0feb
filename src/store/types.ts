// The repository: everything the rest of Tally asks of a store, as plain data. SQLite
// (sqlite/sqlite-store.ts) implements it; a PostgreSQL store would implement the same interface
// beside it and be chosen in open-store.ts.
import type { Claim } from "../extract/types.js";
import type { Duplicate } from "../incidents/discount.js";
import type { Verdict } from "../incidents/judge.js";
import type { IncidentSummary } from "../incidents/summary.js";
import type { Incident, LinkClaim } from "../incidents/types.js";
import type { GeoPrecision, ResolvedPlace } from "../places/types.js";

export type { GeoPrecision };

/** Where a claim's place is on the map, as the gazetteer resolved it (src/places). */
export type ClaimGeo = Omit<ResolvedPlace, "query">;

/** An article as its input tells it: what ingest reads and the store keeps. */
export interface ArticleFields {
  /** The id the input gave it (JSONL "id", a CSV id column, a feed item's guid), if any. */
  docId: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
  /** ISO date YYYY-MM-DD (or a full ISO timestamp), or null when nothing gives it. */
  published: string | null;
  /** The article's main text, boilerplate removed. */
  text: string;
}

/** An article to store, with what extraction and the gazetteer made of it. */
export interface NewArticle extends ArticleFields {
  /** Content hash (fingerprint.ts): the same article is stored once. */
  hash: string;
  /** MinHash signature (fingerprint.ts): near-duplicates (one wire story, two outlets) are alike. */
  signature: Uint32Array;
  /** File and line or record it came from. */
  origin: string;
  claims: ReadonlyArray<{ claim: Claim; geo: ClaimGeo }>;
}

export interface StoredArticle extends ArticleFields {
  id: number;
  hash: string;
  origin: string;
  runId: number;
  /** Ids of stored articles this one nearly duplicates. */
  nearDuplicates: number[];
  /** The story it belongs to: the id of the article that founded it (its own id for a founder). */
  story: number;
}

export interface StoredClaim extends Claim {
  id: number;
  articleId: number;
  /** The article's doc id and outlet, for listing claims without a second query. */
  docId: string | null;
  outlet: string | null;
  published: string | null;
  geo: ClaimGeo;
}

/** An aggregate claim's period: from its date to its article's publication. */
export interface AggregateSpan {
  id: number;
  date: string;
  published: string | null;
}

export interface ClaimFilter {
  measure?: string;
  victim?: string;
  /** Matches the claim's place, its gazetteer name, province or country, case-insensitively. */
  place?: string;
  /** Claim dates from this day on (YYYY-MM-DD). */
  since?: string;
  /** Claim dates up to and including this day. */
  until?: string;
  limit?: number;
}

export interface RunCounts {
  stored: number;
  present: number;
  rejected: number;
  claims: number;
  unresolvedPlaces: number;
  /** Articles stored that nearly duplicate one stored before (the same wire story). */
  nearDuplicates: number;
}

export type StoreResult =
  | { status: "stored"; id: number; nearDuplicates: number[] }
  | { status: "present"; id: number }
  | { status: "failed"; reason: string };

/** An incident as stored: its claims, each with the link that joined it (none for the first). */
export interface StoredIncident {
  id: string;
  firstDate: string | null;
  lastDate: string | null;
  articles: number;
  claims: Array<StoredClaim & { link: { to: number; rule: string; reason: string } | null }>;
}

/** An incident's precomputed row (src/incidents/refresh.ts): its summary, grade and kinds of harm. */
export interface SummaryRow {
  summary: IncidentSummary;
  /** The grade's reasons (the summary's notes joins them). */
  reasons: string[];
  /** Set when it is discounted as a duplicate: what the cross-incident rule found. */
  duplicate: Duplicate | null;
  /** Every (measure, victim) its claims tell, with the reconciled figure when there is one. */
  kinds: IncidentKind[];
}

export interface IncidentKind {
  measure: string;
  victim: string;
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface StoredVerdict {
  verdict: Verdict;
  disagreements: string[];
  agreements: number;
}

/** What lists and counts incidents by their summaries. Places and actors match case-insensitively, whole. */
export interface IncidentFilter {
  /** Incidents dated from this day on (YYYY-MM-DD). */
  from?: string;
  /** …up to and including this day. */
  to?: string;
  /** minLon, minLat, maxLon, maxLat: incidents placed inside it. */
  bbox?: readonly [number, number, number, number];
  /** The incident's place, province (admin1) or country, or its gazetteer id. */
  place?: string;
  actor?: string;
  weapon?: string;
  /** Incidents whose claims tell this measure (and victim). */
  measure?: string;
  victim?: string;
  grade?: string;
}

export type IncidentSort = "date" | "-date" | "killed" | "-killed";

export interface TimelineBucket {
  period: string;
  measure: string;
  victim: string;
  min: number | null;
  best: number | null;
  max: number | null;
  incidents: number;
}

export interface StoreStats {
  articles: number;
  claims: number;
  incidents: number;
  corroborated: number;
  grades: Record<string, number>;
  firstDate: string | null;
  lastDate: string | null;
  outlets: number;
}

export interface Store {
  /** Starts an ingest run; its counts are filled in by finishRun. */
  beginRun(command: string): number;
  finishRun(runId: number, counts: RunCounts): void;
  /**
   * Stores each article and its claims atomically (never half-stored) unless one with the same
   * hash is present; near-duplicates of stored articles are recorded both ways.
   */
  storeArticles(runId: number, articles: readonly NewArticle[]): StoreResult[];
  /** Which of these content hashes are stored already. */
  knownHashes(hashes: readonly string[]): Set<string>;
  article(id: number): StoredArticle | undefined;
  /** Only an article's title and text: what showing a claim in its sentence needs. */
  articleText(id: number): { title: string | null; text: string } | undefined;
  claims(filter: ClaimFilter): IterableIterator<StoredClaim>;
  /**
   * The event claims with a date and a place, as linking reads it: all of them, or with
   * `endingFrom` (YYYY-MM-DD) those of the incidents whose last day is on or after it and those in
   * no incident dated from it on.
   */
  claimsToLink(endingFrom?: string): LinkClaim[];
  /**
   * Replaces the incidents with these, at once: all of them, or with `endingFrom` those whose last
   * day is on or after it (the ones whose claims claimsToLink(endingFrom) read). Returns how many
   * incidents were stored.
   */
  replaceIncidents(incidents: readonly Incident[], endingFrom?: string): number;
  /** The first day of the event claims in no incident yet (stored since the last link), or null. */
  firstUnlinkedDay(): string | null;
  /** How many incidents there are, the claims they hold, and how many more than one article tells. */
  incidentCounts(): { incidents: number; claims: number; corroborated: number };
  /** Runs `work` in one write transaction: no other process writes between what it reads and writes. */
  atomically<T>(work: () => T): T;
  incident(id: string): StoredIncident | undefined;
  /**
   * Aggregate claims (period tallies) that cover a place on a day: placed there or at its province,
   * their period starting on or before the day and told on or after it.
   */
  periodTallies(place: { gazetteerId: string | null; admin1: string | null }, day: string): StoredClaim[];
  /** Every dated aggregate claim placed there or at its province, as its id and period: what periodTallies chooses from. */
  aggregateSpans(place: { gazetteerId: string | null; admin1: string | null }): AggregateSpan[];
  /** These claims, by date. */
  claimsByIds(ids: readonly number[]): StoredClaim[];
  /** Every incident, by first date. */
  incidents(): IterableIterator<StoredIncident>;
  counts(): { articles: number; claims: number; runs: number };
  close(): void;
  /** Every article, by id. */
  articles(): IterableIterator<StoredArticle>;

  // --- Precomputed summaries and verdicts (src/incidents/refresh.ts writes them). ---

  /**
   * Another connection to the same store, for a long read (an export streamed to a client) that
   * must neither block this one nor see its writes halfway: it reads one snapshot. Close it after.
   */
  openReader(): Store;
  /** Changes whenever the store may have changed (this connection's writes or another's): for caches. */
  generation(): string;
  /** True when incidents changed without their summaries being written (an older store, a bare replace). */
  summariesStale(): boolean;
  /** Forgets every summary and verdict (before writing all of them again). */
  clearSummaries(): void;
  /** Writes (replaces) these incidents' rows. */
  writeSummaries(rows: readonly SummaryRow[]): void;
  /** Says every incident's summary is written (refresh.ts, after writing them). */
  markSummariesFresh(): void;
  writeVerdicts(verdicts: ReadonlyMap<number, StoredVerdict>): void;
  /** Every incident's id, by first date. */
  incidentIds(): string[];
  /**
   * For the duplicate rule (discount.ts): the figures of every claim of the incidents a repost tells,
   * and of every claim of their articles' founders, each with its article's story founder. The
   * rule finds the same duplicates in these as in every incident's claims.
   */
  duplicateClaims(): Array<{
    incidentId: string;
    id: number;
    articleId: number;
    founder: number;
    measure: Claim["measure"];
    victim: Claim["victim"];
    value: number | null;
  }>;
  /** Incidents stored as duplicates, with the duplicate as JSON. */
  storedDuplicates(): Map<string, string>;
  /** Articles with claims in these incidents. */
  articlesOfIncidents(ids: readonly string[]): number[];
  /** An article's claims in their order, each with the incident holding it and the link that joined it. */
  articleClaims(
    articleId: number,
  ): Array<
    StoredClaim & { incidentId: string | null; link: { to: number; rule: string; reason: string } | null }
  >;
  /** The incidents holding this article's claims. */
  incidentsOfArticle(articleId: number): string[];
  incidentSummary(id: string): { summary: IncidentSummary; reasons: string[] } | undefined;
  /** Summaries, filtered, sorted and paged, with how many match in all (counted unless `total` is known). */
  incidentSummaries(
    filter: IncidentFilter,
    sort: IncidentSort,
    page: { offset: number; limit: number },
    total?: number,
  ): { total: number; items: IncidentSummary[] };
  /** How many incidents the filter selects. */
  countIncidents(filter: IncidentFilter): number;
  /** Every summary, by first date (as incidents()). */
  allSummaries(): IterableIterator<IncidentSummary>;
  verdict(articleId: number): StoredVerdict | undefined;
  /** Every stored verdict (articles that tell an incident), by article id. */
  verdicts(): IterableIterator<[number, StoredVerdict]>;
  timeline(
    filter: IncidentFilter,
    interval: "day" | "week" | "month",
    kinds: { measures: readonly string[]; victim?: string },
  ): TimelineBucket[];
  stats(): StoreStats;
}
