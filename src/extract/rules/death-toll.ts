// "the death toll rose to 112", "putting the death toll at at least 70", "a toll of 44".
import type { MeasureRule } from "./types.js";

const LINK =
  /^(to|at|of|reached|hit|reaching|stood|stands|climbed|rose|risen|is|was|now|surpassed|exceeded|passed)$/;

export const deathToll: MeasureRule = (ctx) => {
  const { tokens, figure } = ctx;
  if (!LINK.test(tokens[figure.first - 1]?.lower ?? "")) return null;
  for (let j = figure.first - 1; j >= Math.max(0, figure.first - 14); j--) {
    const w = tokens[j]?.lower;
    if (w === "." || w === ";") return null;
    if (w === "toll" || w === "tally") {
      const kind = tokens[j - 1]?.lower;
      const measure = kind === "injury" || kind === "wounded" ? "injured" : "killed";
      return {
        measure,
        rule: "death-toll",
        reason: `"${kind ?? ""} ${tokens[j]?.text}" is given as the figure`,
        trigger: { first: j - 1 >= 0 && kind === "death" ? j - 1 : j, end: j + 1 },
      };
    }
  }
  return null;
};
