// Versioned schema migrations. The store's version is SQLite's `user_version`; opening a store
// applies, in order and each in its own transaction, every migration newer than it. A store made
// by an older Tally therefore opens in a newer one. Never edit a migration that has shipped:
// add the next one.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "articles, claims, places, ingest runs",
    sql: `
      CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        stored INTEGER, present INTEGER, rejected INTEGER, claims INTEGER, unresolved_places INTEGER
      );
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_id TEXT,
        outlet TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        text TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        signature BLOB NOT NULL,
        origin TEXT NOT NULL,
        run_id INTEGER NOT NULL REFERENCES ingest_runs(id)
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      ) WITHOUT ROWID;
      CREATE TABLE near_duplicates (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        other_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (article_id, other_id)
      ) WITHOUT ROWID;
      CREATE TABLE places (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lat REAL,
        lon REAL,
        admin1 TEXT,
        country TEXT,
        country_code TEXT
      );
      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        measure TEXT NOT NULL,
        victim TEXT NOT NULL,
        value REAL,
        high REAL,
        qualifier TEXT NOT NULL,
        scope TEXT NOT NULL,
        place TEXT,
        date TEXT,
        date_precision TEXT NOT NULL,
        actor TEXT,
        weapon TEXT,
        source TEXT,
        quote TEXT NOT NULL,
        span_field TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        rule TEXT NOT NULL,
        reason TEXT NOT NULL,
        place_id TEXT REFERENCES places(id),
        geo_precision TEXT NOT NULL,
        geo_note TEXT NOT NULL,
        UNIQUE (article_id, seq)
      );
      CREATE INDEX claims_date ON claims(date);
      CREATE INDEX claims_measure_victim ON claims(measure, victim);
      CREATE INDEX claims_place_id ON claims(place_id);
    `,
  },
  {
    version: 2,
    description: "ingest runs count the near-duplicates they stored",
    sql: "ALTER TABLE ingest_runs ADD COLUMN near_duplicates INTEGER;",
  },
  {
    version: 3,
    description: "MinHash signatures in a table of their own",
    // The near-duplicate lookup reads many signatures per article stored; in the articles row a
    // signature sits after the text, and reading it pulls in the text's overflow pages too.
    sql: `
      CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      );
      INSERT INTO article_signatures (article_id, signature) SELECT id, signature FROM articles;
      ALTER TABLE articles DROP COLUMN signature;
    `,
  },
  {
    version: 4,
    description: "near-duplicates as stories: each article names the story it belongs to",
    // Pairs grew with the square of a story's copies (25 outlets carrying one wire story made
    // 600 rows); a story id is one value an article. story_id is NULL for an article that founded
    // its story. Stored pairs become stories by their earliest member.
    sql: `
      ALTER TABLE article_signatures ADD COLUMN story_id INTEGER;
      UPDATE article_signatures SET story_id = (
        SELECT min(other_id) FROM near_duplicates
        WHERE near_duplicates.article_id = article_signatures.article_id
          AND other_id < article_signatures.article_id
      );
      CREATE INDEX article_signatures_story ON article_signatures(story_id);
      DROP TABLE near_duplicates;
    `,
  },
  {
    version: 5,
    description: "incidents: event claims linked across articles, each link with its rule and reason",
    sql: `
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        first_date TEXT,
        last_date TEXT,
        claims INTEGER NOT NULL,
        articles INTEGER NOT NULL
      );
      CREATE INDEX incidents_first_date ON incidents(first_date);
      CREATE TABLE incident_claims (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        linked_to INTEGER REFERENCES claims(id),
        rule TEXT,
        reason TEXT,
        PRIMARY KEY (incident_id, claim_id)
      ) WITHOUT ROWID;
      CREATE UNIQUE INDEX incident_claims_claim ON incident_claims(claim_id);
    `,
  },
  {
    version: 6,
    description: "incident summaries, the kinds of harm each tells, and article verdicts, precomputed",
    // Listing, mapping and counting incidents reads these rows, never the claims: they are written
    // whenever incidents change (src/incidents/refresh.ts). A store linked by an older Tally has
    // incidents and no summaries yet: the flag says so, and the next reader computes them. The
    // *_key columns are names folded for matching (store/fold.ts: no case, no diacritics).
    sql: `
      CREATE TABLE incident_summaries (
        incident_id TEXT NOT NULL UNIQUE REFERENCES incidents(id) ON DELETE CASCADE,
        date TEXT,
        date_precision TEXT NOT NULL,
        place TEXT,
        gazetteer_id TEXT,
        admin1 TEXT,
        country TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision TEXT NOT NULL,
        actor TEXT,
        weapon TEXT,
        killed_min INTEGER, killed_best INTEGER, killed_max INTEGER,
        civilians_min INTEGER, civilians_best INTEGER, civilians_max INTEGER,
        children_min INTEGER, children_best INTEGER, children_max INTEGER,
        women_min INTEGER, women_best INTEGER, women_max INTEGER,
        injured_min INTEGER, injured_best INTEGER, injured_max INTEGER,
        sources TEXT NOT NULL,
        source_count INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        grade TEXT NOT NULL,
        grade_reasons TEXT NOT NULL,
        notes TEXT NOT NULL,
        duplicate TEXT,
        actor_key TEXT,
        kinds INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX incident_summaries_date ON incident_summaries(date, incident_id);
      CREATE INDEX incident_summaries_killed ON incident_summaries(killed_best, date, incident_id);
      CREATE INDEX incident_summaries_grade ON incident_summaries(grade, date);
      CREATE INDEX incident_summaries_actor ON incident_summaries(actor_key);
      CREATE INDEX incident_summaries_weapon ON incident_summaries(weapon);
      CREATE INDEX incident_summaries_lat ON incident_summaries(latitude, longitude);
      CREATE INDEX incident_summaries_duplicate ON incident_summaries(incident_id) WHERE duplicate IS NOT NULL;
      CREATE TABLE incident_kinds (
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        measure TEXT NOT NULL,
        victim TEXT NOT NULL,
        date TEXT,
        low INTEGER,
        best INTEGER,
        high INTEGER,
        PRIMARY KEY (incident_id, measure, victim)
      ) WITHOUT ROWID;
      CREATE INDEX incident_kinds_kind ON incident_kinds(measure, victim, date, low, best, high);
      CREATE TABLE incident_places (
        key TEXT NOT NULL,
        incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        PRIMARY KEY (key, incident_id)
      ) WITHOUT ROWID;
      CREATE INDEX incident_places_incident ON incident_places(incident_id);
      CREATE TABLE timeline_days (
        date TEXT NOT NULL,
        measure TEXT NOT NULL,
        victim TEXT NOT NULL,
        low INTEGER,
        best INTEGER,
        high INTEGER,
        incidents INTEGER NOT NULL,
        PRIMARY KEY (measure, victim, date)
      ) WITHOUT ROWID;
      CREATE TABLE article_verdicts (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        verdict TEXT NOT NULL,
        disagreements TEXT NOT NULL,
        agreements INTEGER NOT NULL
      );
      CREATE INDEX article_verdicts_verdict ON article_verdicts(verdict);
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX claims_place_scope ON claims(place_id, scope);
      CREATE TABLE store_flags (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO store_flags (name, value) SELECT 'summaries_stale', '1' WHERE EXISTS (SELECT 1 FROM incidents);
    `,
  },
  {
    version: 7,
    description: "period tallies found by place and day, and province-wide ones apart",
    // An incident's period tallies are the aggregates at its place, and the province-wide ones of
    // its province: looked up by place, not by reading every aggregate of every place in the
    // province. Partial indexes: only aggregates (a few percent of claims) are in them, so storing
    // an event claim costs no more than before.
    sql: `
      DROP INDEX claims_place_scope;
      CREATE INDEX claims_aggregates ON claims(place_id, date) WHERE scope = 'aggregate';
      CREATE INDEX claims_province_aggregates ON claims(place_id)
        WHERE scope = 'aggregate' AND geo_precision = 'province';
    `,
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
