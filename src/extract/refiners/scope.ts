// Event or aggregate? A toll over a period or a whole war ("since June", "in a week",
// "the six-year war that has killed") is an aggregate; one incident or one day's
// strikes is an event. Judged on the figure's sentence, near the figure.
import type { Measure, Scope } from "../types.js";

export interface ScopeDecision {
  scope: Scope;
  /** The words that decided it, empty for the default (event). */
  evidence: string;
}

/**
 * A pattern for an aggregate and its key words: literals of the pattern, one of which every
 * match of it holds at a word start, where the match starts (after the pattern's \b) or after
 * a space of the match; matched, like the pattern, regardless of case. Keys are plain lowercase
 * words (letters, digits and spaces): KEY joins them into one expression as they are.
 */
interface AggregatePattern {
  pattern: RegExp;
  keys: readonly string[];
}

const aggregate = (pattern: RegExp, keys: string[]): AggregatePattern => ({ pattern, keys });

/** The patterns of an aggregate, in order of precedence (exported for its tests). */
export const AGGREGATE: readonly AggregatePattern[] = [
  // "since June", "since the start of the campaign", "since it declared a caliphate";
  // not "two days since similar strikes" (= after) nor "since they started operations" told of a record.
  aggregate(
    /\b(?<!(days?|weeks?|months?|years?) )since (the [\w'’]+ (war|conflict|uprising|revolution|crisis)|[\w'’]+ ([\w-]+ )?(war|conflict|uprising|revolution|crisis) (began|begun|started|erupted|broke)|the country|the (start|beginning|outbreak|onset|launch|outset|end|middle|third|second|first|war|conflict|uprising|revolution|campaign|offensive|operation|battle|siege|fighting|ceasefire)|(early|late|mid)?-?(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d|last|then|this|it|its|mid)/i,
    ["since"],
  ),
  aggregate(/\b(so far|to date|thus far|up to now|until now)\b/i, [
    "so far",
    "to date",
    "thus far",
    "up to now",
    "until now",
  ]),
  // "since protests against Assad's rule erupted in March 2011", "since the uprising began in 2011".
  aggregate(/\bsince\b[^.;]{0,60}?\b(erupted|began|begun|started|broke out|flared)\b/i, ["since"]),
  aggregate(
    /\b(in|over|during|within|throughout) (a|the (past|last|previous|first)|the|recent) ((two|three|four|five|six|several|few|\d+) )?(weeks?|months?|years?|days)\b/i,
    ["week", "month", "year", "days"],
  ),
  aggregate(
    /\b(in|over|during) (just )?(a|one|two|three|four|five|six|seven|\d+) (weeks?|months?|years?|days)\b/i,
    ["week", "month", "year", "days"],
  ),
  aggregate(/\bin a week\b/i, ["week"]),
  // "this year", "last month"; not "in August last year", a day's date.
  aggregate(
    /\b(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december) )(this|last|past) (year|month)\b(?! alone)/i,
    ["year", "month"],
  ),
  aggregate(/\b(past|last) (two|three|four|five|six|several|few|\d+) (days|weeks|months)\b/i, [
    "days",
    "week",
    "month",
  ]),
  // "the six-year war that has killed", "Severe bombardment on Syria's biggest city has killed": a
  // campaign's running toll, its noun and its perfect verb in one clause.
  aggregate(
    /\b(war(?![ -]?(?:planes?|jets?|crimes?|criminals?|monitor))|conflict|uprising|revolution|crisis|insurgency|fighting|violence|campaign|offensive|bombardment|bombing campaign)s?\b(?: [^.;,"]{0,40}?)? (that |which )?(has|have|had)( so far| now| already)? (killed|claimed|left|caused|displaced|forced|cost)/i,
    [
      "war",
      "conflict",
      "uprising",
      "revolution",
      "crisis",
      "insurgency",
      "fighting",
      "violence",
      "campaign",
      "offensive",
      "bombardment",
    ],
  ),
  aggregate(
    /\b(killed|killing|died|dead|deaths|displaced|fled|lost their lives|refugees)\b[^.;]{0,40}\b(in|during|throughout|because of|by|from) (the |syria'?s |syrias |this |iraq'?s )?([\w-]+ ){0,2}(war|conflict|uprising|crisis|insurgency|campaign)\b/i,
    ["war", "conflict", "uprising", "crisis", "insurgency", "campaign"],
  ),
  aggregate(/\b([\w-]+-year|multi-front|long-running) (civil )?(war|conflict)\b/i, ["war", "conflict"]),
  aggregate(/\bdocumented\b/i, ["documented"]),
  aggregate(/\b(in|during) (the )?(month|year) of\b/i, ["month", "year"]),
  aggregate(
    /\bbetween (january|february|march|april|may|june|july|august|september|october|november|december) \d+ and\b/i,
    ["between"],
  ),
  aggregate(
    /\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday) and (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    [
      "monday and",
      "tuesday and",
      "wednesday and",
      "thursday and",
      "friday and",
      "saturday and",
      "sunday and",
    ],
  ),
  aggregate(/\b(annual|monthly|weekly) (toll|tally|report)\b/i, ["annual", "month", "week"]),
  aggregate(/\boverall\b/i, ["overall"]),
  aggregate(/\bin (20[0-2]\d|19\d\d)\b/i, ["in 20", "in 19"]),
];

/**
 * Whether any pattern matches. Every pattern starts at a word boundary: testing it once, before
 * the alternatives, spares trying each of them at every character.
 */
const ANY_AGGREGATE = new RegExp(
  `\\b(?:${AGGREGATE.map(({ pattern }) => `(?:${afterWordBoundary(pattern)})`).join("|")})`,
  "i",
);

function afterWordBoundary(pattern: RegExp): string {
  if (!pattern.source.startsWith("\\b")) throw new Error(`${pattern} must start with \\b`);
  return pattern.source.slice(2);
}

const KEYS = [...new Set(AGGREGATE.flatMap(({ keys }) => keys))].join("|");
/** A key at a word start: most claims' sentences hold none, and it is much faster to try than the patterns. */
const KEY = new RegExp(`\\b(?:${KEYS})`, "i");
/** A key right at lastIndex. */
const KEY_HERE = new RegExp(`(?:${KEYS})`, "iy");

/**
 * Whether an aggregate pattern may match in the window of `sentence` from `from` on; when not,
 * none does. A match in the window holds a key at a word start there, so the sentence holds it
 * at a word start too, unless the window cuts a word and the key starts at `from`. (The one
 * window that is not a plain cut of its sentence, a record's "since" blanked, comes from a
 * sentence holding the word "since", itself a key.) `keyed` is KEY.test(sentence), once per sentence.
 */
function mayBeAggregate(sentence: string, from: number, keyed: boolean): boolean {
  if (keyed) return true;
  if (from === 0) return false;
  KEY_HERE.lastIndex = from;
  return KEY_HERE.test(sentence);
}

/** A superlative or "first" before "since": the sentence compares an event with a period. */
const RECORD_BEFORE =
  /\b(?:first|deadliest|worst|biggest|largest|heaviest|bloodiest|highest|most\s+(?!of\b)\w+|only)\b[^.;:]*$/i;

// A single event told with a period word: "in the last 24 hours", "an attack".
const EVENT_OVERRIDE = /\b(in the (last|past) (24|twenty-four|48) hours|last night|overnight)\b/i;

const RECORD_SINCE = /\bsince\b/gi;

/**
 * "The attack, the first explosion to hit the town since the outbreak of the war in 2011, killed
 * two soldiers": a "since" after a superlative compares the event with a period; it tells no
 * period toll. Blanks that clause (up to punctuation or the figure) so no pattern reads it.
 */
function withoutRecordSince(window: string, figure: number): string {
  // (Given the whole sentence: the superlative may stand far before the window.)
  if (!window.includes("since") && !window.includes("Since")) return window;
  let out = window;
  RECORD_SINCE.lastIndex = 0;
  for (let m = RECORD_SINCE.exec(window); m; m = RECORD_SINCE.exec(window)) {
    if (!RECORD_BEFORE.test(window.slice(Math.max(0, m.index - 90), m.index))) continue;
    const stop = window.slice(m.index).search(/[,.;:()]/);
    let end = stop < 0 ? window.length : m.index + stop;
    if (figure > m.index) end = Math.min(end, figure);
    end = Math.min(end, m.index + 100);
    out = out.slice(0, m.index) + " ".repeat(end - m.index) + out.slice(end);
  }
  return out;
}

const EVENT: Readonly<ScopeDecision> = Object.freeze({ scope: "event", evidence: "" });

/** Decides scope from the clause text around the figure (the sentence, trimmed to a window). */
export function decideScope(sentence: string, figureAt: number, measure: Measure): ScopeDecision {
  return new SentenceScope(sentence).decide(figureAt, measure);
}

/** Decides the scope of each figure of one sentence, reading what depends on the sentence alone once. */
export class SentenceScope {
  /** Whether a key of an aggregate pattern starts a word of the sentence. */
  private readonly keyed: boolean;

  constructor(private readonly sentence: string) {
    this.keyed = KEY.test(sentence);
  }

  decide(figureAt: number, measure: Measure): ScopeDecision {
    return scopeAt(this.sentence, figureAt, measure, this.keyed);
  }
}

function scopeAt(sentence: string, figureAt: number, measure: Measure, keyed: boolean): ScopeDecision {
  // Words far from the figure often speak of another clause; 120 characters either side is a clause or two.
  const from = Math.max(0, figureAt - 120);
  const mayAggregate = mayBeAggregate(sentence, from, keyed);
  // The displaced, trapped and missing are a standing count, not one incident's toll.
  const standing = measure === "displaced" || measure === "trapped" || measure === "missing";
  // Neither a period's words nor a standing count: an event, whatever else the window says.
  if (!mayAggregate && !standing) return EVENT;
  const window = withoutRecordSince(sentence, figureAt).slice(from, figureAt + 120);
  const evidence = mayAggregate ? aggregateEvidence(window) : null;
  if (evidence === null && !standing) return EVENT;
  if (EVENT_OVERRIDE.test(window)) return EVENT;
  return { scope: "aggregate", evidence: evidence ?? `a count of the ${measure}` };
}

/** The words of the first aggregate pattern, in order, that the window holds, or null. */
function aggregateEvidence(window: string): string | null {
  // One combined pass says whether any pattern matches; only then find which, for the reason.
  if (!ANY_AGGREGATE.test(window)) return null;
  for (const { pattern } of AGGREGATE) {
    const m = pattern.exec(window);
    if (m) return m[0];
  }
  return null;
}
