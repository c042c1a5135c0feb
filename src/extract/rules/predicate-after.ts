// "42 people ... lost their lives", "Thirty civilians were killed", "44 dead and 140 injured",
// "left 624 civilians dead": a passive or predicate form after the figure's noun phrase.
import {
  ACTIVE,
  ANY_PHRASE,
  isHypothetical,
  PHRASE_STARTS,
  PHRASES,
  PREDICATE,
  PREDICATE_FILLER,
} from "../lexicon/measures.js";
import { isVictimWord } from "../lexicon/victims.js";
import { figureStartingAt, triggerTakesObject, words } from "./scan.js";
import type { MeasureRule } from "./types.js";

const MAX_GAP = 8;

/** Words the walk from the figure to its predicate steps over. */
const SUBJECT_CONTINUES = new Set("and including among mostly mainly many most the a an one".split(" "));

export const predicateAfter: MeasureRule = (ctx) => {
  const { tokens, phrase } = ctx;
  let j = phrase.end;
  let gap = 0;
  while (j < tokens.length && gap <= MAX_GAP) {
    const t = tokens[j];
    if (!t) break;
    if (PHRASE_STARTS.has(t.lower)) {
      const rest = words(tokens, j, j + 5);
      if (ANY_PHRASE.test(rest)) {
        for (const [pattern, measure] of PHRASES) {
          const phrase = pattern.exec(rest)?.[0];
          if (phrase) return found(ctx, measure, j, j + phrase.split(" ").length, `"${phrase}"`);
        }
      }
    }
    // "Air strikes killed 12 people in the besieged town": a predicate word used as an adjective
    // before a noun, with a verb that takes the figure before it, predicates nothing.
    const measure = PREDICATE.get(t.lower);
    if (measure && !attributiveAfterVerb(ctx, j)) {
      // "killing 15 people and injuring 25 others": "injuring" takes the next figure, not this one.
      if (triggerTakesObject(ctx, j)) return null;
      return found(ctx, measure, j, j + 1, `"${t.text}"`);
    }
    if (isHypothetical(t)) return null;
    // Coordinated or listed figures share the predicate: "Two women and two soldiers were killed".
    const k = figureStartingAt(ctx, j);
    if (k >= 0 && ctx.phrases[k]?.noun) {
      const end = ctx.phrases[k]?.end ?? j + 1;
      gap += end - j;
      j = end;
      continue;
    }
    if (t.text === "," && /^(including|among|mostly|most|many|mainly)$/.test(tokens[j + 1]?.lower ?? "")) {
      j++;
      continue;
    }
    if (SUBJECT_CONTINUES.has(t.lower) || isVictimWord(t.lower) || PREDICATE_FILLER.has(t.lower)) {
      j++;
      gap++;
      continue;
    }
    return null;
  }
  return null;
};

const BEFORE_ADJECTIVE = /^(the|a|an|in|of|from|at|near|inside|into|to|its|their)$/;
const NOT_A_NOUN =
  /^(and|or|were|was|are|is|in|on|at|by|with|after|during|since|from|as|when|while|who|which|that|had|have|has|but)$/;

function attributiveAfterVerb(ctx: Parameters<MeasureRule>[0], j: number): boolean {
  const { tokens, figure } = ctx;
  const next = tokens[j + 1];
  if (
    !BEFORE_ADJECTIVE.test(tokens[j - 1]?.lower ?? "") ||
    next?.kind !== "word" ||
    NOT_A_NOUN.test(next.lower)
  )
    return false;
  for (let i = figure.first - 1; i >= Math.max(0, figure.first - 3); i--)
    if (ACTIVE.get(tokens[i]?.lower ?? "")) return true;
  return false;
}

function found(
  ctx: Parameters<MeasureRule>[0],
  measure: NonNullable<ReturnType<MeasureRule>>["measure"],
  first: number,
  end: number | undefined,
  what: string,
) {
  // A modal between figure and predicate makes it hypothetical: "could be killed".
  for (let i = ctx.phrase.end; i < first; i++) if (isHypothetical(ctx.tokens[i])) return null;
  return {
    measure,
    rule: "predicate-after",
    reason: `${what} follows the figure's noun phrase`,
    trigger: { first, end: end ?? first + 1 },
  };
}
