// Pairwise evaluation of linking against hand-labelled pairs of articles (same incident or not,
// test/fixtures/incidents/pairs.json): two articles are predicted to tell the same incident when
// each one's main incident is among those the other tells (the labels are about the articles'
// main events: a report that only recalls an attack in passing does not tell it). An article's main incident holds most of its
// claims (the first claim's, on a tie): a 2017 report that recalls the 2013 Ghouta attack does not
// tell the same incident as a report of 2013.
import { z } from "zod";
import type { Incident, LinkClaim } from "./types.js";

export const labelledPairs = z.array(
  z.object({ a: z.string(), b: z.string(), same: z.boolean(), incident: z.string(), why: z.string() }),
);
export type LabelledPair = z.infer<typeof labelledPairs>[number];

export interface PairScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Pairs the linking got wrong, for reading. */
  wrong: LabelledPair[];
}

/** Scores linking on labelled pairs; `docOf` names each claim's article as the pairs do. */
export function scorePairs(
  pairs: readonly LabelledPair[],
  incidents: readonly Incident[],
  claims: readonly LinkClaim[],
  docOf: (claim: LinkClaim) => string,
): PairScore {
  const told = incidentsTold(incidents, claims, docOf);
  const main = mainIncidents(told);
  const score: PairScore = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, wrong: [] };
  for (const pair of pairs) {
    const [a, b] = [main.get(pair.a), main.get(pair.b)];
    const predicted =
      a !== undefined &&
      b !== undefined &&
      (told.get(pair.b)?.has(a) ?? false) &&
      (told.get(pair.a)?.has(b) ?? false);
    if (predicted && pair.same) score.tp++;
    else if (predicted) score.fp++;
    else if (pair.same) score.fn++;
    else score.tn++;
    if (predicted !== pair.same) score.wrong.push(pair);
  }
  score.precision = score.tp + score.fp > 0 ? score.tp / (score.tp + score.fp) : 0;
  score.recall = score.tp + score.fn > 0 ? score.tp / (score.tp + score.fn) : 0;
  return score;
}

/** How many of each article's claims each incident holds, the earliest of them, and whether it is placed finer than a country. */
type Told = Map<string, Map<string, { n: number; first: number; placed: boolean }>>;

/** The incidents each article tells, by document. */
export function incidentsTold(
  incidents: readonly Incident[],
  claims: readonly LinkClaim[],
  docOf: (claim: LinkClaim) => string,
): Told {
  const incidentOf = new Map<number, string>();
  for (const incident of incidents) for (const id of incident.claims) incidentOf.set(id, incident.id);
  const told: Told = new Map();
  for (const claim of claims) {
    const incident = incidentOf.get(claim.id);
    if (!incident) continue;
    const doc = docOf(claim);
    const counts = told.get(doc) ?? new Map<string, { n: number; first: number; placed: boolean }>();
    const entry = counts.get(incident) ?? { n: 0, first: claim.offset, placed: false };
    entry.n++;
    entry.first = Math.min(entry.first, claim.offset);
    entry.placed ||= claim.geo.precision !== "country";
    counts.set(incident, entry);
    told.set(doc, counts);
  }
  return told;
}

/**
 * Each article's main incident: the one with most of its claims, the earliest claim's on a tie.
 * A claim placed only in "Syria" ("scores dead in Syria" in a headline) tells no incident of its
 * own, so such incidents count only when the article places nothing finer.
 */
export function mainIncidents(told: Told): Map<string, string> {
  const main = new Map<string, string>();
  for (const [doc, counts] of told) {
    const [best] = [...counts].sort(
      ([, x], [, y]) => Number(y.placed) - Number(x.placed) || y.n - x.n || x.first - y.first,
    );
    if (best) main.set(doc, best[0]);
  }
  return main;
}

export function formatPairScore(s: PairScore): string {
  return (
    `incident linking on ${s.tp + s.fp + s.fn + s.tn} labelled article pairs: precision ${s.precision.toFixed(3)}, ` +
    `recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`
  );
}
