import { describe, expect, it } from "vitest";
import { SPECS } from "./actor-lexicon.js";
import { LexiconScanner, PrefixIndex, sourceStartPaths } from "./lexicon-scan.js";

/** The scanner's reference: the one big alternation it stands in for. */
function bigRegexMatches(sources: string[], notBefore: string, notAfter: string, text: string) {
  const re = new RegExp(
    `(?<!${notBefore})(?:${sources.map((s) => `(${s})(?!${notAfter})`).join("|")})`,
    "gi",
  );
  const out: Array<[number, number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let gi = 1;
    while (m[gi] === undefined) gi++;
    out.push([gi - 1, m.index, m.index + m[0].length]);
  }
  return out;
}

function scannerMatches(scanner: LexiconScanner, text: string) {
  const out: Array<[number, number, number]> = [];
  for (let m = scanner.exec(text, 0); m; m = scanner.exec(text, m.end)) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    out.push([m.entry, m.start, m.end]);
  }
  return out;
}

/** Readable start paths: keys back to letters, "#" for any other character. */
const paths = (src: string, depth = 3) =>
  sourceStartPaths(src, depth)
    .map((p) =>
      [...p].map((c) => (c.charCodeAt(0) === 26 ? "#" : String.fromCharCode(97 + c.charCodeAt(0)))).join(""),
    )
    .sort();

describe("sourceStartPaths", () => {
  it("reads optional parts, classes, repeats and lookarounds", () => {
    expect(paths("a?b")).toEqual(["ab", "b"]);
    expect(paths("[A-Cx1]q")).toEqual(["#q", "aq", "bq", "cq", "xq"]);
    expect(paths("a{0,2}b")).toEqual(["aab", "ab", "b"]);
    expect(paths("(?:ab)+c")).toEqual(["aba", "abc"]);
    expect(paths("(?<=x)b\\s+c")).toEqual(["b##", "b#c"]);
    expect(paths("US")).toEqual(["us"]);
  });

  it("gives up (any start) on syntax it does not read", () => {
    expect(paths("\\x41b")).toEqual([""]);
    expect(paths("(?i:a)")).toEqual([""]);
  });

  it("lets an entry that can match the empty string start anywhere", () => {
    expect(paths("a|")).toEqual(["", "a"]);
  });
});

describe("PrefixIndex", () => {
  it("gives the entries that can start at a position, in order", () => {
    const index = PrefixIndex.of(["Syrian", "Russia(?:n)?", "army|Russ", "\\x41"]);
    expect(index.at("a Russian", 2)).toEqual([1, 2, 3]);
    expect(index.at("army", 0)).toEqual([2, 3]);
    expect(index.at("Syria", 0)).toEqual([0, 3]);
  });
});

describe("LexiconScanner", () => {
  const sources = SPECS.map((s) => s.src);
  const scanner = new LexiconScanner(sources, "[\\w'’-]", "[\\w-]");

  it("finds what the big alternation finds, in order", () => {
    const texts = [
      "Russian and Syrian regime strikes kill over 80 in Aleppo, al Qaeda's (ISIS) fighters said.",
      "the Free Army, anti-IS coalition and US-led coalition forces; rebel-held 'ISIS' and ’Daesh’",
      "Islamic State of Iraq and the Levant's—Jabhat al-Nusra/Nusra Front…UK and US forces",
      "",
      "ISIS",
      "A",
    ];
    for (const text of texts)
      expect(scannerMatches(scanner, text)).toEqual(bigRegexMatches(sources, "[\\w'’-]", "[\\w-]", text));
  });

  it("agrees with the big alternation on random mixes of names, words and punctuation", () => {
    const pieces = [
      "Syrian",
      "Russian",
      "regime",
      "army",
      "al",
      "Qaeda",
      "ISIS",
      "IS",
      "the",
      "Free",
      "Syria",
      "US",
      "U.S.",
      "government",
      "forces",
      "and",
      "or",
      "-",
      "'",
      "’",
      " ",
      "  ",
      ",",
      "(",
      ")",
      "é",
      "x",
      "1",
      "coalition",
      "Nusra",
      "Front",
      "jets",
      "terrorist",
      "groups",
      "Hezbollah",
      "UK",
      "Kurdish-led",
      "SDF",
      "\n",
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    // Also with the weapon finder's boundaries: not after [\w-], not before \w.
    const other = new LexiconScanner(sources, "[\\w-]", "[\\w]");
    for (let i = 0; i < 400; i++) {
      let text = "";
      const len = 1 + rand(14);
      for (let j = 0; j < len; j++) text += pieces[rand(pieces.length)];
      expect(scannerMatches(scanner, text)).toEqual(bigRegexMatches(sources, "[\\w'’-]", "[\\w-]", text));
      expect(scannerMatches(other, text)).toEqual(bigRegexMatches(sources, "[\\w-]", "[\\w]", text));
    }
  });

  it("tries entries that can start with anything (unread sources) everywhere", () => {
    const odd = ["\\x41b", "b(?:c)"];
    const s = new LexiconScanner(odd, "[\\w]", "[\\w]");
    for (const text of ["Ab ab", "b  bc", "-Ab"])
      expect(scannerMatches(s, text)).toEqual(bigRegexMatches(odd, "[\\w]", "[\\w]", text));
  });

  it("rejects entries with capturing groups (the entry is read from the group number)", () => {
    expect(() => new LexiconScanner(["(a)b"], "[\\w]", "[\\w]")).toThrow();
  });
});
