import { describe, expect, it } from "vitest";
import { REPORT_VERB_SRC } from "./lex.js";
import { ENTRIES, GEN_HEAD } from "./source-lexicon.js";
import { type AlternativeMatch, type Lexicon, LexiconScanner, leads } from "./source-scan.js";

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
function byRegex(spec: Lexicon, s: string): AlternativeMatch[] {
  const alts = spec.alternatives.map((a) => `(${a})`).join("|");
  const re = new RegExp(`(?<![\\w${spec.notAfter}])(?:${alts})${spec.tail}`, spec.ignoreCase ? "gi" : "g");
  const out: AlternativeMatch[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0], alternative: g - 1 });
  }
  return out;
}

const LEXICONS = {
  lexicon: { alternatives: ENTRIES.map((e) => e.src), ignoreCase: true, notAfter: "'’-", tail: "(?![\\w-])" },
  generic: { alternatives: [GEN_HEAD], ignoreCase: true, notAfter: "'’-", tail: "(?![\\w-])" },
  verbs: { alternatives: [REPORT_VERB_SRC], ignoreCase: false, notAfter: "-", tail: "(?![\\w-])" },
  according: {
    alternatives: ["(?:according\\s+to|cited\\s+by)\\s+(?:the\\s+)?"],
    ignoreCase: true,
    notAfter: "",
    tail: "",
  },
} satisfies Record<string, Lexicon>;
const SCANNER = new LexiconScanner(LEXICONS);

function expectSameAsRegexes(s: string): void {
  const found = SCANNER.scan(s);
  for (const [kind, spec] of Object.entries(LEXICONS))
    expect(found[kind as keyof typeof LEXICONS], `${kind} in ${JSON.stringify(s)}`).toEqual(byRegex(spec, s));
}

describe("LexiconScanner", () => {
  it("rejects alternatives with capturing groups (the alternative is read from the group number)", () => {
    const spec = { ignoreCase: true, notAfter: "", tail: "(?![\\w-])" } as const;
    expect(() => new LexiconScanner({ x: { ...spec, alternatives: ["(?<x>a)b"] } })).toThrow(/capturing/);
    expect(() => new LexiconScanner({ x: { ...spec, alternatives: ["(a)b"] } })).toThrow(/capturing/);
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
