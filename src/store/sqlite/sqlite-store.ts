// The SQLite store (better-sqlite3): WAL, foreign keys, versioned migrations. Articles are
// stored with their claims in one transaction, so a store never holds half an article: a
// `kill -9` loses at most the articles not yet committed, and the next ingest stores those.

import Database from "better-sqlite3";
import { TallyError } from "../../errors.js";
import { type Claim, MEASURES, type Measure, VICTIMS, type Victim } from "../../extract/types.js";
import { toLinkClaim } from "../../incidents/from-claims.js";
import { talliesCovering } from "../../incidents/period-tallies.js";
import type { IncidentSummary } from "../../incidents/summary.js";
import type { Incident, LinkClaim } from "../../incidents/types.js";
import {
  BANDS,
  minhashBands,
  NEAR_DUPLICATE_SIMILARITY,
  REPOST_SIMILARITY,
  similarity,
} from "../fingerprint.js";
import { foldName } from "../fold.js";
import type {
  AggregateSpan,
  ClaimFilter,
  ClaimGeo,
  GeoPrecision,
  IncidentFilter,
  IncidentSort,
  NewArticle,
  RunCounts,
  Store,
  StoredArticle,
  StoredClaim,
  StoredIncident,
  StoredVerdict,
  StoreResult,
  StoreStats,
  SummaryRow,
  TimelineBucket,
} from "../types.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

export function openSqliteStore(file: string): Store {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a committed transaction survives a crash of the process (not always a power cut).
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // 64 MiB of page cache (SQLite's default is 2 MiB): the LSH band index takes keys in random
    // order, and with a small cache every insert into it reads and rewrites pages.
    db.pragma("cache_size = -65536");
    db.pragma("busy_timeout = 5000");
    migrate(db, file);
  } catch (error) {
    if (error instanceof TallyError) throw error;
    throw new TallyError("IO", `cannot open the store: ${(error as Error).message}`, { file });
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database, file: string): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    throw new TallyError(
      "IO",
      `the store has schema version ${version}, newer than this Tally's ${SCHEMA_VERSION}: upgrade Tally`,
      { file },
    );
  for (const migration of MIGRATIONS) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** What claimOf reads of a claim: its row, its article's ids and date, and its place (`c`, `a`, `p`). */
const CLAIM_COLUMNS = `c.*, a.doc_id, a.outlet, a.published, p.name AS p_name, p.lat, p.lon, p.admin1, p.country,
  p.country_code`;
const CLAIM_JOINS = "JOIN articles a ON a.id = c.article_id LEFT JOIN places p ON p.id = c.place_id";

interface ClaimRow {
  id: number;
  article_id: number;
  doc_id: string | null;
  outlet: string | null;
  published: string | null;
  measure: string;
  victim: string;
  value: number | null;
  high: number | null;
  qualifier: string;
  scope: string;
  place: string | null;
  date: string | null;
  date_precision: string;
  actor: string | null;
  weapon: string | null;
  source: string | null;
  quote: string;
  span_field: string;
  span_start: number;
  span_end: number;
  rule: string;
  reason: string;
  place_id: string | null;
  geo_precision: string;
  geo_note: string;
  p_name: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
}

class SqliteStore implements Store {
  private readonly insertArticle;
  private readonly insertSignature;
  private readonly insertClaim;
  private readonly insertPlace;
  private readonly insertBands;
  private readonly joinStories;
  private readonly findByHash;
  private readonly findByBands;
  private readonly storeMany;
  private readonly reads;

  /**
   * Gazetteer ids written by this process, so each place is written once; forgotten whenever a
   * rollback may have taken some of them back.
   */
  private readonly placesWritten = new Set<string>();

  /** Writes by this connection, for generation(). */
  private writes = 0;

  // Positional parameters throughout the write path: binding by name costs a property lookup
  // per column, and an article has dozens of claims' columns to bind.
  constructor(private readonly db: Database.Database) {
    this.insertArticle = db.prepare(
      `INSERT INTO articles (doc_id, outlet, url, title, published, text, hash, origin, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertSignature = db.prepare(
      "INSERT INTO article_signatures (article_id, signature, story_id) VALUES (?, ?, ?)",
    );
    this.insertClaim = db.prepare(
      `INSERT INTO claims (article_id, seq, measure, victim, value, high, qualifier, scope, place, date,
         date_precision, actor, weapon, source, quote, span_field, span_start, span_end, rule, reason,
         place_id, geo_precision, geo_note)
       VALUES (${Array(23).fill("?").join(", ")})`,
    );
    this.insertPlace = db.prepare(
      `INSERT OR IGNORE INTO places (id, name, lat, lon, admin1, country, country_code)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    // All of an article's bands in one statement each way: one call into SQLite, not 21.
    this.insertBands = db.prepare(
      `INSERT INTO article_bands (band, article_id) VALUES ${Array(BANDS).fill("(?, ?)").join(", ")}`,
    );
    this.joinStories = db.prepare(
      "UPDATE article_signatures SET story_id = ? WHERE story_id = ? OR article_id = ?",
    );
    this.findByHash = db.prepare<[string], { id: number }>("SELECT id FROM articles WHERE hash = ?");
    this.findByBands = db.prepare<number[], { id: number; signature: Buffer; story: number }>(
      `SELECT article_id AS id, signature, coalesce(story_id, article_id) AS story FROM article_signatures
       WHERE article_id IN
         (SELECT article_id FROM article_bands WHERE band IN (${Array(BANDS).fill("?").join(", ")}))`,
    );
    // One transaction for the batch (fast), one savepoint per article: an article that fails rolls
    // back alone, and none is ever half-stored.
    const storeOne = db.transaction((runId: number, article: NewArticle) => this.storeOne(runId, article));
    this.storeMany = db.transaction((runId: number, articles: readonly NewArticle[]) =>
      articles.map((article): StoreResult => {
        try {
          return storeOne(runId, article);
        } catch (error) {
          // The savepoint rolled back the places it wrote too.
          this.placesWritten.clear();
          return { status: "failed", reason: (error as Error).message };
        }
      }),
    );

    // Reads called once per article or incident in listings and exports: prepared once.
    this.reads = {
      article: db.prepare<[number], Record<string, unknown>>(
        "SELECT id, doc_id, outlet, url, title, published, text, hash, origin, run_id FROM articles WHERE id = ?",
      ),
      storyOf: db
        .prepare<[number], number>(
          "SELECT coalesce(story_id, article_id) FROM article_signatures WHERE article_id = ?",
        )
        .pluck(),
      storyMembers: db
        .prepare<[number, number, number], number>(
          `SELECT article_id FROM article_signatures WHERE (story_id = ? OR article_id = ?) AND article_id != ?
           ORDER BY article_id`,
        )
        .pluck(),
      incidentHead: db.prepare<
        [string],
        { id: string; first_date: string | null; last_date: string | null; articles: number }
      >("SELECT id, first_date, last_date, articles FROM incidents WHERE id = ?"),
      incidentClaims: db.prepare<
        [string],
        ClaimRow & { linked_to: number | null; link_rule: string | null; link_reason: string | null }
      >(
        `SELECT ${CLAIM_COLUMNS}, m.linked_to, m.rule AS link_rule, m.reason AS link_reason
         FROM incident_claims m JOIN claims c ON c.id = m.claim_id ${CLAIM_JOINS}
         WHERE m.incident_id = ? ORDER BY c.date, a.outlet, c.article_id, c.seq`,
      ),
      // The aggregate claims at the place, and the province-wide ones of its province, each found
      // through its own index (migration 7), not by reading every claim: their ids and periods only.
      aggregateSpans: db.prepare<{ place: string | null; admin1: string | null }, AggregateSpan>(
        `SELECT c.id, c.date, a.published FROM claims c
           JOIN articles a ON a.id = c.article_id LEFT JOIN places p ON p.id = c.place_id
         WHERE c.id IN (
             SELECT id FROM claims INDEXED BY claims_aggregates
              WHERE scope = 'aggregate' AND place_id = @place AND date IS NOT NULL
             UNION ALL
             SELECT id FROM claims INDEXED BY claims_province_aggregates
              WHERE scope = 'aggregate' AND geo_precision = 'province'
                AND place_id IN (SELECT id FROM places WHERE admin1 = @admin1))
           AND c.date IS NOT NULL
           AND (c.place_id = @place OR (c.geo_precision = 'province' AND p.admin1 = @admin1))
         ORDER BY c.date, c.article_id, c.seq`,
      ),
      claimsByIds: db.prepare<[string], ClaimRow>(
        `SELECT ${CLAIM_COLUMNS} FROM claims c ${CLAIM_JOINS}
         WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.date, c.article_id, c.seq`,
      ),
      incidentIds: db
        .prepare<[], string>("SELECT id FROM incidents ORDER BY first_date IS NULL, first_date, id")
        .pluck(),
    };
  }

  beginRun(command: string): number {
    const info = this.db
      .prepare("INSERT INTO ingest_runs (command, started_at) VALUES (?, ?)")
      .run(command, new Date().toISOString());
    return Number(info.lastInsertRowid);
  }

  finishRun(runId: number, c: RunCounts): void {
    this.db
      .prepare(
        `UPDATE ingest_runs SET finished_at = ?, stored = ?, present = ?, rejected = ?, claims = ?,
           unresolved_places = ?, near_duplicates = ? WHERE id = ?`,
      )
      .run(
        new Date().toISOString(),
        c.stored,
        c.present,
        c.rejected,
        c.claims,
        c.unresolvedPlaces,
        c.nearDuplicates,
        runId,
      );
  }

  storeArticles(runId: number, articles: readonly NewArticle[]): StoreResult[] {
    this.writes++;
    try {
      return this.storeMany(runId, articles);
    } catch (error) {
      this.placesWritten.clear();
      throw error;
    }
  }

  knownHashes(hashes: readonly string[]): Set<string> {
    return new Set(hashes.filter((h) => this.findByHash.get(h) !== undefined));
  }

  private storeOne(runId: number, article: NewArticle): StoreResult {
    const present = this.findByHash.get(article.hash);
    if (present) return { status: "present", id: present.id };
    const a = article;
    const id = Number(
      this.insertArticle.run(a.docId, a.outlet, a.url, a.title, a.published, a.text, a.hash, a.origin, runId)
        .lastInsertRowid,
    );
    const nearDuplicates = this.joinStory(id, a.signature);
    a.claims.forEach(({ claim: c, geo }, seq) => {
      if (geo.gazetteerId && geo.name) this.writePlace(geo.gazetteerId, geo);
      this.insertClaim.run(
        id,
        seq,
        c.measure,
        c.victim,
        c.value,
        c.high,
        c.qualifier,
        c.scope,
        c.place,
        c.date,
        c.datePrecision,
        c.actor,
        c.weapon,
        c.source,
        c.quote,
        c.span.field,
        c.span.start,
        c.span.end,
        c.rule,
        c.reason,
        geo.gazetteerId,
        geo.precision,
        geo.note,
      );
    });
    return { status: "stored", id, nearDuplicates };
  }

  private writePlace(id: string, geo: ClaimGeo): void {
    if (this.placesWritten.has(id)) return;
    this.insertPlace.run(id, geo.name, geo.lat, geo.lon, geo.admin1, geo.country, geo.countryCode);
    this.placesWritten.add(id);
  }

  /**
   * Finds the stored articles this one nearly duplicates (candidates sharing an LSH band, checked
   * by similarity) and puts it in their story, joining their stories if they were several; returns
   * their ids. A repost (almost the same text) adds no LSH bands: the story's earlier members stand
   * for it, so the candidates of a later copy do not grow with the number of copies.
   */
  private joinStory(id: number, signature: Uint32Array): number[] {
    const bands = minhashBands(signature);
    const bytes = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
    const found: number[] = [];
    let story: number | null = null;
    let closest = 0;
    const others = new Set<number>();
    for (const candidate of this.findByBands.all(...bands)) {
      const alike = similarity(bytes, candidate.signature);
      if (alike < NEAR_DUPLICATE_SIMILARITY) continue;
      found.push(candidate.id);
      closest = Math.max(closest, alike);
      if (story === null || candidate.story < story) {
        if (story !== null) others.add(story);
        story = candidate.story;
      } else if (candidate.story !== story) others.add(candidate.story);
    }
    this.insertSignature.run(id, bytes, story);
    // The earliest story takes in the others this article links it to.
    for (const other of others) this.joinStories.run(story, other, other);
    if (closest < REPOST_SIMILARITY) {
      const rows: number[] = [];
      for (const band of bands) rows.push(band, id);
      this.insertBands.run(...rows);
    }
    return found.sort((x, y) => x - y);
  }

  articleText(id: number): { title: string | null; text: string } | undefined {
    return this.prep<[number], { title: string | null; text: string }>(
      "SELECT title, text FROM articles WHERE id = ?",
    ).get(id);
  }

  article(id: number): StoredArticle | undefined {
    const row = this.reads.article.get(id);
    if (!row) return undefined;
    // The other members of its story.
    const story = this.reads.storyOf.get(id) ?? id;
    const dups = this.reads.storyMembers.all(story, story, id);
    return {
      id: row.id as number,
      docId: row.doc_id as string | null,
      outlet: row.outlet as string | null,
      url: row.url as string | null,
      title: row.title as string | null,
      published: row.published as string | null,
      text: row.text as string,
      hash: row.hash as string,
      origin: row.origin as string,
      runId: row.run_id as number,
      nearDuplicates: dups,
      story,
    };
  }

  *claims(filter: ClaimFilter): IterableIterator<StoredClaim> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.measure) {
      where.push("c.measure = @measure");
      params.measure = filter.measure;
    }
    if (filter.victim) {
      where.push("c.victim = @victim");
      params.victim = filter.victim;
    }
    if (filter.place) {
      where.push(
        `(lower(c.place) = lower(@place) OR lower(p.name) = lower(@place) OR lower(p.admin1) = lower(@place)
          OR lower(p.country) = lower(@place))`,
      );
      params.place = filter.place;
    }
    if (filter.since) {
      where.push("c.date >= @since");
      params.since = filter.since;
    }
    if (filter.until) {
      // A full timestamp on the last day still counts.
      where.push("substr(c.date, 1, 10) <= @until");
      params.until = filter.until;
    }
    const sql = `SELECT ${CLAIM_COLUMNS} FROM claims c ${CLAIM_JOINS}
      ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY c.date IS NULL, c.date, c.article_id, c.seq
      ${filter.limit !== undefined ? "LIMIT @limit" : ""}`;
    if (filter.limit !== undefined) params.limit = filter.limit;
    for (const row of this.db.prepare<[Record<string, unknown>], ClaimRow>(sql).iterate(params))
      yield claimOf(row);
  }

  claimsToLink(endingFrom?: string): LinkClaim[] {
    // Those of the incidents ending from the day on, and those in none dated from it on: looked up
    // by id and by date, not found by reading every claim's row.
    const kept =
      endingFrom === undefined
        ? ""
        : `AND c.id IN (
             SELECT m.claim_id FROM incident_claims m WHERE m.incident_id IN
               (SELECT id FROM incidents WHERE last_date IS NULL OR last_date >= @endingFrom)
             UNION ALL
             SELECT u.id FROM claims u
             WHERE u.date >= @endingFrom AND NOT EXISTS (SELECT 1 FROM incident_claims m WHERE m.claim_id = u.id))`;
    const query = this.db.prepare<unknown[], ClaimRow & { article_hash: string; seq: number }>(
      `SELECT ${CLAIM_COLUMNS}, a.hash AS article_hash FROM claims c ${CLAIM_JOINS}
       WHERE c.scope = 'event' AND c.date IS NOT NULL AND c.place IS NOT NULL ${kept}`,
    );
    const rows = endingFrom === undefined ? query.all() : query.all({ endingFrom });
    return rows.map((r) => {
      const c = claimOf(r);
      // The article's hash and the claim's place in its extraction: both come from the content.
      return toLinkClaim(c, c.geo, {
        id: r.id,
        articleId: r.article_id,
        articleKey: r.article_hash,
        offset: r.seq,
      });
    });
  }

  replaceIncidents(incidents: readonly Incident[], endingFrom?: string): number {
    const insertIncident = this.db.prepare(
      "INSERT INTO incidents (id, first_date, last_date, claims, articles) VALUES (?, ?, ?, ?, ?)",
    );
    const insertMember = this.db.prepare(
      "INSERT INTO incident_claims (incident_id, claim_id, linked_to, rule, reason) VALUES (?, ?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      this.writes++;
      // Their summaries go with them (ON DELETE CASCADE); until written again they are stale.
      this.markSummaries(true);
      if (endingFrom === undefined)
        this.db.exec(
          "DELETE FROM incident_places; DELETE FROM incident_kinds; DELETE FROM incident_summaries; DELETE FROM incident_claims; DELETE FROM incidents;",
        );
      else this.deleteIncidentsEndingFrom(endingFrom);
      for (const incident of incidents) {
        const { id, firstDate, lastDate, claims, articles } = incident;
        insertIncident.run(id, firstDate, lastDate, claims.length, articles);
        const linkOf = new Map(incident.links.map((l) => [l.claim, l]));
        for (const claim of claims) {
          const link = linkOf.get(claim);
          insertMember.run(id, claim, link?.to ?? null, link?.rule ?? null, link?.reason ?? null);
        }
      }
    })();
    return incidents.length;
  }

  /** The complement of the incidents claimsToLink(endingFrom) leaves out: those ending before it. */
  private deleteIncidentsEndingFrom(day: string): void {
    const ending = "SELECT id FROM incidents WHERE last_date IS NULL OR last_date >= ?";
    this.db.prepare(`DELETE FROM incident_claims WHERE incident_id IN (${ending})`).run(day);
    this.db.prepare(`DELETE FROM incidents WHERE id IN (${ending})`).run(day);
  }

  firstUnlinkedDay(): string | null {
    // Every event claim linking reads is put in an incident, alone if need be: one in none was
    // stored after the last link.
    return (
      this.db
        .prepare<[], string | null>(
          `SELECT min(substr(c.date, 1, 10)) FROM claims c
         WHERE c.scope = 'event' AND c.date IS NOT NULL AND c.place IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM incident_claims m WHERE m.claim_id = c.id)`,
        )
        .pluck()
        .get() ?? null
    );
  }

  incidentCounts(): { incidents: number; claims: number; corroborated: number } {
    return this.db
      .prepare<[], { incidents: number; claims: number; corroborated: number }>(
        `SELECT count(*) AS incidents, coalesce(sum(claims), 0) AS claims,
           coalesce(sum(articles > 1), 0) AS corroborated FROM incidents`,
      )
      .get() as { incidents: number; claims: number; corroborated: number };
  }

  atomically<T>(work: () => T): T {
    // IMMEDIATE: the write lock is taken before the first read, not at the first write.
    return this.db.transaction(work).immediate();
  }

  incident(id: string): StoredIncident | undefined {
    const head = this.reads.incidentHead.get(id);
    if (!head) return undefined;
    const rows = this.reads.incidentClaims.all(id);
    return {
      id: head.id,
      firstDate: head.first_date,
      lastDate: head.last_date,
      articles: head.articles,
      claims: rows.map((r) => ({
        ...claimOf(r),
        link:
          r.linked_to === null
            ? null
            : { to: r.linked_to, rule: r.link_rule ?? "", reason: r.link_reason ?? "" },
      })),
    };
  }

  aggregateSpans(place: { gazetteerId: string | null; admin1: string | null }): AggregateSpan[] {
    return this.reads.aggregateSpans.all({ place: place.gazetteerId, admin1: place.admin1 });
  }

  claimsByIds(ids: readonly number[]): StoredClaim[] {
    return ids.length === 0 ? [] : this.reads.claimsByIds.all(JSON.stringify(ids)).map(claimOf);
  }

  periodTallies(place: { gazetteerId: string | null; admin1: string | null }, day: string): StoredClaim[] {
    return this.claimsByIds(talliesCovering(this.aggregateSpans(place), day).map((a) => a.id));
  }

  *incidents(): IterableIterator<StoredIncident> {
    const ids = this.reads.incidentIds.all();
    for (const id of ids) {
      const incident = this.incident(id);
      if (incident) yield incident;
    }
  }

  counts(): { articles: number; claims: number; runs: number } {
    const count = (table: string) =>
      (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count("articles"), claims: count("claims"), runs: count("ingest_runs") };
  }

  close(): void {
    this.db.close();
  }

  *articles(): IterableIterator<StoredArticle> {
    const ids = this.db.prepare<[], number>("SELECT id FROM articles ORDER BY id").pluck().all();
    for (const id of ids) {
      const article = this.article(id);
      if (article) yield article;
    }
  }

  // --- Precomputed summaries and verdicts. ---

  openReader(): Store {
    return openSqliteStore(this.db.name);
  }

  generation(): string {
    // A statement prepared once: db.pragma() prepares one on every call, and a server asks per request.
    const version = this.prep<[], number>("PRAGMA data_version").pluck().get() as number;
    return `${version}/${this.writes}`;
  }

  private markSummaries(stale: boolean): void {
    if (stale)
      this.db
        .prepare("INSERT OR REPLACE INTO store_flags (name, value) VALUES ('summaries_stale', '1')")
        .run();
    else this.db.prepare("DELETE FROM store_flags WHERE name = 'summaries_stale'").run();
  }

  summariesStale(): boolean {
    return (
      this.db.prepare("SELECT 1 FROM store_flags WHERE name = 'summaries_stale'").pluck().get() !== undefined
    );
  }

  markSummariesFresh(): void {
    this.writes++;
    // The sums per day, made again from the kinds (one indexed pass): timelines without filters
    // other than dates read these few rows.
    this.db.exec(`DELETE FROM timeline_days;
      INSERT INTO timeline_days (date, measure, victim, low, best, high, incidents)
      SELECT substr(date, 1, 10), measure, victim, sum(low), sum(best), sum(high), count(*)
      FROM incident_kinds WHERE date IS NOT NULL GROUP BY measure, victim, substr(date, 1, 10);`);
    this.markSummaries(false);
  }

  clearSummaries(): void {
    this.writes++;
    this.db.exec(
      "DELETE FROM incident_places; DELETE FROM incident_kinds; DELETE FROM incident_summaries; DELETE FROM article_verdicts;",
    );
  }

  writeSummaries(rows: readonly SummaryRow[]): void {
    this.writes++;
    const insert = this.db.prepare(
      `INSERT OR REPLACE INTO incident_summaries (incident_id, date, date_precision, place, gazetteer_id, admin1,
         country, latitude, longitude, geo_precision, actor, weapon, killed_min, killed_best, killed_max,
         civilians_min, civilians_best, civilians_max, children_min, children_best, children_max, women_min,
         women_best, women_max, injured_min, injured_best, injured_max, sources, source_count, articles, grade,
         grade_reasons, notes, duplicate, actor_key, kinds)
       VALUES (${Array(36).fill("?").join(", ")})`,
    );
    const dropKinds = this.db.prepare("DELETE FROM incident_kinds WHERE incident_id = ?");
    const dropPlaces = this.db.prepare("DELETE FROM incident_places WHERE incident_id = ?");
    const insertPlace = this.db.prepare("INSERT INTO incident_places (key, incident_id) VALUES (?, ?)");
    const insertKind = this.db.prepare(
      "INSERT INTO incident_kinds (incident_id, measure, victim, date, low, best, high) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      for (const { summary: s, reasons, duplicate, kinds } of rows) {
        const r = (x: { min: number | null; best: number | null; max: number | null }) => [
          x.min,
          x.best,
          x.max,
        ];
        insert.run(
          s.id,
          s.date,
          s.datePrecision,
          s.place,
          s.gazetteerId,
          s.admin1,
          s.country,
          s.latitude,
          s.longitude,
          s.geoPrecision,
          s.actor,
          s.weapon,
          ...r(s.killed),
          ...r(s.civilians),
          ...r(s.children),
          ...r(s.women),
          ...r(s.injured),
          JSON.stringify(s.sources),
          s.sources.length,
          s.articles,
          s.grade,
          JSON.stringify(reasons),
          s.notes,
          duplicate ? JSON.stringify(duplicate) : null,
          foldName(s.actor),
          kinds.reduce((mask, k) => mask | kindMask(k.measure, k.victim), 0),
        );
        dropPlaces.run(s.id);
        const keys = [foldName(s.place), foldName(s.admin1), foldName(s.country), s.gazetteerId];
        for (const key of new Set(keys)) if (key) insertPlace.run(key, s.id);
        dropKinds.run(s.id);
        for (const k of kinds) insertKind.run(s.id, k.measure, k.victim, s.date, k.low, k.best, k.high);
      }
    })();
  }

  writeVerdicts(verdicts: ReadonlyMap<number, StoredVerdict>): void {
    this.writes++;
    const insert = this.db.prepare(
      "INSERT OR REPLACE INTO article_verdicts (article_id, verdict, disagreements, agreements) VALUES (?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      for (const [id, v] of verdicts)
        insert.run(id, v.verdict, JSON.stringify(v.disagreements), v.agreements);
    })();
  }

  incidentIds(): string[] {
    return this.reads.incidentIds.all();
  }

  duplicateClaims(): ReturnType<Store["duplicateClaims"]> {
    // Only an incident holding a repost's claim (an article whose story another founded) can be a
    // duplicate: all claims of those, and every claim of the founders of their articles, found
    // through the story index rather than by reading every incident.
    const CLAIM = `m.incident_id AS incidentId, c.id, c.article_id AS articleId,
      coalesce(g.story_id, c.article_id) AS founder, c.measure, c.victim, c.value`;
    return this.db
      .prepare<[], ReturnType<Store["duplicateClaims"]>[number]>(
        `WITH candidates AS (
           SELECT DISTINCT m.incident_id AS id FROM article_signatures r
           JOIN claims rc ON rc.article_id = r.article_id JOIN incident_claims m ON m.claim_id = rc.id
           WHERE r.story_id IS NOT NULL AND r.story_id != r.article_id),
         founders AS (
           SELECT DISTINCT coalesce(g.story_id, c.article_id) AS id
           FROM candidates k JOIN incident_claims m ON m.incident_id = k.id JOIN claims c ON c.id = m.claim_id
           LEFT JOIN article_signatures g ON g.article_id = c.article_id)
         SELECT ${CLAIM} FROM candidates k JOIN incident_claims m ON m.incident_id = k.id
           JOIN claims c ON c.id = m.claim_id LEFT JOIN article_signatures g ON g.article_id = c.article_id
         UNION
         SELECT ${CLAIM} FROM founders f JOIN claims c ON c.article_id = f.id
           JOIN incident_claims m ON m.claim_id = c.id LEFT JOIN article_signatures g ON g.article_id = c.article_id
         ORDER BY 1, 2`,
      )
      .all();
  }

  storedDuplicates(): Map<string, string> {
    const rows = this.db
      .prepare<[], { id: string; duplicate: string }>(
        "SELECT incident_id AS id, duplicate FROM incident_summaries WHERE duplicate IS NOT NULL",
      )
      .all();
    return new Map(rows.map((r) => [r.id, r.duplicate]));
  }

  articlesOfIncidents(ids: readonly string[]): number[] {
    const found = new Set<number>();
    const query = this.db
      .prepare<[string], number>(
        `SELECT DISTINCT c.article_id FROM incident_claims m JOIN claims c ON c.id = m.claim_id
         WHERE m.incident_id = ?`,
      )
      .pluck();
    for (const id of ids) for (const a of query.all(id)) found.add(a);
    return [...found].sort((a, b) => a - b);
  }

  articleClaims(articleId: number): ReturnType<Store["articleClaims"]> {
    const rows = this.prep<
      [number],
      ClaimRow & {
        incident_id: string | null;
        linked_to: number | null;
        link_rule: string | null;
        link_reason: string | null;
      }
    >(
      `SELECT ${CLAIM_COLUMNS}, m.incident_id, m.linked_to, m.rule AS link_rule, m.reason AS link_reason
         FROM claims c ${CLAIM_JOINS} LEFT JOIN incident_claims m ON m.claim_id = c.id
         WHERE c.article_id = ? ORDER BY c.seq`,
    ).all(articleId);
    return rows.map((r) => ({
      ...claimOf(r),
      incidentId: r.incident_id,
      link:
        r.linked_to === null
          ? null
          : { to: r.linked_to, rule: r.link_rule ?? "", reason: r.link_reason ?? "" },
    }));
  }

  incidentsOfArticle(articleId: number): string[] {
    return this.prep<[number], string>(
      `SELECT i.id FROM incidents i WHERE i.id IN
           (SELECT m.incident_id FROM claims c JOIN incident_claims m ON m.claim_id = c.id WHERE c.article_id = ?)
         ORDER BY i.first_date IS NULL, i.first_date, i.id`,
    )
      .pluck()
      .all(articleId);
  }

  incidentSummary(id: string): { summary: IncidentSummary; reasons: string[] } | undefined {
    const row = this.prep<[string], SummaryRecord>(
      "SELECT * FROM incident_summaries WHERE incident_id = ?",
    ).get(id);
    return row ? { summary: summaryOf(row), reasons: JSON.parse(row.grade_reasons) as string[] } : undefined;
  }

  incidentSummaries(
    filter: IncidentFilter,
    sort: IncidentSort,
    page: { offset: number; limit: number },
    known?: number,
  ): { total: number; items: IncidentSummary[] } {
    const { where, params } = filterSql(filter);
    const total = known ?? this.countIncidents(filter);
    const order = ORDER_BY[sort];
    // Many matches: read them in the order asked (the date or killed index) until the page is
    // full, rather than finding them all by the filter's index and sorting them.
    const scan = total > SCAN_ABOVE ? filterSql(filter, true, sort.includes("killed")).where : where;
    const items = this.cached(
      `SELECT s.* FROM incident_summaries s ${scan} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      (sql) => this.db.prepare<[Record<string, unknown>], SummaryRecord>(sql),
    )
      .all({ ...params, limit: page.limit, offset: page.offset })
      .map(summaryOf);
    return { total, items };
  }

  countIncidents(filter: IncidentFilter): number {
    const { where, params } = filterSql(filter);
    return this.cached(`SELECT count(*) FROM incident_summaries s ${where}`, (sql) =>
      this.db.prepare<[Record<string, unknown>], number>(sql).pluck(),
    ).get(params) as number;
  }

  *allSummaries(): IterableIterator<IncidentSummary> {
    const query = this.db.prepare<[], SummaryRecord>(
      `SELECT s.* FROM incident_summaries s JOIN incidents i ON i.id = s.incident_id
       ORDER BY i.first_date IS NULL, i.first_date, i.id`,
    );
    for (const row of query.iterate()) yield summaryOf(row);
  }

  verdict(articleId: number): StoredVerdict | undefined {
    const row = this.prep<[number], VerdictRecord>("SELECT * FROM article_verdicts WHERE article_id = ?").get(
      articleId,
    );
    return row ? verdictOf(row) : undefined;
  }

  *verdicts(): IterableIterator<[number, StoredVerdict]> {
    const query = this.db.prepare<[], VerdictRecord>("SELECT * FROM article_verdicts ORDER BY article_id");
    for (const row of query.iterate()) yield [row.article_id, verdictOf(row)];
  }

  timeline(
    filter: IncidentFilter,
    interval: "day" | "week" | "month",
    kinds: { measures: readonly string[]; victim?: string },
  ): TimelineBucket[] {
    const period = {
      day: "substr(k.date, 1, 10)",
      week: "date(substr(k.date, 1, 10), '-6 days', 'weekday 1')",
      month: "substr(k.date, 1, 7) || '-01'",
    }[interval];
    const { from, to, ...rest } = filter;
    const filtered = Object.values(rest).some((v) => v !== undefined);
    // Every condition but the dates is on the summaries; the dates are on either table.
    const { where, params } = filterSql(filtered ? filter : {});
    const kindsOnly = [
      `k.measure IN (${kinds.measures.map((_, i) => `@m${i}`).join(", ")})`,
      "k.date IS NOT NULL",
    ];
    kinds.measures.forEach((m, i) => {
      params[`m${i}`] = m;
    });
    if (kinds.victim !== undefined) {
      kindsOnly.push("k.victim = @kindVictim");
      params.kindVictim = kinds.victim;
    }
    const dated = [...kindsOnly];
    if (from !== undefined) {
      dated.push("k.date >= @from");
      params.from = from;
    }
    if (to !== undefined) {
      dated.push("k.date < @toEnd");
      params.toEnd = `${to}~`;
    }
    // Without filters but dates, the sums per day (timeline_days) are summed again by period; with
    // them, the kinds of the incidents they select, found from the summaries.
    const sql = filtered
      ? `SELECT ${period} AS period, k.measure, k.victim, sum(k.low) AS min, sum(k.best) AS best,
           sum(k.high) AS max, count(*) AS incidents
         FROM incident_summaries s JOIN incident_kinds k ON k.incident_id = s.incident_id
         ${where} AND ${kindsOnly.join(" AND ")}
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`
      : `SELECT ${period} AS period, k.measure, k.victim, sum(k.low) AS min, sum(k.best) AS best,
           sum(k.high) AS max, sum(k.incidents) AS incidents
         FROM timeline_days k WHERE ${dated.join(" AND ")}
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    return this.cached(sql, (q) => this.db.prepare<[Record<string, unknown>], TimelineBucket>(q)).all(params);
  }

  stats(): StoreStats {
    const one = <T>(sql: string) => this.cached(sql, (q) => this.db.prepare<[], T>(q)).get() as T;
    const counts = this.counts();
    const incidents = this.incidentCounts();
    const dates = one<{ first: string | null; last: string | null }>(
      "SELECT min(date) AS first, max(date) AS last FROM incident_summaries",
    );
    const grades = this.cached("SELECT grade, count(*) AS n FROM incident_summaries GROUP BY grade", (q) =>
      this.db.prepare<[], { grade: string; n: number }>(q),
    ).all();
    return {
      articles: counts.articles,
      claims: counts.claims,
      incidents: incidents.incidents,
      corroborated: incidents.corroborated,
      grades: Object.fromEntries(grades.map((g) => [g.grade, g.n])),
      firstDate: dates.first,
      lastDate: dates.last,
      outlets: one<{ n: number }>(
        "SELECT count(*) AS n FROM (SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL)",
      ).n,
    };
  }

  /** Statements for queries built from filters: prepared once per distinct SQL text. */
  private readonly statements = new Map<string, unknown>();
  /** A statement prepared once per store, for the reads a server makes on every request. */
  private prep<P extends unknown[] | Record<string, unknown> = unknown[], R = unknown>(sql: string) {
    return this.cached(sql, (q) => this.db.prepare<P, R>(q));
  }

  private cached<S>(sql: string, prepare: (sql: string) => S): S {
    let statement = this.statements.get(sql) as S | undefined;
    if (statement === undefined) {
      statement = prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function claimOf(row: ClaimRow): StoredClaim {
  const geo: ClaimGeo = {
    gazetteerId: row.place_id,
    name: row.p_name,
    lat: row.lat,
    lon: row.lon,
    admin1: row.admin1,
    country: row.country,
    countryCode: row.country_code,
    precision: row.geo_precision as GeoPrecision,
    note: row.geo_note,
  };
  return {
    id: row.id,
    articleId: row.article_id,
    docId: row.doc_id,
    outlet: row.outlet,
    published: row.published,
    measure: row.measure as Claim["measure"],
    victim: row.victim as Claim["victim"],
    value: row.value,
    high: row.high,
    qualifier: row.qualifier as Claim["qualifier"],
    scope: row.scope as Claim["scope"],
    place: row.place,
    date: row.date,
    datePrecision: row.date_precision as Claim["datePrecision"],
    actor: row.actor,
    weapon: row.weapon as Claim["weapon"],
    source: row.source,
    quote: row.quote,
    span: { field: row.span_field as "title" | "text", start: row.span_start, end: row.span_end },
    rule: row.rule,
    reason: row.reason,
    geo,
  };
}

type FigureColumns = {
  [K in `${"killed" | "civilians" | "children" | "women" | "injured"}_${"min" | "best" | "max"}`]:
    | number
    | null;
};

interface SummaryRecord extends FigureColumns {
  incident_id: string;
  date: string | null;
  date_precision: string;
  place: string | null;
  gazetteer_id: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: string;
  actor: string | null;
  weapon: string | null;
  sources: string;
  articles: number;
  grade: string;
  grade_reasons: string;
  notes: string;
}

/** A summary row as summarize() makes it, key for key (exports write it as JSON). */
function summaryOf(r: SummaryRecord): IncidentSummary {
  const range = (name: "killed" | "civilians" | "children" | "women" | "injured") => ({
    min: r[`${name}_min`],
    best: r[`${name}_best`],
    max: r[`${name}_max`],
  });
  return {
    id: r.incident_id,
    date: r.date,
    datePrecision: r.date_precision,
    place: r.place,
    gazetteerId: r.gazetteer_id,
    admin1: r.admin1,
    country: r.country,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geo_precision as GeoPrecision,
    actor: r.actor,
    weapon: r.weapon,
    killed: range("killed"),
    civilians: range("civilians"),
    children: range("children"),
    women: range("women"),
    injured: range("injured"),
    sources: JSON.parse(r.sources) as string[],
    articles: r.articles,
    grade: r.grade,
    notes: r.notes,
  };
}

interface VerdictRecord {
  article_id: number;
  verdict: string;
  disagreements: string;
  agreements: number;
}

function verdictOf(r: VerdictRecord): StoredVerdict {
  return {
    verdict: r.verdict as StoredVerdict["verdict"],
    disagreements: JSON.parse(r.disagreements) as string[],
    agreements: r.agreements,
  };
}

const ORDER_BY: Record<IncidentSort, string> = {
  date: "s.date, s.incident_id",
  "-date": "s.date DESC, s.incident_id DESC",
  // Incidents without the figure last either way.
  killed: "s.killed_best IS NULL, s.killed_best, s.date, s.incident_id",
  "-killed": "s.killed_best DESC, s.date DESC, s.incident_id DESC",
};

/** Matches above which a page is found by reading in order rather than through the filters' indexes. */
const SCAN_ABOVE = 2000;

/** The bit of a (measure, victim) pair in incident_summaries.kinds; 0 for a pair not known. */
function kindBit(measure: string, victim: string): number {
  const m = MEASURES.indexOf(measure as Measure);
  const v = VICTIMS.indexOf(victim as Victim);
  return m < 0 || v < 0 ? 0 : 2 ** (m * VICTIMS.length + v);
}

/** The bits of every pair with this measure and victim (either may be any). */
function kindMask(measure?: string, victim?: string): number {
  let mask = 0;
  for (const m of MEASURES)
    for (const v of VICTIMS)
      if ((measure === undefined || m === measure) && (victim === undefined || v === victim))
        mask |= kindBit(m, v);
  return mask;
}

/**
 * The WHERE clause (with a leading WHERE, or empty) over summaries `s`, and its named parameters.
 * With `scan`, the filters' own indexes are not used (`+column`): the caller reads in order.
 */
function filterSql(
  f: IncidentFilter,
  scan = false,
  /** Read in killed order: then not even the dates' index (a year of 9,000 matches, sorted, took 10–23 ms; read by toll, 4–7). */
  byKilled = false,
): { where: string; params: Record<string, unknown> } {
  const plus = scan ? "+" : "";
  const datePlus = scan && byKilled ? "+" : "";
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.from !== undefined) {
    where.push(`${datePlus}s.date >= @from`);
    params.from = f.from;
  }
  if (f.to !== undefined) {
    // A full timestamp on the last day still counts ("~" sorts after every timestamp character).
    where.push(`${datePlus}s.date < @toEnd`);
    params.toEnd = `${f.to}~`;
  }
  if (f.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    // With dates too, the dates choose the rows: a map's box usually holds most of a country's
    // incidents, a year a few percent of them (without this the planner read 74,000 rows by
    // latitude to count 9,000 of one year).
    const byDate = f.from !== undefined || f.to !== undefined;
    where.push(`${byDate ? "+" : plus}s.latitude BETWEEN @minLat AND @maxLat`);
    // A box across the antimeridian has its west edge east of its east edge (RFC 7946 5.2).
    where.push(
      minLon <= maxLon
        ? "s.longitude BETWEEN @minLon AND @maxLon"
        : "(s.longitude >= @minLon OR s.longitude <= @maxLon)",
    );
    Object.assign(params, { minLon, minLat, maxLon, maxLat });
  }
  if (f.place !== undefined) {
    // Whole names, without case or diacritics ("khan shaykhun" is "Khān Shaykhūn"), or a gazetteer id.
    where.push(
      "s.incident_id IN (SELECT x.incident_id FROM incident_places x WHERE x.key IN (@place, @placeId))",
    );
    params.place = foldName(f.place);
    params.placeId = f.place;
  }
  if (f.actor !== undefined) {
    where.push(`${plus}s.actor_key = @actor`);
    params.actor = foldName(f.actor);
  }
  if (f.weapon !== undefined) {
    where.push(`${plus}s.weapon = @weapon`);
    params.weapon = f.weapon;
  }
  if (f.grade !== undefined) {
    where.push(`${plus}s.grade = @grade`);
    params.grade = f.grade;
  }
  if (f.measure !== undefined || f.victim !== undefined) {
    // A bit per (measure, victim) the incident's claims tell: tested in the row, no lookup.
    where.push("(s.kinds & @kinds) != 0");
    params.kinds = kindMask(f.measure, f.victim);
  }
  return { where: where.length > 0 ? `WHERE ${where.join(" AND ")}` : "", params };
}
