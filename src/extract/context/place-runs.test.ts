import { describe, expect, it } from "vitest";
import { nextRun, nounAfter } from "./place-runs.js";
import { ADMIN_NOUNS, NAME_NOUNS, RUN_RE } from "./place-words.js";

/** Every run in `s` as "start:text", by nextRun or by RUN_RE itself. */
function runsByScan(s: string): string[] {
  const out: string[] = [];
  for (let r = nextRun(s, 0); r; r = nextRun(s, r.end)) out.push(`${r.start}:${s.slice(r.start, r.end)}`);
  return out;
}

function runsByRegex(s: string): string[] {
  const out: string[] = [];
  const re = new RegExp(RUN_RE.source, "g");
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe("nextRun", () => {
  it("finds RUN_RE's runs", () => {
    const s = "Shelling hit al-Bab and as Aleppo, ash Shaddadi, Um-Adasa and Deir ez-Zor province";
    expect(runsByScan(s)).toEqual(runsByRegex(s));
    expect(runsByScan(s)).toContain("13:al-Bab");
  });

  it("agrees with RUN_RE on awkward text", () => {
    for (const s of [
      "al-foo Al-foo AL-Foo al Foo al  Foo el-Foo1 Foo-1 Foo1 Abé1 É Kafr Sūsa",
      "x-Foo 'Foo ’Foo Foo's-Bar bani-Zeid Bin’Laden um Qasr A B C D E F G H I",
      "US-Backed Foo_Bar Foo- Bar-- l'Foo al’Bab ‐Foo \u00a0Foo al\u2003Bab",
    ])
      expect(runsByScan(s)).toEqual(runsByRegex(s));
  });

  it("agrees with RUN_RE on random text", () => {
    const pieces = [
      "A",
      "Ab",
      "al",
      "Al",
      "ash",
      "Um",
      "bani",
      "x",
      "-",
      "‐",
      "'",
      "’",
      " ",
      "é",
      "ū",
      "1",
      "_",
      "Foo",
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let s = "";
      for (let k = 1 + next(20); k > 0; k--) s += pieces[next(pieces.length)];
      expect(runsByScan(s)).toEqual(runsByRegex(s));
    }
  });
});

/** The place-noun pattern nounAfter replaces, applied as it was: to the 24 characters after a name. */
const NOUN_AFTER = new RegExp(
  `^\\s+(${["border\\s+crossing", "countryside", "refugee\\s+camp", "military\\s+airport", "air\\s*base", ...Object.keys(ADMIN_NOUNS), ...Object.keys(NAME_NOUNS)].join("|")})(?![\\w-])`,
);

function nounByRegex(s: string): { noun: string; end: number } | null {
  const m = NOUN_AFTER.exec(s.slice(0, 24));
  return m?.[1] ? { noun: m[1].replace(/\s+/g, " "), end: m[0].length } : null;
}

describe("nounAfter", () => {
  it("reads one- and two-word place nouns", () => {
    expect(nounAfter(" neighborhood, where", 0)).toEqual({ noun: "neighborhood", end: 13 });
    expect(nounAfter("  border  crossing", 0)).toEqual({ noun: "border crossing", end: 18 });
    expect(nounAfter(" border post", 0)).toEqual({ noun: "border", end: 7 });
    expect(nounAfter(" village-based", 0)).toBeNull();
    expect(nounAfter("neighborhood", 0)).toBeNull();
  });

  it("agrees with the pattern it replaces", () => {
    const pieces = [
      " ",
      "  ",
      "\u00a0",
      "border",
      "crossing",
      "air",
      "base",
      "airbase",
      "refugee",
      "camp",
      "military",
    ];
    pieces.push(
      "airport",
      "district",
      "districts",
      "town",
      "city",
      "-",
      "_",
      "1",
      "x",
      ",",
      "Camp",
      "countryside",
    );
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      let s = "";
      for (let k = 1 + next(6); k > 0; k--) s += pieces[next(pieces.length)];
      expect(nounAfter(s, 0)).toEqual(nounByRegex(s));
    }
  });
});
