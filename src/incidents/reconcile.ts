// Reconciling an incident's figures: for each (measure, victim), the low, best and high in the
// manner of UCDP GED (low/best/high) and Airwars (min/max), each with the rule that chose it.
// Sources count once however many outlets repeat them: two outlets quoting the Syrian Observatory
// are one source.
import type { Measure, Qualifier, Victim } from "../extract/types.js";

export interface FigureClaim {
  id: number;
  measure: Measure;
  victim: Victim;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Who the figure is attributed to, if anyone. */
  source: string | null;
  outlet: string | null;
  published: string | null;
}

export interface Figure {
  measure: Measure;
  victim: Victim;
  low: number;
  best: number;
  high: number;
  /** Independent sources giving a figure, and the claims behind them. */
  sources: string[];
  claims: number[];
  rule: string;
}

/** The source a figure is counted under: the attributed one, else the outlet that told it. */
export function sourceOf(c: FigureClaim): string {
  return (c.source ?? c.outlet ?? "unattributed").toLowerCase();
}

/** What a claim says the toll is at least and at most. */
export function bounds(c: FigureClaim): { low: number; high: number } | null {
  const v = c.value;
  if (v === null || c.qualifier === "vague") return null;
  switch (c.qualifier) {
    case "range":
      return { low: v, high: c.high ?? v };
    case "at_least":
    case "more_than":
      return { low: c.qualifier === "more_than" ? v + 1 : v, high: Number.POSITIVE_INFINITY };
    case "about":
      // "About" as ±10%, rounded (100 × 1.1 is 110.00000000000001 in floating point).
      return { low: Math.round(v * 0.9), high: Math.round(v * 1.1) };
    case "up_to":
      return { low: 0, high: v };
    default:
      return { low: v, high: v };
  }
}

export function reconcile(claims: readonly FigureClaim[]): Figure[] {
  const groups = new Map<string, FigureClaim[]>();
  for (const c of claims) {
    if (!bounds(c)) continue;
    const key = `${c.measure}/${c.victim}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map(figureOf);
}

function figureOf(group: FigureClaim[]): Figure {
  const first = group[0] as FigureClaim;
  const stated = group.map((c) => ({ c, b: bounds(c) as { low: number; high: number } }));
  // The low is the smallest figure anyone gives; the high the largest (an open "at least" adds none).
  const low = Math.min(...stated.map(({ c, b }) => Math.min(b.low, c.value ?? b.low)));
  const high = Math.max(...stated.map(({ c, b }) => (Number.isFinite(b.high) ? b.high : (c.value ?? b.low))));
  // Best: the figure most independent sources agree with, each source judged by its latest report
  // (a source's toll rises: its earlier figure is superseded). A tie goes to the later report, then
  // to the lower figure, as UCDP's best estimate leans conservative.
  const latest = new Map<string, { c: FigureClaim; b: { low: number; high: number } }>();
  for (const s of stated) {
    const seen = latest.get(sourceOf(s.c));
    if (!seen || (s.c.published ?? "") > (seen.c.published ?? "")) latest.set(sourceOf(s.c), s);
  }
  let best = first.value ?? low;
  let bestSupport = -1;
  let bestDate = "";
  for (const { c } of stated) {
    const v = c.value as number;
    const support = [...latest.values()].filter(({ b }) => b.low <= v && v <= b.high).length;
    const date = c.published ?? "";
    if (
      support > bestSupport ||
      (support === bestSupport && (date > bestDate || (date === bestDate && v < best)))
    ) {
      best = v;
      bestSupport = support;
      bestDate = date;
    }
  }
  const rule = `best ${best}: agreed by ${bestSupport} of ${latest.size} independent sources (each by its latest report)`;
  return {
    measure: first.measure,
    victim: first.victim,
    low,
    best,
    high,
    sources: [...new Set(group.map(sourceOf))].sort(),
    claims: group.map((c) => c.id),
    rule: `${rule}; low ${low} and high ${high}: the smallest and largest figures given`,
  };
}
