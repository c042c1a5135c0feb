// "Of those killed six were children", "at least 60 of whom are children",
// "five of the dead were children": a share of a toll, its victims named after the verb.
import { victimNoun } from "../lexicon/victims.js";
import type { Measure } from "../types.js";
import { lastEvidenceIndex } from "./scan.js";
import type { MeasureRule } from "./types.js";

export const shareOfToll: MeasureRule = (ctx) => {
  const { tokens, figure, phrase } = ctx;
  if (phrase.noun) return null;
  let j = figure.end;
  let measure: Measure | null = null;
  let how = "";
  if (tokens[j]?.lower === "of") {
    const what = tokens[j + 1]?.lower;
    const more = tokens[j + 2]?.lower;
    if (what === "whom" || what === "them") j += 2;
    else if (
      (what === "the" || what === "those") &&
      more &&
      /^(dead|killed|victims|fatalities)$/.test(more)
    ) {
      measure = "killed";
      how = `"of ${what} ${more}"`;
      j += 3;
    } else if ((what === "the" || what === "those") && more && /^(wounded|injured)$/.test(more)) {
      measure = "injured";
      how = `"of ${what} ${more}"`;
      j += 3;
    } else return null;
  }
  if (!/^(were|are|was|is)$/.test(tokens[j]?.lower ?? "")) return null;
  j++;
  if (/^(all|also|reportedly|mostly)$/.test(tokens[j]?.lower ?? "")) j++;
  const noun = victimNoun(tokens[j]?.lower ?? "");
  if (!noun || noun.implies) return null;
  if (!measure) {
    // "Of those killed six were children": the toll is named just before.
    const before = tokens.slice(Math.max(0, figure.first - 3), figure.first).map((t) => t.lower);
    if (before.includes("killed") || before.includes("dead")) {
      measure = "killed";
      how = `"${before.join(" ")}"`;
    }
  }
  const headIndex = lastEvidenceIndex(ctx, () => true);
  const head = headIndex >= 0 ? ctx.earlier[headIndex] : undefined;
  measure ??= head?.measure ?? ctx.previousMeasure;
  if (!measure) return null;
  return {
    measure,
    victim: noun.victim,
    rule: "share-of-toll",
    reason: `a share of a ${measure} toll${how ? ` (${how})` : ""} whose victims "${tokens[j]?.text}" are named after the verb`,
    trigger: { first: figure.end, end: j + 1 },
  };
};
