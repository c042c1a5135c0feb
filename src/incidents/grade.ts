// Grading an incident's evidence, modelled on Airwars' grades, each with its reasons:
// confirmed (the accused party acknowledges it), contested (sources disagree on who did it, or on
// the figures beyond their ranges on the same day), fair (two or more independent sources), weak
// (one source).
import { bounds, type FigureClaim, sourceOf } from "./reconcile.js";

export type Grade = "confirmed" | "contested" | "fair" | "weak";

export interface GradeClaim extends FigureClaim {
  actor: string | null;
}

export interface Graded {
  grade: Grade;
  reasons: string[];
}

export function gradeIncident(claims: readonly GradeClaim[]): Graded {
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
  if (reasons.length > 0) return { grade: "contested", reasons };
  if (sources.length > 1)
    return {
      grade: "fair",
      reasons: [`${sources.length} independent sources: ${sources.sort().join(", ")}`],
    };
  return { grade: "weak", reasons: [`one source: ${sources[0] ?? "none"}`] };
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
