import { describe, expect, it } from "vitest";
import { nextRun } from "./place-runs.js";
import { RUN_RE } from "./place-words.js";

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
