// "killing at least 40 civilians", "claimed the lives of 129 loyalists", "the deaths of
// at least 146 civilians", "killed a nurse a hospital employee and two soldiers":
// an active verb or a measure noun with "of" before the figure.
import { ACTIVE, isHypothetical, NOMINAL_OF } from "../lexicon/measures.js";
import { CLAUSE_BREAK, figureEndingAt } from "./scan.js";
import type { MeasureRule } from "./types.js";

const DETERMINERS = /^(a|an|the|another|total|of|confirmed|further|additional|reported|some|their|its)$/;
const PASSIVE_AUX = /^(were|was|been|be|being|are|is|get|got)$/;
// Verbs that mean killing only with a person count as object: "lost 15 fighters", "claimed more than 100 civilians".
const NEEDS_PERSON = /^(claimed|claiming|claim|claims|lost|losing|eliminated|eliminating)$/;

/** Verbs that take people as objects without harming them. */
const OTHER_VERBS = new Set(
  (
    "free frees freed freeing rescue rescues rescued rescuing evacuate evacuates evacuated evacuating " +
    "arrest arrests arrested arresting capture captures captured capturing detain detains detained detaining " +
    "release releases released releasing kidnap kidnaps kidnapped kidnapping abduct abducts abducted abducting " +
    "save saves saved saving treat treats treated treating hold holds held holding"
  ).split(" "),
);

export const activeBefore: MeasureRule = (ctx) => {
  const { tokens, figure, phrase } = ctx;
  const maxGap = phrase.noun ? 12 : 3;
  let j = figure.first - 1;
  // 'initially killing "50 terrorists."': a quote mark may open the figure.
  if (/^["“']$/.test(tokens[j]?.text ?? "")) j--;
  let gap = 0;
  while (j >= 0 && gap <= maxGap) {
    const t = tokens[j];
    if (!t) break;
    const noun = t.lower === "of" ? tokens[j - 1] : undefined;
    if (noun) {
      const measure = NOMINAL_OF.get(noun.lower);
      if (measure) {
        return {
          measure,
          rule: "active-before",
          reason: `"${noun.text} of" governs the figure`,
          trigger: { first: j - 1, end: j + 1 },
        };
      }
    }
    const measure =
      ACTIVE.get(t.lower) ?? (t.lower === "lost" || t.lower === "losing" ? "killed" : undefined);
    if (measure) {
      const passive = PASSIVE_AUX.test(tokens[j - 1]?.lower ?? "");
      if (!passive && (!NEEDS_PERSON.test(t.lower) || phrase.noun)) {
        for (let h = Math.max(0, j - 2); h < j; h++) if (isHypothetical(tokens[h])) return null;
        return {
          measure,
          rule: "active-before",
          reason: `the verb "${t.text}" takes the figure as its object`,
          trigger: { first: j, end: j + 1 },
        };
      }
      return null;
    }
    if (CLAUSE_BREAK.has(t.lower) || (t.kind === "punct" && t.text !== "," && t.text !== "-")) return null;
    // "Kill 30 Terrorists Free 19 Civilians": another verb has the figure; the killing is not its.
    if (OTHER_VERBS.has(t.lower)) return null;
    // Skip a coordinated figure: "killed 15 civilians and 27 fighters".
    const k = figureEndingAt(ctx, j + 1);
    if (k >= 0 && k < ctx.index) {
      const f = ctx.figures[k];
      if (f) {
        gap += j + 1 - f.first;
        j = f.first - 1;
        continue;
      }
    }
    if (!phrase.noun && !DETERMINERS.test(t.lower)) return null;
    j--;
    gap++;
  }
  return null;
};
