// Shared helpers for the claim rules: which figure a trigger word belongs to.
import type { Token } from "../text/tokens.js";
import type { FigureContext } from "./types.js";

/** The figure index whose first token is i, if any. */
export function figureStartingAt(ctx: FigureContext, i: number): number {
  return ctx.figures.findIndex((f) => f.first === i || f.numStart === i);
}

/** The figure index whose noun phrase ends just before i, if any. */
export function figureEndingAt(ctx: FigureContext, i: number): number {
  return ctx.figures.findIndex((f, k) => (ctx.phrases[k]?.end ?? f.end) === i);
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

export function words(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.max(from, to))
    .map((t) => t.lower)
    .join(" ");
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
