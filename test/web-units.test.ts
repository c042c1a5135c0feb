// The dashboard's pure helpers: cutting text at claim spans, and filters ⇄ the URL.
import { describe, expect, it } from "vitest";
import { slices } from "../web/src/highlight.js";
import { periodEnd, readFilters, writeFilters } from "../web/src/url-state.js";

describe("slices", () => {
  it("cuts a text at span boundaries, joining the plain parts", () => {
    const text = "At least 58 people were killed, 11 of them children.";
    const out = slices(text, [
      { start: 0, end: 18, value: "a" },
      { start: 9, end: 30, value: "b" },
    ]);
    expect(out.map((s) => [s.text, s.spans])).toEqual([
      ["At least ", ["a"]],
      ["58 people", ["a", "b"]],
      [" were killed", ["b"]],
      [", 11 of them children.", []],
    ]);
    expect(out.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores empty spans and clamps spans outside the text", () => {
    const out = slices("<script>x</script>", [
      { start: 5, end: 5, value: 1 },
      { start: -3, end: 8, value: 2 },
      { start: 17, end: 99, value: 3 },
    ]);
    expect(out.map((s) => [s.text, s.spans])).toEqual([
      ["<script>", [2]],
      ["x</script", []],
      [">", [3]],
    ]);
  });
});

describe("url state", () => {
  it("round-trips filters and drops defaults and bad values", () => {
    const f = readFilters(
      "?from=2017-04-03&to=2017-04-09&place=Khan%20Shaykhun&grade=confirmed&interval=day&page=x",
    );
    expect(f).toMatchObject({
      from: "2017-04-03",
      to: "2017-04-09",
      place: "Khan Shaykhun",
      interval: "day",
      page: 1,
    });
    expect(writeFilters(f)).toBe(
      "?from=2017-04-03&to=2017-04-09&place=Khan+Shaykhun&grade=confirmed&interval=day",
    );
    expect(readFilters("?from=yesterday").from).toBe("");
    expect(writeFilters(readFilters(""))).toBe("");
  });

  it("ends a week six days after it starts", () => {
    expect(periodEnd("2017-04-03", "week")).toBe("2017-04-09");
    expect(periodEnd("2017-04-03", "day")).toBe("2017-04-03");
    expect(periodEnd("2017-02-01", "month")).toBe("2017-02-28");
  });
});
