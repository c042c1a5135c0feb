// The dashboard's pure helpers: cutting text at claim spans, and filters ⇄ the URL.
import { describe, expect, it } from "vitest";
import { figure, killedOf, killedText, range } from "../web/src/format.js";
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

describe("honest ranges", () => {
  const r = (min: number | null, best: number | null, max: number | null) => ({ min, best, max });
  const none = r(null, null, null);

  it("shows a range with its best estimate, a single figure alone, nothing as nothing", () => {
    expect(range(r(58, 72, 86))).toBe("58–86 (best 72)");
    expect(range(r(58, 72, 72))).toBe("58–72 (best 72)");
    expect(range(r(58, null, 86))).toBe("58–86");
    expect(range(r(4, 4, 4))).toBe("4");
    expect(range(r(1200, 1500, 2000))).toBe("1,200–2,000 (best 1,500)");
    expect(range(none)).toBe("");
  });

  it("words qualifiers as articles do", () => {
    expect(figure("at_least", 58, null)).toBe("at least 58");
    expect(figure("range", 20, 30)).toBe("20–30");
    expect(figure("exact", 4, null)).toBe("4");
  });

  it("takes people killed, else civilians, else children or women, never their sum", () => {
    const base = { killed: none, civilians: none, children: none, women: none };
    expect(killedText(killedOf({ ...base, killed: r(58, 72, 86), civilians: r(20, 20, 20) }))).toBe(
      "58–86 (best 72)",
    );
    expect(killedText(killedOf({ ...base, civilians: r(20, 20, 20), children: r(5, 5, 5) }))).toBe(
      "20 civilians",
    );
    expect(killedText(killedOf({ ...base, children: r(5, 5, 5), women: r(7, 7, 7) }))).toBe("7 women");
    expect(killedText(killedOf(base))).toBe("");
  });
});
