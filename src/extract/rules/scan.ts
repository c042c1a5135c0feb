// Shared helpers for the claim rules: which figure a trigger word belongs to.
import type { Token } from "../text/tokens.js";
import type { FigureContext, MeasureEvidence } from "./types.js";

// Plain loops below: these run at every token a rule walks over.

/** The figure index whose first token is i, if any. */
export function figureStartingAt(ctx: FigureContext, i: number): number {
  const { figures } = ctx;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f && (f.first === i || f.numStart === i)) return k;
  }
  return -1;
}

/** The figure index whose noun phrase ends just before i, if any. */
export function figureEndingAt(ctx: FigureContext, i: number): number {
  const { figures, phrases } = ctx;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f && (phrases[k]?.end ?? f.end) === i) return k;
  }
  return -1;
}

/** The index of the last earlier figure's evidence that passes the test, or -1. */
export function lastEvidenceIndex(ctx: FigureContext, test: (e: MeasureEvidence) => boolean): number {
  const { earlier } = ctx;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (e && test(e)) return k;
  }
  return -1;
}

/** An active trigger at i governs the figure right after it ("injuring 25 others"), not one before. */
export function triggerTakesObject(ctx: FigureContext, i: number): boolean {
  let j = i + 1;
  while (
    j < ctx.tokens.length &&
    /^(a|an|the|another|total|of|confirmed|further|additional)$/.test(ctx.tokens[j]?.lower ?? "")
  )
    j++;
  return figureStartingAt(ctx, j) >= 0;
}

/** The lowercased words of tokens[from, to), joined by single spaces. */
export function words(tokens: readonly Token[], from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(tokens.length, Math.max(from, to));
  let out = "";
  for (let k = start; k < end; k++) out += (k === start ? "" : " ") + (tokens[k]?.lower ?? "");
  return out;
}

/** Clause boundaries: a trigger beyond one of these speaks of another clause. */
export const CLAUSE_BREAK = new Set([
  ".",
  ";",
  ":",
  "?",
  "!",
  '"',
  "“",
  "”",
  "that",
  "which",
  "who",
  "whom",
  "where",
  "when",
  "while",
  "whereas",
  "because",
  "but",
  "although",
  "though",
  "said",
  "says",
  "according",
  "after",
  "before",
  "if",
  "as",
  "with",
]);
