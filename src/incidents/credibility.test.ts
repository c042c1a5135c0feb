// The credibility score's logistic regression: it learns, it is deterministic, and every score is
// the sum of its parts.
import { describe, expect, it } from "vitest";
import { contributions, logit, probability, topWeights, train } from "./credibility.js";

// Credible articles quote monitors and rarely say "terrorist"; the second feature is noise.
const names = ["monitor quotes", "noise", "constant"];
const rows = [
  [3, 0.2, 1],
  [2, 0.9, 1],
  [4, 0.5, 1],
  [2.5, 0.1, 1],
  [0, 0.4, 1],
  [0.5, 0.8, 1],
  [1, 0.3, 1],
  [0.2, 0.6, 1],
];
const labels: Array<0 | 1> = [1, 1, 1, 1, 0, 0, 0, 0];

describe("the credibility score's regression", () => {
  const model = train(names, rows, labels);

  it("learns a separable toy set", () => {
    expect(rows.map((r) => probability(model, r) >= 0.5)).toEqual(labels.map((l) => l === 1));
    expect(topWeights(model, 1)[0]?.name).toBe("monitor quotes");
    // A feature that never varies gets no weight.
    expect(model.weights[2]).toBe(0);
  });

  it("explains each score as contributions that sum to its logit", () => {
    for (const r of rows) {
      const { intercept, features } = contributions(model, r);
      expect(features.map((f) => f.name)).toEqual(names);
      expect(features.reduce((s, f) => s + f.contribution, intercept)).toBeCloseTo(logit(model, r), 12);
    }
  });

  it("trains the same model from the same data", () => {
    expect(train(names, rows, labels)).toEqual(model);
  });

  it("refuses rows without labels", () => {
    expect(() => train(names, [], [])).toThrow();
  });
});
