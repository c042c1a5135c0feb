// "42 people, including 18 children and 12 women": the parts of a toll share its measure.
// Also the lists that follow: "including 1733 children 969 women and 3110 men".
import { WordSequences } from "../text/tokens.js";
import { lastEvidenceIndex } from "./scan.js";
import type { FigureContext, MeasureRule } from "./types.js";

const OPENERS = new WordSequences(
  [
    ["including"],
    ["among", "them"],
    ["among", "whom"],
    ["among", "those"],
    ["of", "whom"],
    ["of", "them"],
    ["incl"],
  ].map((words) => [words, true] as const),
);

function opensBreakdown(ctx: FigureContext, i: number): number {
  return OPENERS.endingAt(ctx.tokens, i)?.from ?? -1;
}

export const breakdown: MeasureRule = (ctx) => {
  const { figure, index, tokens, phrase } = ctx;
  let at = opensBreakdown(ctx, figure.first);
  // A place-wise breakdown: "including 9 in the neighborhood Alsaliheen 8 in Ansari 5 in …".
  const byPlace = !phrase.noun && /^(in|at|and)$/.test(tokens[figure.end]?.lower ?? "");
  let continued = false;
  if (at < 0 && index > 0) {
    const prevEvidence = ctx.earlier[index - 1];
    const prevEnd = ctx.phrases[index - 1]?.end ?? -1;
    let j = figure.first - 1;
    if (tokens[j]?.lower === "and" || tokens[j]?.text === ",") j--;
    if (prevEvidence?.rule === "breakdown") {
      // Right after the previous part ("1733 children 969 women"), or after its place ("8 in Ansari 5 in …").
      const gap = tokens.slice(prevEnd, j + 1);
      const placeOnly =
        byPlace &&
        gap.length <= 6 &&
        gap.every(
          (t) =>
            /^[A-Z]/.test(t.text) ||
            /^(in|the|and|of|neighbou?rhood|district|town|village|area)$/.test(t.lower),
        );
      if ((phrase.noun && prevEnd === j + 1) || placeOnly) {
        at = prevEvidence.trigger.first;
        continued = true;
      }
    }
  }
  if (at < 0) return null;
  // Only a person count, or a count per place, can be part of a toll.
  if (!phrase.noun && !byPlace) return null;
  const headIndex = lastEvidenceIndex(ctx, (e) => e.rule !== "breakdown");
  const head = headIndex >= 0 ? ctx.earlier[headIndex] : undefined;
  const measure = head?.measure ?? ctx.previousMeasure;
  if (!measure) return null;
  const headVictim = headIndex >= 0 ? (ctx.phrases[headIndex]?.noun?.victim ?? head?.victim) : undefined;
  return {
    measure,
    rule: "breakdown",
    reason: continued
      ? `continues a breakdown list of a ${measure} toll`
      : `"${tokens[at]?.text}" lists part of a ${measure} toll${head ? "" : " stated in the previous sentence"}`,
    trigger: { first: at, end: at + 1 },
    ...(byPlace && headVictim ? { victim: headVictim } : {}),
  };
};
