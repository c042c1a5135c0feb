// Numbers as news copy writes them: "seven", "Sixty-two", "two dozen", "1.5 million",
// "320,000", "a quarter of a million". Pure token-level parsing.
import type { Token } from "../text/tokens.js";
import { wordTable } from "./word-table.js";

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES = wordTable<number>({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 });

/** Words that name an amount without a figure: reported with qualifier "vague". */
export const VAGUE_AMOUNTS = new Set([
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "millions",
  "several",
  "tens",
]);

export interface ParsedNumber {
  value: number;
  /** Index one past the last token of the number. */
  end: number;
}

// Every number word up to ninety-nine, "twenty-two" included, in one map: this runs on every token.
const SMALL = new Map<string, number>();
for (const [w, n] of Object.entries(UNITS)) SMALL.set(w, n);
for (const [t, n] of Object.entries(TENS)) {
  SMALL.set(t, n);
  for (const [u, m] of Object.entries(UNITS)) if (m > 0 && m < 10) SMALL.set(`${t}-${u}`, n + m);
}

function smallWord(word: string): number | undefined {
  return SMALL.get(word);
}

/** The words parseNumberAt can read a number at; at any other token but digits it reads none. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...SMALL.keys(), "a", "an", "half"]);

/** Parses the digits of one token ("320,000", "1.5"); null for anything else. */
export function parseDigits(text: string): number | null {
  // Plain digits are the common case: nothing to tell apart.
  if (/^\d+$/.test(text)) return finiteOrNull(Number(text));
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return null;
  // "1,500" and "1.500" are thousands; "1.5" is a decimal.
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ""));
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  return finiteOrNull(Number(text.replace(/,/g, "")));
}

function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/**
 * Parses a number starting at token i: digits or words, with scale words and
 * "dozen". Returns null when token i does not start a number.
 */
export function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null = null;
  let j = i;
  if (t.kind === "digits") {
    value = parseDigits(t.text);
    j = i + 1;
  } else if (t.lower === "a" || t.lower === "an") {
    // "a dozen", "a hundred", "a quarter of a million", "half a million" handled below.
    const next = tokens[i + 1]?.lower;
    if (next === "dozen") return { value: 12, end: i + 2 };
    if (next === "hundred" || next === "thousand" || next === "million") {
      value = 1;
      j = i + 1;
    } else if (next === "quarter" && tokens[i + 2]?.lower === "of" && tokens[i + 3]?.lower === "a") {
      const scale = SCALES.get(tokens[i + 4]?.lower ?? "");
      return scale ? { value: scale / 4, end: i + 5 } : null;
    } else return null;
  } else if (t.lower === "half" && tokens[i + 1]?.lower === "a") {
    const scale = SCALES.get(tokens[i + 2]?.lower ?? "");
    return scale ? { value: scale / 2, end: i + 3 } : null;
  } else {
    const small = smallWord(t.lower);
    if (small === undefined) return null;
    value = small;
    j = i + 1;
    if (value >= 20 && value % 10 === 0) {
      // "twenty two" written apart
      const unit = smallWord(tokens[j]?.lower ?? "");
      if (unit !== undefined && unit < 10) {
        value += unit;
        j++;
      }
    }
  }
  if (value === null) return null;
  // Scale words: "1.5 million", "two hundred", "four million", "300 thousand", "two dozen".
  for (;;) {
    const w = tokens[j]?.lower;
    const scale = w === undefined ? undefined : SCALES.get(w);
    if (w === "dozen") {
      value *= 12;
      j++;
    } else if (scale !== undefined) {
      value = value < scale ? value * scale : value + scale;
      j++;
      // "two hundred and fifty", "one hundred thousand"
      if (
        tokens[j]?.lower === "and" &&
        smallWord(tokens[j + 1]?.lower ?? "") !== undefined &&
        scale === 100
      ) {
        value += smallWord(tokens[j + 1]?.lower ?? "") ?? 0;
        j += 2;
      } else {
        const more = smallWord(tokens[j]?.lower ?? "");
        if (more !== undefined && scale >= 100 && w !== "million") {
          value += more;
          j++;
        }
      }
    } else break;
  }
  return { value: Math.round(value * 1000) / 1000, end: j };
}
