// Grading an incident's evidence, modelled on Airwars' grades, each with its reasons:
// discounted (a duplicate of another incident, or every claim's sentence calls the report false
// and the one who says so is not the party blamed: discount.ts), confirmed (the accused party
// acknowledges it), contested (sources disagree on who did it, or on the figures beyond their
// ranges on the same day; the blamed party denies it; or one report of it is called false), fair
// (two or more independent sources), weak (one source). Discounted overrides the others.
import { type Duplicate, type Refutation, refutation } from "./discount.js";
import { bounds, type FigureClaim, sourceOf } from "./reconcile.js";

export type Grade = "discounted" | "confirmed" | "contested" | "fair" | "weak";

export interface GradeClaim extends FigureClaim {
  actor: string | null;
  /** The sentence that tells the claim, when the caller has it: read for reports called false. */
  sentence?: string | null;
}

/** What the store knows of an incident beyond its claims. */
export interface GradeEvidence {
  /** Set when only reposts of articles told in other incidents tell it (discount.ts). */
  duplicate?: Duplicate;
}

export interface Graded {
  grade: Grade;
  reasons: string[];
}

export function gradeIncident(claims: readonly GradeClaim[], evidence: GradeEvidence = {}): Graded {
  const discounted = duplicateRule(evidence.duplicate) ?? wronglyReported(claims);
  if (discounted) return { grade: "discounted", reasons: discounted };
  const sources = [...new Set(claims.map(sourceOf))];
  const actors = [...new Set(claims.map((c) => c.actor?.toLowerCase()).filter((a): a is string => !!a))];
  const admitting = claims.find((c) => c.actor && c.source && sameParty(c.actor, c.source));
  if (admitting)
    return {
      grade: "confirmed",
      reasons: [
        `${admitting.source} acknowledges it (claim ${admitting.id}), and it is the party named as responsible`,
      ],
    };
  const reasons: string[] = [];
  if (actors.length > 1) reasons.push(`sources name different perpetrators: ${actors.join(", ")}`);
  const clash = figureClash(claims);
  if (clash) reasons.push(clash);
  reasons.push(...disputed(claims));
  if (reasons.length > 0) return { grade: "contested", reasons };
  if (sources.length > 1)
    return {
      grade: "fair",
      reasons: [`${sources.length} independent sources: ${sources.sort().join(", ")}`],
    };
  return { grade: "weak", reasons: [`one source: ${sources[0] ?? "none"}`] };
}

/** Discounted as a duplicate: the incident its articles' originals tell is the one kept. */
function duplicateRule(duplicate: Duplicate | undefined): string[] | null {
  if (!duplicate) return null;
  const n = duplicate.articles;
  return [
    `duplicate of ${duplicate.of.join(", ")}: ${n === 1 ? "its article reposts an article" : `its ${n} articles repost articles`} told there`,
  ];
}

/** Discounted as wrongly reported: every claim's sentence calls the report false, and not by the party blamed. */
function wronglyReported(claims: readonly GradeClaim[]): string[] | null {
  if (claims.length === 0) return null;
  const found: Array<{ c: GradeClaim; r: Refutation }> = [];
  for (const c of claims) {
    const r = c.sentence ? refutation(c.sentence, c.actor) : null;
    if (r?.kind !== "refuted") return null;
    found.push({ c, r });
  }
  return found.map(
    ({ c, r }) =>
      `reported wrongly: ${r.by}, not the party blamed${c.actor ? ` (${c.actor})` : ""}, says "${r.words}" (claim ${c.id}, ${r.rule})`,
  );
}

/** Contested: the blamed party denies a claim, or some (not all) of its reports are called false. */
function disputed(claims: readonly GradeClaim[]): string[] {
  // One reason per party and kind: the first claim it is said of stands for the rest.
  const reasons = new Map<string, string>();
  for (const c of claims) {
    const r = c.sentence ? refutation(c.sentence, c.actor) : null;
    if (!r || reasons.has(`${r.kind}/${r.by}`)) continue;
    reasons.set(
      `${r.kind}/${r.by}`,
      r.kind === "denied"
        ? `${r.by}, the party blamed, denies it: "${r.words}" (claim ${c.id})`
        : `${r.by} calls one report of it false: "${r.words}" (claim ${c.id})`,
    );
  }
  return [...reasons.values()];
}

/** "US-led coalition" said by the coalition; "Russian warplanes" and the Russian defence ministry. */
function sameParty(actor: string, source: string): boolean {
  const a = actor.toLowerCase();
  const s = source.toLowerCase();
  return s.includes(a) || a.includes(s) || (a.startsWith("russian") && s.includes("russian defen"));
}

/** Two sources whose figures for the same victims, reported the same day, cannot both be right. */
function figureClash(claims: readonly GradeClaim[]): string | null {
  for (const a of claims)
    for (const b of claims) {
      if (a.id >= b.id || a.measure !== b.measure || a.victim !== b.victim) continue;
      if (sourceOf(a) === sourceOf(b) || !a.published || a.published !== b.published) continue;
      const [x, y] = [bounds(a), bounds(b)];
      if (!x || !y) continue;
      const gap =
        x.high < y.low ? y.low / Math.max(1, x.high) : y.high < x.low ? x.low / Math.max(1, y.high) : 1;
      if (gap >= 2)
        return `figures disagree on the same day: ${sourceOf(a)} gives ${a.value} ${a.victim} ${a.measure}, ${sourceOf(b)} ${b.value}`;
    }
  return null;
}
