import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.js";
import { parseDigits, parseNumberAt } from "./numbers.js";

const value = (text: string) => parseNumberAt(tokenize(text), 0)?.value ?? null;

describe("parseNumberAt", () => {
  it.each([
    ["seven", 7],
    ["Sixty-two", 62],
    ["twenty two", 22],
    ["two dozen", 24],
    ["a dozen", 12],
    ["1.5 million", 1_500_000],
    ["320,000", 320_000],
    ["5 million", 5_000_000],
    ["four million", 4_000_000],
    ["a quarter of a million", 250_000],
    ["half a million", 500_000],
    ["one million", 1_000_000],
    ["two hundred and fifty", 250],
    ["220000", 220_000],
  ])("reads %s as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("does not read ordinary words as numbers", () => {
    expect(value("people")).toBeNull();
    expect(value("a car bomb")).toBeNull();
  });
});

describe("parseDigits", () => {
  it("tells thousands separators from decimals", () => {
    expect(parseDigits("1,500")).toBe(1500);
    expect(parseDigits("1.5")).toBe(1.5);
    expect(parseDigits("1.500.000")).toBe(1_500_000);
    expect(parseDigits("12a")).toBeNull();
  });
});
