// Every article of a store as one export row: where it came from, how many claims it gives, the
// incidents it tells (its main one holds most of its claims), its verdict (judge.ts, as stored) and
// its story. Call ensureSummaries (refresh.ts) first.
import type { Store, StoredIncident } from "../store/types.js";
import type { Verdict } from "./judge.js";

export interface ArticleRow {
  id: number;
  docId: string | null;
  outlet: string | null;
  url: string | null;
  origin: string;
  title: string | null;
  published: string | null;
  claims: number;
  /** The incidents it tells, by id; the main one holds most of its claims (the earliest claim's on a tie). */
  incidents: string[];
  mainIncident: string | null;
  /** Unverified too for an article that tells no incident: nothing checks it. */
  verdict: Verdict;
  disagreements: string[];
  /** The article that founded its story (its own id for a founder). */
  story: number;
  /** The story's founder when this article is a near-duplicate or repost of it, else null. */
  repostOf: number | null;
}

/** The rows, by article id; `incidents` may be passed when the caller has read them. */
export function* articleRows(
  store: Store,
  incidents: readonly StoredIncident[] = [...store.incidents()],
): IterableIterator<ArticleRow> {
  const claims = new Map<number, number>();
  for (const c of store.claims({})) claims.set(c.articleId, (claims.get(c.articleId) ?? 0) + 1);
  // Per article: each incident it tells, with how many of its claims and its earliest claim.
  const told = new Map<number, Map<string, { n: number; first: number }>>();
  for (const incident of incidents)
    for (const c of incident.claims) {
      const mine = told.get(c.articleId) ?? new Map<string, { n: number; first: number }>();
      const seen = mine.get(incident.id);
      if (seen) {
        seen.n++;
        seen.first = Math.min(seen.first, c.id);
      } else mine.set(incident.id, { n: 1, first: c.id });
      told.set(c.articleId, mine);
    }
  for (const a of store.articles()) {
    const mine = [...(told.get(a.id) ?? new Map<string, { n: number; first: number }>())];
    mine.sort(([, x], [, y]) => y.n - x.n || x.first - y.first);
    // The verdict refresh.ts stored (judge.ts against the article's incidents).
    const judged = store.verdict(a.id);
    yield {
      id: a.id,
      docId: a.docId,
      outlet: a.outlet,
      url: a.url,
      origin: a.origin,
      title: a.title,
      published: a.published,
      claims: claims.get(a.id) ?? 0,
      incidents: mine.map(([id]) => id).sort(),
      mainIncident: mine[0]?.[0] ?? null,
      verdict: judged?.verdict ?? "unverified",
      disagreements: judged?.disagreements ?? [],
      story: a.story,
      repostOf: a.story === a.id ? null : a.story,
    };
  }
}
