// Judging an article against the incidents it reports: consistent (its figures and the party it
// blames agree with the independent sources on the same incidents), inconsistent (they contradict
// them, each disagreement listed), or unverified (no independent source tells its incidents).
import type { GradeClaim } from "./grade.js";
import { bounds, sourceOf } from "./reconcile.js";

export type Verdict = "consistent" | "inconsistent" | "unverified";

export interface JudgeClaim extends GradeClaim {
  articleId: number;
}

export interface Judgement {
  verdict: Verdict;
  /** "reports 12 killed people; 3 independent sources say 40–46". */
  disagreements: string[];
  /** Comparisons that agreed. */
  agreements: number;
}

/** A figure this many times outside the others' range contradicts them (tolls are revised, not doubled). */
const FIGURE_FACTOR = 2;

export function judgeArticle(articleId: number, incidents: ReadonlyArray<readonly JudgeClaim[]>): Judgement {
  const disagreements: string[] = [];
  let agreements = 0;
  for (const claims of incidents) {
    const own = claims.filter((c) => c.articleId === articleId);
    if (own.length === 0) continue;
    const ownSources = new Set(own.map(sourceOf));
    const others = claims.filter((c) => c.articleId !== articleId && !ownSources.has(sourceOf(c)));
    if (others.length === 0) continue;
    for (const c of own) {
      const b = bounds(c);
      if (!b || c.value === null) continue;
      const same = others.filter((o) => o.measure === c.measure && o.victim === c.victim && bounds(o));
      if (same.length === 0) continue;
      const values = same.map((o) => o.value as number);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      const sources = new Set(same.map(sourceOf)).size;
      if (b.high * FIGURE_FACTOR < low || b.low > high * FIGURE_FACTOR)
        disagreements.push(
          `reports ${c.value} ${c.victim} ${c.measure}; ${sources} independent source${sources === 1 ? " says" : "s say"} ${low === high ? low : `${low}–${high}`}`,
        );
      else agreements++;
    }
    const blamed = majority(own.map((c) => c.actor));
    const theirs = majority(others.map((c) => c.actor));
    if (blamed && theirs) {
      const backers = new Set(others.filter((o) => o.actor?.toLowerCase() === theirs).map(sourceOf)).size;
      if (blamed !== theirs && backers >= 2)
        disagreements.push(`attributes to ${blamed}; ${backers} independent sources say ${theirs}`);
      else if (blamed === theirs) agreements++;
    }
  }
  const verdict: Verdict =
    disagreements.length > 0 ? "inconsistent" : agreements > 0 ? "consistent" : "unverified";
  return { verdict, disagreements, agreements };
}

function majority(actors: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const a of actors) if (a) counts.set(a.toLowerCase(), (counts.get(a.toLowerCase()) ?? 0) + 1);
  let best: string | null = null;
  for (const [a, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = a;
  return best;
}
