// One sentence in, claim drafts out: figures → noun phrases → measure rules.
// Rules run in order; the first that explains a figure wins, and says why.
import { type Figure, findFigures } from "./figures/find-figures.js";
import { type NounPhrase, readNounPhrase } from "./figures/noun-phrase.js";
import { activeBefore } from "./rules/active-before.js";
import { breakdown } from "./rules/breakdown.js";
import { deathToll } from "./rules/death-toll.js";
import { nounImplies } from "./rules/noun-implies.js";
import { predicateAfter } from "./rules/predicate-after.js";
import { shareOfToll } from "./rules/share-of-toll.js";
import type { FigureContext, MeasureEvidence, MeasureRule } from "./rules/types.js";
import type { Token } from "./text/tokens.js";
import { tokenize } from "./text/tokens.js";
import type { Measure, Qualifier, Victim } from "./types.js";

/** The measure rules, in the order they are tried. */
export const MEASURE_RULES: ReadonlyArray<MeasureRule> = [
  nounImplies,
  breakdown,
  shareOfToll,
  predicateAfter,
  activeBefore,
  deathToll,
];

/** A claim found in one sentence, before the article-level refiners fill its context. */
export interface ClaimDraft {
  measure: Measure;
  victim: Victim;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Character range of the quote within the sentence. */
  quoteStart: number;
  quoteEnd: number;
  /** Character offset of the number within the sentence (where context is measured from). */
  figureAt: number;
  /** Character ranges within the sentence that belong to the victims ("35 Daesh militants"). */
  victimStart: number;
  victimEnd: number;
  /** False for a bare figure ("kills 16"): a headline's bare figure is the body's named one. */
  victimNamed: boolean;
  rule: string;
  reason: string;
}

// Cheap first pass: a sentence without any of these stems holds no claim
// (besides "die" at a word start and the word "lost").
const TRIGGER_STEMS = new RegExp(
  `${alternationByFirstLetter(
    "kill dead death died wound injur displac fled flee refugee trap besieg missing toll lives bodies corpse " +
      "massacr execut martyr eliminat perish slain claim hurt uproot strand disappear murder behead neutrali " +
      "idps fatalit casualt",
  )}|\\bdie|\\blost\\b`,
  "i",
);

// …and one without a figure holds none either: digits, or one of these words.
const ANY_DIGIT = /\d/;
const FIGURE_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|several|tens)\b/i;

/**
 * "kill dead death" → "kill|d(?:ead|eath)": the same words, grouped by first letter, so that
 * irregexp tests one character per position instead of trying every word there (the prefilter
 * runs on every sentence). Whether it matches is unchanged; only which word matches first may differ.
 */
function alternationByFirstLetter(words: string): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words.split(" ")) {
    const rests = byFirst.get(word.charAt(0)) ?? [];
    rests.push(word.slice(1));
    byFirst.set(word.charAt(0), rests);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|");
}

function mayHoldClaim(sentence: string): boolean {
  return (ANY_DIGIT.test(sentence) || FIGURE_WORD.test(sentence)) && TRIGGER_STEMS.test(sentence);
}

export function findClaimsInSentence(sentence: string, previousMeasure: Measure | null): ClaimDraft[] {
  if (!mayHoldClaim(sentence)) return [];
  const tokens = tokenize(sentence);
  const figures = findFigures(tokens);
  if (figures.length === 0) return [];
  const phrases: Array<NounPhrase | null> = [];
  for (const f of figures)
    phrases.push(isExcluded(tokens, f.first, f.numStart, f.end) ? null : readNounPhrase(tokens, f));
  const earlier: Array<MeasureEvidence | null> = [];
  const out: ClaimDraft[] = [];
  for (let index = 0; index < figures.length; index++) {
    const figure = figures[index] as Figure;
    const phrase = phrases[index];
    const evidence = phrase
      ? explainFigure({ tokens, figures, phrases, index, figure, phrase, earlier, previousMeasure })
      : null;
    earlier.push(evidence);
    if (phrase && evidence) out.push(draftOf(tokens, figure, phrase, evidence, out));
  }
  return out;
}

/** The first rule's evidence that the figure counts victims, or null. */
function explainFigure(ctx: FigureContext): MeasureEvidence | null {
  for (const rule of MEASURE_RULES) {
    const evidence = rule(ctx);
    if (evidence) return evidence;
  }
  return null;
}

function draftOf(
  tokens: readonly Token[],
  figure: Figure,
  phrase: NounPhrase,
  evidence: MeasureEvidence,
  earlierDrafts: readonly ClaimDraft[],
): ClaimDraft {
  const head = earlierDrafts.findLast((d) => d.rule !== "breakdown");
  const victim = victimOf(evidence, phrase, head);
  const firstTok = Math.min(figure.first, evidence.trigger.first);
  const lastTok = Math.max(phrase.end, evidence.trigger.end) - 1;
  const numTok = tokens[figure.numStart] as Token;
  return {
    measure: evidence.measure,
    victim,
    value: figure.value,
    high: figure.high,
    qualifier: figure.qualifier,
    quoteStart: tokens[firstTok]?.start ?? numTok.start,
    quoteEnd: tokens[lastTok]?.end ?? numTok.end,
    figureAt: numTok.start,
    victimStart: numTok.start,
    victimEnd: tokens[phrase.end - 1]?.end ?? numTok.end,
    victimNamed: phrase.noun !== null || evidence.victim !== undefined,
    rule: evidence.rule,
    reason:
      `${evidence.reason}; ${figure.value === null ? `vague amount "${figure.qualifierText}"` : `figure ${describeFigure(figure.value, figure.high)}`}` +
      `${figure.qualifierText && figure.value !== null ? ` qualified "${figure.qualifierText}"` : ""}` +
      `; victims ${phrase.head ? `"${phrase.head}"` : "not named (people)"}${evidence.victim ? ` (${evidence.victim})` : ""}`,
  };
}

// "25 civilians were killed and more than 80 others were injured": the others are
// civilians too. Only civilians carry over: "one child was killed and two others
// were injured" does not make the others children.
function victimOf(evidence: MeasureEvidence, phrase: NounPhrase, head: ClaimDraft | undefined): Victim {
  if (evidence.victim) return evidence.victim;
  const own = phrase.noun?.victim;
  const unnamed =
    !phrase.noun || phrase.noun.implies !== undefined || /^(others|men)$/i.test(phrase.head ?? "");
  if (unnamed && head?.victim === "civilians") return "civilians";
  return own ?? "people";
}

function describeFigure(value: number, high: number | null): string {
  return high === null ? String(value) : `${value}–${high}`;
}

// Numbers that are never counts of victims: years, resolution and article numbers,
// money, clock times, ages.
const NOT_BEFORE_A_COUNT = new Set(
  (
    "resolution no number article chapter paragraph page route highway flight su mig m at aged age ages " +
    "$ £ € usd brigade division battalion unit regiment phase day week year vol"
  ).split(" "),
);
const PERSONS_AFTER_A_YEAR = new Set(
  "people civilians children women fighters militants soldiers troops rebels persons refugees".split(" "),
);

function isExcluded(tokens: readonly Token[], first: number, numStart: number, end: number): boolean {
  const num = tokens[numStart];
  if (!num) return true;
  const before = tokens[first - 1]?.lower ?? "";
  if (NOT_BEFORE_A_COUNT.has(before)) {
    // "at 0914" is a time; "at 70" after "toll" is a figure: keep "at" only for 4-digit times.
    if (before !== "at" || /^\d{4}$/.test(num.text)) return true;
  }
  if (num.kind === "digits" && /^(19|20)\d\d$/.test(num.text) && end === numStart + 1) {
    // A bare four-digit year ("in 2013", "March 2011"), unless a person noun follows.
    if (!PERSONS_AFTER_A_YEAR.has(tokens[end]?.lower ?? "")) return true;
  }
  if (num.kind === "digits" && num.text.includes("-")) return true; // "7-day", "12-year-old"
  const after = tokens[end]?.lower ?? "";
  if (/^(years?|yrs)$/.test(after) && /^(old|of)$/.test(tokens[end + 1]?.lower ?? "")) return true;
  return false;
}
