// Judging an article against the incidents it reports: consistent (its figures, the party it
// blames and the day it gives agree with the independent sources on the same incidents),
// inconsistent (they contradict them, each disagreement listed), or unverified (no independent
// source tells its incidents, or none says anything the article can be compared with).
import type { DatePrecision } from "../extract/types.js";
import { dayNumber } from "./compatible.js";
import type { GradeClaim } from "./grade.js";
import { partiesOf } from "./parties.js";
import { bounds, sourceOf } from "./reconcile.js";

export type Verdict = "consistent" | "inconsistent" | "unverified";

export interface JudgeClaim extends GradeClaim {
  articleId: number;
  /** The day the harm happened (stored and extracted claims carry it); absent, no date is judged. */
  date?: string | null;
  datePrecision?: DatePrecision;
}

export interface Judgement {
  verdict: Verdict;
  /** "reports 12 killed people; 3 independent sources say 40–46". */
  disagreements: string[];
  /** Comparisons that agreed. */
  agreements: number;
  /** The disagreements by kind, and what was compared at all. */
  counts: { figure: number; actor: number; date: number };
  /** The largest factor by which one of its figures lies outside the others' range (1 when none does). */
  worstRatio: number;
}

/** A figure this many times outside the others' range contradicts them (tolls are revised, not doubled). */
const FIGURE_FACTOR = 2;

/** Days by which an article's date for an event may differ from the day the sources agree on. */
const DATE_SLACK_DAYS = 1;

export function judgeArticle(articleId: number, incidents: ReadonlyArray<readonly JudgeClaim[]>): Judgement {
  const disagreements: string[] = [];
  const counts = { figure: 0, actor: 0, date: 0 };
  let agreements = 0;
  let worstRatio = 1;
  for (const claims of incidents) {
    const own = claims.filter((c) => c.articleId === articleId);
    if (own.length === 0) continue;
    const ownSources = new Set(own.map(sourceOf));
    const others = claims.filter((c) => c.articleId !== articleId && !ownSources.has(sourceOf(c)));
    if (others.length === 0) continue;
    // Figures, per measure and victim: an article often gives a total and its parts ("36 killed,
    // 12 of them in Bustan al-Qasr"), so it disagrees only when none of its figures for those
    // victims comes within the factor of what the others say.
    const groups = new Map<string, JudgeClaim[]>();
    for (const c of own) {
      if (!bounds(c) || c.value === null) continue;
      const key = `${c.measure}/${c.victim}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    for (const mine of groups.values()) {
      const first = mine[0] as JudgeClaim;
      const same = others.filter(
        (o) => o.measure === first.measure && o.victim === first.victim && bounds(o),
      );
      if (same.length === 0) continue;
      const values = same.map((o) => o.value as number);
      const [low, high] = [Math.min(...values), Math.max(...values)];
      const ratios = mine.map((c) => {
        const b = bounds(c) as { low: number; high: number };
        return b.high * FIGURE_FACTOR < low
          ? low / Math.max(1, b.high)
          : b.low > high * FIGURE_FACTOR
            ? b.low / Math.max(1, high)
            : 1;
      });
      const ratio = Math.min(...ratios);
      if (ratio === 1) {
        agreements++;
        continue;
      }
      worstRatio = Math.max(worstRatio, ratio);
      counts.figure++;
      const sources = new Set(same.map(sourceOf)).size;
      const mineValues = [...new Set(mine.map((c) => c.value as number))].sort((a, b) => a - b);
      disagreements.push(
        `reports ${mineValues.join(", ")} ${first.victim} ${first.measure}; ${sources} independent source${sources === 1 ? " says" : "s say"} ${low === high ? low : `${low}–${high}`}`,
      );
    }
    const actor = actorDisagreement(own, others);
    if (actor === "agrees") agreements++;
    else if (actor) {
      counts.actor++;
      disagreements.push(actor);
    }
    // Linking joined the claims by their days already: a day that agrees is no further evidence.
    const date = dateDisagreement(own, others);
    if (date) {
      counts.date++;
      disagreements.push(date);
    }
  }
  const verdict: Verdict =
    disagreements.length > 0 ? "inconsistent" : agreements > 0 ? "consistent" : "unverified";
  return { verdict, disagreements, agreements, counts, worstRatio };
}

/**
 * Who is blamed, compared by party rather than by name: "Russia" and "the Syrian government" fight
 * on one side, and "terrorists" is what one side calls the other's fighters, so neither contradicts
 * the other. The article disagrees when no party it blames is among those the others blame, and
 * one party is blamed by two or more independent sources.
 */
function actorDisagreement(own: readonly JudgeClaim[], others: readonly JudgeClaim[]): string | null {
  const blamed = own.filter((c) => c.actor);
  if (blamed.length === 0) return null;
  const mine = new Set(blamed.flatMap((c) => partiesOf(c.actor as string)));
  const backers = new Map<string, Set<string>>();
  for (const o of others)
    if (o.actor)
      for (const p of partiesOf(o.actor)) backers.set(p, (backers.get(p) ?? new Set()).add(sourceOf(o)));
  if (backers.size === 0) return null;
  if ([...mine].some((p) => backers.has(p))) return "agrees";
  const [party, sources] = [...backers].sort((a, b) => b[1].size - a[1].size)[0] as [string, Set<string>];
  if (sources.size < 2) return null;
  const names = (cs: readonly JudgeClaim[]) =>
    [...new Set(cs.filter((c) => c.actor).map((c) => (c.actor as string).toLowerCase()))].join(", ");
  const theirs = names(others.filter((o) => o.actor && partiesOf(o.actor).includes(party)));
  return `attributes to ${names(blamed)}; ${sources.size} independent sources say ${theirs}`;
}

/**
 * The day of the event: the article disagrees when every day it gives lies more than a day from
 * the one day that two or more independent sources agree on. Only day-precise dates count.
 */
function dateDisagreement(own: readonly JudgeClaim[], others: readonly JudgeClaim[]): string | null {
  const days = (cs: readonly JudgeClaim[]) =>
    cs.filter((c) => c.date && c.datePrecision === "day").map((c) => (c.date as string).slice(0, 10));
  const mine = [...new Set(days(own))];
  if (mine.length === 0) return null;
  const backers = new Map<string, Set<string>>();
  for (const o of others)
    for (const d of days([o])) backers.set(d, (backers.get(d) ?? new Set()).add(sourceOf(o)));
  const top = [...backers].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0];
  if (!top || top[1].size < 2) return null;
  const [day, sources] = top;
  if (mine.some((d) => Math.abs(dayNumber(d) - dayNumber(day)) <= DATE_SLACK_DAYS)) return null;
  return `dates it ${mine.sort().join(", ")}; ${sources.size} independent sources say ${day}`;
}
