import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { findFigures } from "./find-figures.js";

const figures = (text: string) =>
  findFigures(tokenize(text)).map((f) => ({ value: f.value, high: f.high, qualifier: f.qualifier }));

describe("findFigures", () => {
  it.each([
    ["killing at least 40 civilians", 40, null, "at_least"],
    ["the war has killed more than 220000 people", 220000, null, "more_than"],
    ["over 5 million people became refugees", 5_000_000, null, "more_than"],
    ["the internal displacement of some 190,000 persons", 190000, null, "about"],
    ["nearly 300 were wounded", 300, null, "about"],
    ["an estimated 400 people", 400, null, "about"],
    ["Up to 300000 people are still believed to be trapped", 300000, null, "up_to"],
    ["as many as 50 people", 50, null, "up_to"],
    ["no fewer than 12 civilians", 12, null, "at_least"],
    ["killing between 1000 and 1800 people", 1000, 1800, "range"],
    ["United Nations estimates range from 10,000 to 50,000 people", 10000, 50000, "range"],
    ["vary from 10000 to more than 30000", 10000, 30000, "range"],
    ["two to three million people", 2_000_000, 3_000_000, "range"],
    ["40 or more people", 40, null, "at_least"],
  ])("%s", (text, value, high, qualifier) => {
    expect(figures(text)).toContainEqual({ value, high, qualifier });
  });

  it("reads a toll that rose as one figure, not a range", () => {
    expect(figures("the toll rose from 20 to 35")).toEqual([
      { value: 20, high: null, qualifier: "exact" },
      { value: 35, high: null, qualifier: "exact" },
    ]);
  });

  it("marks vague amounts", () => {
    expect(figures("dozens were wounded")).toEqual([{ value: null, high: null, qualifier: "vague" }]);
    expect(figures("tens of thousands fled")).toEqual([{ value: null, high: null, qualifier: "vague" }]);
  });
});
