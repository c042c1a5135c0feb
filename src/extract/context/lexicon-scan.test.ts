import { describe, expect, it } from "vitest";
import { SPECS } from "./actor-lexicon.js";
import {
  type Lexicon,
  type LexiconMatch,
  LexiconScanner,
  leads,
  MultiLexiconScanner,
  PrefixIndex,
  sourceStartPaths,
} from "./lexicon-scan.js";
import { SOURCE_LEXICONS } from "./sources.js";

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

describe("leads", () => {
  it("reads the first two words a pattern can start with", () => {
    expect([...leads("(?:the\\s+)?Observatory(?:'s)?", true, true)].sort()).toEqual([
      "observatory s$",
      "observatory$",
      "the observatory$",
    ]);
    expect([...leads("U\\.N\\.|UN", true, true)].sort()).toEqual(["u n$", "un$"]);
    expect([...leads("M[ée]decins\\s+Sans", true, true)].sort()).toEqual(["m decins$", "medecins sans$"]);
    expect([...leads("said|Says", false, true)].sort()).toEqual(["Says$", "said$"]);
    expect([...leads("citing\\s+(?:the\\s+)?", true, false)].sort()).toEqual(["citing ", "citing the$"]);
  });

  it("refuses what it cannot read exactly", () => {
    expect(() => leads("\\s+said", true, true)).toThrow(/without a word/);
    expect(() => leads("said?", true, true)).not.toThrow();
    expect(() => leads("(?:said)?", true, true)).toThrow(/empty/);
    expect(() => leads("citing", true, false)).toThrow(/run on/);
    expect(() => leads("a.b", true, true)).not.toThrow();
    expect(() => leads("[^a]b", true, true)).toThrow(/without a word/);
    expect(() => leads("(?i:a)", true, true)).toThrow(/unsupported/);
    expect(() => leads("a{", true, true)).toThrow(/unsupported/);
    expect(() => leads("a\\1", true, true)).toThrow(/unsupported/);
  });
});

/** What one lexicon's own global regex finds, in the scanner's terms. */
function byRegex(spec: Lexicon, s: string): LexiconMatch[] {
  const alts = spec.alternatives.map((a) => `(${a})`).join("|");
  const re = new RegExp(`(?<![\\w${spec.notBefore}])(?:${alts})${spec.tail}`, spec.ignoreCase ? "gi" : "g");
  const out: LexiconMatch[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push({ entry: g - 1, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

// The lexicons findSources scans, compared below with their plain alternations.
const LEXICONS = SOURCE_LEXICONS;
const MULTI_SCANNER = new MultiLexiconScanner(LEXICONS);

function expectSameAsRegexes(s: string): void {
  const found = MULTI_SCANNER.scan(s);
  for (const [kind, spec] of Object.entries(LEXICONS))
    expect(found[kind as keyof typeof LEXICONS], `${kind} in ${JSON.stringify(s)}`).toEqual(byRegex(spec, s));
}

describe("MultiLexiconScanner", () => {
  it("rejects alternatives with capturing groups (the alternative is read from the group number)", () => {
    const spec = { ignoreCase: true, notBefore: "", tail: "(?![\\w-])" } as const;
    expect(() => new MultiLexiconScanner({ x: { ...spec, alternatives: ["(?<x>a)b"] } })).toThrow(
      /capturing/,
    );
    expect(() => new MultiLexiconScanner({ x: { ...spec, alternatives: ["(a)b"] } })).toThrow(/capturing/);
  });

  it("finds what each global regex finds", () => {
    for (const s of [
      "the Syrian Observatory said, according to the UN and U.N. officials",
      "the Britain-based monitor's director Rami Abdel Rahman told AFP",
      "non-UN monitors and al-Ikhbariya TV; Syria’s state news agency SANA reported",
      "A'maq news agency, Amaq, a maq; WHO who Who; US-led coalition’s jets",
      "Said said SAID; re-reported; the group said the group’s spokesman said",
      "according to according to the the Observatory(SOHR)",
      "Médecins Sans Frontières (MSF) and Medecins Sans Frontieres",
    ])
      expectSameAsRegexes(s);
  });

  it("agrees with the regexes on random word salads", () => {
    const words = [
      "the",
      "a",
      "Syrian",
      "Observatory",
      "SOHR",
      "U.N.",
      "UN",
      "US",
      "U.S.",
      "Britain-based",
      "monitor",
      "war",
      "said",
      "Said",
      "says",
      "gave",
      "toll",
      "according",
      "to",
      "cited",
      "by",
      "group",
      "AP",
      "WHO",
      "who",
      "A'maq",
      "Amaq",
      "al",
      "Al-Jazeera",
      "state",
      "news",
      "agency",
      "SANA",
      "rescue",
      "workers",
      "source",
      "sources",
      "Rami",
      "Abdel",
      "Rahman",
      "Syria's",
      "Syria’s",
      "Red",
      "Cross",
    ];
    const seps = [" ", "  ", ", ", "-", "'", "’", " (", ") ", ".", "\n"];
    let seed = 7;
    const pick = <T>(xs: readonly T[]): T => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return xs[seed % xs.length] as T;
    };
    for (let i = 0; i < 2000; i++) {
      let s = "";
      for (let k = 0; k < 8; k++) s += pick(words) + pick(seps);
      expectSameAsRegexes(s);
    }
  });
});
