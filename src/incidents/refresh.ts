// The precomputed rows the API and the exports read (store/types.ts SummaryRow): each incident's
// summary, grade and kinds of harm, and each article's verdict, written whenever incidents change.
//
// What a change of incidents can change:
// - an incident's own row: its claims, figures, place and grade; every incident relinking made
//   (relink.ts passes their ids) is written again, and the ones it removed go with them;
// - the duplicate rule looks across incidents (discount.ts): whether a kept incident duplicates
//   another, and which, depends on the incidents its founders' claims are in now, and ingest can
//   join stories and so change an article's founder. The rule is cheap (figures and founders
//   only), so it is run over every incident each time, and the kept incidents whose result differs
//   from the stored one are graded again;
// - an article's verdict reads only the incidents holding its claims: the articles with claims in
//   the incidents made are judged again (a removed incident's claims are all in made ones).
import type { Store, StoredIncident, StoredVerdict, SummaryRow } from "../store/types.js";
import { type Duplicate, findDuplicates } from "./discount.js";
import { articleReader, gradeWith } from "./grade-store.js";
import { judgeArticle } from "./judge.js";
import { reconcile } from "./reconcile.js";
import { summarize } from "./summary.js";

/** Incidents read and written this many at a time: memory stays bounded on a large store. */
const CHUNK = 2000;

/**
 * Writes the rows of the incidents `made` (all of them when undefined, or when the stored rows are
 * stale) and of those whose duplicate grading changed, and the verdicts of their articles. Call it
 * in the transaction that changed the incidents.
 */
export function refreshSummaries(
  store: Store,
  made?: readonly string[],
  options: { full?: boolean } = {},
): void {
  const full = made === undefined || options.full === true;
  const duplicates = allDuplicates(store);
  let ids: string[];
  if (full) {
    store.clearSummaries();
    ids = store.incidentIds();
  } else {
    const todo = new Set(made);
    const stored = store.storedDuplicates();
    for (const [id, json] of stored) if (JSON.stringify(duplicates.get(id) ?? null) !== json) todo.add(id);
    for (const [id, duplicate] of duplicates) if (stored.get(id) !== JSON.stringify(duplicate)) todo.add(id);
    ids = [...todo];
  }
  for (let i = 0; i < ids.length; i += CHUNK) {
    const reader = articleReader(store);
    const rows: SummaryRow[] = [];
    for (const id of ids.slice(i, i + CHUNK)) {
      const incident = store.incident(id);
      if (incident) rows.push(rowOf(incident, duplicates.get(id), reader.sentenceOf));
    }
    store.writeSummaries(rows);
  }
  const articles = full ? null : store.articlesOfIncidents(made ?? []);
  judgeArticles(store, articles);
  store.markSummariesFresh();
}

/** Writes every summary again when the stored ones are stale (a store linked by an older Tally). */
export function ensureSummaries(store: Store): void {
  if (store.summariesStale()) store.atomically(() => refreshSummaries(store));
}

function rowOf(
  incident: StoredIncident,
  duplicate: Duplicate | undefined,
  sentenceOf: Parameters<typeof gradeWith>[2],
): SummaryRow {
  const figures = reconcile(incident.claims);
  const graded = gradeWith(incident, duplicate, sentenceOf);
  const kinds = new Map<string, SummaryRow["kinds"][number]>();
  for (const c of incident.claims)
    kinds.set(`${c.measure}/${c.victim}`, {
      measure: c.measure,
      victim: c.victim,
      low: null,
      best: null,
      high: null,
    });
  for (const f of figures)
    kinds.set(`${f.measure}/${f.victim}`, {
      measure: f.measure,
      victim: f.victim,
      low: f.low,
      best: f.best,
      high: f.high,
    });
  return {
    summary: summarize(incident, figures, graded),
    reasons: graded.reasons,
    duplicate: duplicate ?? null,
    kinds: [...kinds.values()],
  };
}

/** The duplicate rule over every incident, from figures and founders alone. */
function allDuplicates(store: Store): Map<string, Duplicate> {
  const incidents = new Map<string, { id: string; claims: ReturnType<Store["duplicateClaims"]> }>();
  const founderOf = new Map<number, number>();
  for (const c of store.duplicateClaims()) {
    let incident = incidents.get(c.incidentId);
    if (!incident) {
      incident = { id: c.incidentId, claims: [] };
      incidents.set(c.incidentId, incident);
    }
    incident.claims.push(c);
    founderOf.set(c.articleId, c.founder);
  }
  return findDuplicates([...incidents.values()], founderOf);
}

/** Judges these articles (every article telling an incident when null) against their incidents. */
function judgeArticles(store: Store, articles: readonly number[] | null): void {
  const ids = articles ?? store.articlesOfIncidents(store.incidentIds());
  for (let i = 0; i < ids.length; i += CHUNK) {
    const incidents = new Map<string, StoredIncident["claims"]>();
    const claimsOf = (id: string) => {
      let claims = incidents.get(id);
      if (!claims) {
        claims = store.incident(id)?.claims ?? [];
        incidents.set(id, claims);
      }
      return claims;
    };
    const verdicts = new Map<number, StoredVerdict>();
    for (const article of ids.slice(i, i + CHUNK)) {
      const { verdict, disagreements, agreements } = judgeArticle(
        article,
        store.incidentsOfArticle(article).map(claimsOf),
      );
      verdicts.set(article, { verdict, disagreements, agreements });
    }
    store.writeVerdicts(verdicts);
  }
}
