// "24 bodies", "three deaths and 22 injuries", "4 million refugees": the noun is the measure.
import type { MeasureRule } from "./types.js";

export const nounImplies: MeasureRule = (ctx) => {
  const { phrase } = ctx;
  const measure = phrase.noun?.implies;
  if (!measure || !phrase.head) return null;
  const end = phrase.end;
  return {
    measure,
    rule: "noun-implies",
    reason: `the counted noun "${phrase.head}" means ${measure}`,
    trigger: { first: end - 1, end },
  };
};
