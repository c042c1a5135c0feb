// Date expressions in one sentence, resolved against the article's reference date, so a claim
// can say when the harm happened ("on Monday" = 2017-08-21) or, for an aggregate, when its
// period began ("since June" = 2017-06-01). Weekdays and relative phrases are resolved here:
// chrono's defaults can land in the future. chrono reads only the calendar spans ("August 21,
// 2013", "21 May", "Sept. 5"), one short span at a time, which keeps it cheap.
// Hot path: one regex scan finds the cue words (weekdays, months, "since", years…); a pass runs
// only when its cue is there, and only where a cue says a match can start.

import * as chrono from "chrono-node";
import { isRegexSpace } from "../context/lex.js";
import type { Mention } from "../context/mention.js";
import {
  addMonths,
  dayOf,
  isoOf,
  MONTH_SOURCE,
  monthDayOnOrBefore,
  monthNumber,
  monthOnOrBefore,
  parseIsoDay,
  WEEKDAYS,
  weekdayOnOrBefore,
  ymdOf,
} from "./calendar.js";

/**
 * A date in a sentence. It is a `Mention` like the other context finders' (so claim rules can
 * pick the nearest one the same way), with `value` = `date`.
 */
export interface DateMention extends Mention<string> {
  /** ISO date, YYYY-MM-DD: the day meant, or for a period its first day. Same as `value`. */
  date: string;
  precision: "day" | "week" | "month" | "year";
  /** "period" for spans ("since June", "in the past week", "on Tuesday and Wednesday"). */
  kind: "point" | "period";
}

type Precision = DateMention["precision"];
type Kind = DateMention["kind"];

interface Found {
  start: number;
  end: number;
  day: number;
  precision: Precision;
  kind: Kind;
  rule: string;
  /** What the expression names, so it can be resolved on or before another day: the first item of "Saturday and Sunday". */
  recurs?: Recurring;
}

/** A date written without its year or week: a weekday, a month, a day of a month. */
type Recurring = { weekday: number } | { month: number; dom: number | null };

/** The day `r` names on or before `anchor`. */
function recurringOnOrBefore(r: Recurring, anchor: number): number | null {
  if ("weekday" in r) return weekdayOnOrBefore(anchor, r.weekday);
  return r.dom === null ? monthOnOrBefore(anchor, r.month) : monthDayOnOrBefore(anchor, r.month, r.dom);
}

// Every rule below needs one of these; most sentences have none and stop here.
// Weekdays, "today" and "yesterday" all contain "day"; headlines capitalise ("Killed in One Week").
// Asked only when the cue scan below cannot tell: a cue spelt as GATE spells it settles it.
const GATE =
  /[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Ss]ince|[Hh]our|[Nn]ight|[Mm]orning|[Ee]vening|[Aa]fternoon|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d\d/;

// The words the passes below need, found in one scan: a pass runs only when its cue is there,
// and its sticky regex is tried only where a match can start (at the cue, or at a lead-in word
// before it) instead of at every character. Each pass's regex matches its word (or number)
// only where a word starts, so the scan reads word starts only ("\b" lets irregexp skip the
// rest) and its hits, letters or digits only, never cover one another's.
const GATE_WORD = 1; // a word GATE matches: the sentence is read
const TITLE_MONTH = 1 << 1; // "Jan".."Dec" as CALENDAR spells them (case-sensitive)
const DAY_PART = 1 << 2; // yesterday, today, tonight, night, morning, afternoon, evening
const UNIT = 1 << 3; // week, month, year
const SPAN_UNIT = 1 << 4; // hour, day, week, month
const PAST = 1 << 5; // past, last, previous
const SINCE = 1 << 6; // since
const AGO_WORD = 1 << 7; // ago
const CAPITAL_MONTH = 1 << 8; // a capital, then a month abbreviation in any case ("MAY")
const WEEKDAY_NAME = 1 << 9; // "Monday".."Sunday" (case-sensitive)
const YEAR_NUMBER = 1 << 10; // 19xx or 20xx, maybe more digits after: also a GATE match
const DAY_NUMBER = 1 << 11; // a number that can be a day of the month: 0-9, 00-39
const NUMBER = YEAR_NUMBER | DAY_NUMBER;
/** The cues some pass needs. */
const ANY_PASS = (1 << 11) - 1 - GATE_WORD;

/** The cues of a sentence: which passes can match, and where. */
interface Cues {
  /** All the cues' bits. */
  bits: number;
  /** Each cue's place and bits, in order: at, bits, at, bits, … */
  hits: number[];
}

/** Where the cues with any of `bits` start, ascending. */
function cuesAt(cues: Cues, bits: number): number[] {
  const out: number[] = [];
  const hits = cues.hits;
  for (let k = 0; k < hits.length; k += 2) if ((hits[k + 1] as number) & bits) out.push(hits[k] as number);
  return out;
}

/**
 * What a cue word tells, by how it is spelt: the passes' regexes ignore case, CALENDAR and
 * WEEKDAY_RE do not, monthsOnly keeps capitalised months, GATE wants lowercase after the first letter.
 */
interface Cue {
  /** Bits in any spelling. */
  anyCase: number;
  /** Bits when the letters after the first are lowercase ("Day", "day"). */
  lowerTail: number;
  /** Bits when the first letter is a capital ("MAY", "May"). */
  capital: number;
  /** Bits when capitalised and lowercase after ("May", "Monday"). */
  title: number;
}

function cue(words: string, bits: Partial<Cue>): [string, Cue][] {
  const c: Cue = { anyCase: 0, lowerTail: 0, capital: 0, title: 0, ...bits };
  return words.split(" ").map((w) => [w, c]);
}

// No word here starts another, so at most one can match at a place.
const CUES: ReadonlyMap<string, Cue> = new Map([
  ...cue("yesterday today tonight night morning afternoon evening", {
    anyCase: DAY_PART,
    lowerTail: GATE_WORD,
  }),
  ...cue("week month", { anyCase: UNIT | SPAN_UNIT, lowerTail: GATE_WORD }),
  ...cue("year", { anyCase: UNIT, lowerTail: GATE_WORD }),
  ...cue("hour day", { anyCase: SPAN_UNIT, lowerTail: GATE_WORD }),
  ...cue("since", { anyCase: SINCE, lowerTail: GATE_WORD }),
  ...cue("past last previous", { anyCase: PAST }),
  ...cue("ago", { anyCase: AGO_WORD }),
  ...cue("jan feb mar apr may jun jul aug sep oct nov dec", {
    capital: CAPITAL_MONTH,
    title: TITLE_MONTH | GATE_WORD,
  }),
  ...cue("monday tuesday wednesday thursday friday saturday sunday", { title: WEEKDAY_NAME | GATE_WORD }),
]);
// Numbers only as CALENDAR and YEAR_ONLY read them: a year, or a day ("5", "21st").
const CUE_WORDS = new RegExp(`\\b(?:${[...CUES.keys()].join("|")}|(?:19|20)\\d\\d|[0-3]?\\d(?!\\d))`, "gi");

function cuesOf(s: string): Cues {
  let all = 0;
  const hits: number[] = [];
  CUE_WORDS.lastIndex = 0;
  for (let m = CUE_WORDS.exec(s); m; m = CUE_WORDS.exec(s)) {
    const bits = cueBits(m[0]);
    all |= bits;
    hits.push(m.index, bits);
  }
  return { bits: all, hits };
}

/** What a hit of CUE_WORDS tells. */
function cueBits(word: string): number {
  if (isDigit(word.charCodeAt(0))) return word.length === 4 ? YEAR_NUMBER | GATE_WORD : DAY_NUMBER;
  const c = CUES.get(word.toLowerCase());
  if (c === undefined) return 0;
  const lowerTail = hasLowercaseTail(word);
  return (
    c.anyCase |
    (lowerTail ? c.lowerTail : 0) |
    (isCapital(word.charCodeAt(0)) ? c.capital | (lowerTail ? c.title : 0) : 0)
  );
}

/** Whether no letter of `word` after the first is a capital. */
function hasLowercaseTail(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (isCapital(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The matches of sticky `re` that start at `starts` (ascending), as a global scan would find
 * them: one that starts inside the previous match is not tried. The same as the global scan
 * when every match can only start at one of `starts`.
 */
function matchesAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) continue;
    out.push(m);
    next = at + m[0].length;
  }
  return out;
}

/** How a pass's match leads to its cue word: over at most `most` words, the first one of `first`. */
interface LeadIn {
  most: number;
  first: ReadonlySet<string>;
}

function leadIn(most: number, first: string): LeadIn {
  return { most, first: new Set(first.split(" ")) };
}

/**
 * Where a match can start that leads to one of `anchors` (ascending) as `lead` says, or at the
 * anchor itself when `atAnchor`: ascending, without repeats. Checking the first word here is
 * much cheaper than letting the regex fail there.
 */
function leadInsOf(s: string, anchors: readonly number[], lead: LeadIn, atAnchor: boolean): number[] {
  const out: number[] = [];
  let last = -1;
  for (const anchor of anchors) {
    const starts: number[] = atAnchor ? [anchor] : [];
    for (let end = anchor, k = 0; k < lead.most; k++) {
      while (end > 0 && !isWordChar(s.charCodeAt(end - 1))) end--;
      if (end === 0) break;
      let start = end;
      while (start > 0 && isWordChar(s.charCodeAt(start - 1))) start--;
      if (lead.first.has(s.slice(start, end).toLowerCase())) starts.push(start);
      end = start;
    }
    // An earlier anchor already gave those of these that are not past the last one kept.
    for (let k = starts.length - 1; k >= 0; k--) {
      const at = starts[k] as number;
      if (at > last) {
        out.push(at);
        last = at;
      }
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const YEAR = "(?:19|20)\\d\\d";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const SMALL =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy".split(" ");
const NUM = `(?:\\d{1,3}|an?|${[...TENS.map((t) => `${t}(?:-(?:${SMALL.slice(0, 9).join("|")}))?`), ...SMALL].join("|")})`;

// Calendar dates, read by chrono: "July 19", "21 May", "August 21, 2013", "2nd of May", "March 2011".
const CALENDAR = new RegExp(
  `(?<!\\w)(?:(?<wd>${WEEKDAY}),?\\s+(?:the\\s+)?)?(?<core>` +
    `(?<m1>${MONTH_SOURCE})\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<y1>${YEAR}))?` +
    `|(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>${MONTH_SOURCE})(?:,?\\s+(?<y2>${YEAR}))?` +
    `|(?<m3>${MONTH_SOURCE}),?\\s+(?<y3>${YEAR}))(?!\\w)`,
  "y",
);
// "since June", "in late December", "last March" (month names must be capitalised).
const MONTH_ONLY = new RegExp(
  "\\b(?<pre>(?:since|in|during|throughout|until|from|between)\\s+(?:(?:early|late|mid)(?:-|\\s+))?" +
    `|(?:early|late|mid)(?:-|\\s+)|last\\s+|this\\s+)` +
    `(?<m>${MONTH_SOURCE})(?!\\s*,?\\s*\\d)`,
  "iy",
);
const MONTH_ONLY_LEAD = leadIn(2, "since in during throughout until from between early late mid last this");
// "in 2013", "since 2011", "mid-2014", "the end of 2015".
const YEAR_ONLY = new RegExp(
  `\\b(?<pre>mid-|(?:since|in|during|throughout|until|early|late|(?:the\\s+)?(?:end|start|beginning|middle|summer|spring|autumn|fall|winter)\\s+of)\\s+)(?<y>${YEAR})(?![\\w-])`,
  "iy",
);
const YEAR_ONLY_LEAD = leadIn(
  3,
  "mid since in during throughout until early late the end start beginning middle summer spring autumn fall winter",
);
const WEEKDAY_RE = new RegExp(
  `(?<!\\w)(?<wd>${WEEKDAY})(?:'s|’s|s)?(?:\\s+(?<part>night|morning|evening|afternoon|dawn))?(?!\\w)`,
  "y",
);
const RELATIVE_DAY =
  /\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const AGO = new RegExp(`\\b(?<n>${NUM})\\s+(?<u>day|week|month|year)s?\\s+ago\\b`, "gi");
// "last week", "earlier this month", "this year", "over the weekend".
const RELATIVE_UNIT =
  /\b(?:(?<pre>last|this|earlier\s+this|(?:over|during)\s+the|since\s+the)\s+)(?<u>week|month|year|weekend)\b(?!-)/iy;
const RELATIVE_UNIT_LEAD = leadIn(2, "last this earlier over during since");
// "in the past week", "over the last 15 days", "in last 24 hours", "the past three days".
const PAST_SPAN = new RegExp(
  `\\b(?:(?<prep>in|over|during|within|for|throughout|across)\\s+)?(?<the>the\\s+)?(?<w>past|last|previous)\\s+(?:(?<n>${NUM})\\s+)?(?<u>hour|day|week|month|year)(?<pl>s)?\\b(?!\\s+of\\b)`,
  "iy",
);
// Or the match starts at "past" itself.
const PAST_SPAN_LEAD = leadIn(2, "in over during within for throughout across the");
// "in a week of heavy aerial bombing", "over two days" — a span ending at the reference date.
const IN_SPAN = new RegExp(
  `\\b(?<prep>in|over|during)\\s+(?<n>${NUM})\\s+(?<u>hour|day|week|month)s?\\b(?!\\s+(?:time|later|from\\s+now|ago|old)\\b|['’-])`,
  "iy",
);
// The number may be two words ("twenty-one").
const IN_SPAN_LEAD = leadIn(3, "in over during");
const SINCE_START =
  /\bsince\s+the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|this\s+)?(?:(?<u>year|month|week)\b|(?<y>(?:19|20)\d\d)(?!\d))/iy;

// "In August 2 people were killed": the number after a month is a count, not a day.
const COUNT_AFTER =
  /^\s+(?:people|persons|civilians|children|women|men|fighters|soldiers|troops|militants|rebels|others)\b/;
// "the deadliest attack in a week": a comparison window, not the period of the harm.
const COMPARISON_BEFORE =
  /\b(?:deadliest|worst|bloodiest|biggest|largest|highest|heaviest|time|first)\b[^.;]{0,30}$/i;
// "lasted over four hours", "in just over a week": "over" meaning "more than".
const OVER_AS_MORE_THAN = new Set(
  "for in just lasted after within than of took taking nearly about only since from".split(" "),
);
// Gap between two mentions that makes them one span: "Tuesday and Wednesday", "April 27 to May 18".
const JOINER = /^\s*(?:,\s*(?:and\s+)?|,?\s*(?:and|to|through|till|until)\s+|\s*[-–]\s*)$/;

const LEAP_REFERENCE = new Date(Date.UTC(2000, 5, 15)); // a leap year, so chrono accepts "Feb 29"
const CHRONO_OPTIONS = { forwardDate: false };

/** Date mentions in `sentence`, resolved against `ref` (YYYY-MM-DD), in order of position. */
export function findDates(sentence: string, ref: string): DateMention[] {
  const cues = cuesOf(sentence);
  const bits = cues.bits;
  if ((bits & ANY_PASS) === 0 || !(bits & GATE_WORD || GATE.test(sentence))) return [];
  const refDay = refDayOf(ref);
  if (refDay === null) return [];
  const found: Found[] = [];
  if (bits & TITLE_MONTH && bits & NUMBER) calendarDates(sentence, refDay, cues, found);
  if (bits & CAPITAL_MONTH) monthsOnly(sentence, refDay, cues, found);
  if (bits & YEAR_NUMBER) yearsOnly(sentence, refDay, cues, found);
  if (bits & WEEKDAY_NAME) weekdays(sentence, refDay, cues, found);
  if (bits & DAY_PART) relativeDays(sentence, refDay, found);
  // Not a cue: "ago" is looked for as the rule was first written, in lowercase anywhere.
  if (bits & AGO_WORD && sentence.includes("ago")) agos(sentence, refDay, found);
  if (bits & UNIT) relativeUnits(sentence, refDay, cues, found);
  if (bits & PAST) pastSpans(sentence, refDay, cues, found);
  if (bits & SPAN_UNIT) inSpans(sentence, refDay, cues, found);
  if (bits & SINCE) sinceStarts(sentence, refDay, cues, found);
  if (found.length === 0) return [];
  for (const f of found) sinceLeadIn(sentence, f);
  return joinRanges(sentence, keepLongest(found)).map((f) => {
    const date = isoOf(f.day);
    const text = sentence.slice(f.start, f.end);
    return {
      start: f.start,
      end: f.end,
      text,
      value: date,
      date,
      precision: f.precision,
      kind: f.kind,
      rule: f.rule,
    };
  });
}

// The reference date repeats for every sentence of an article: parse it once.
let lastRef = "";
let lastRefDay: number | null = null;

function refDayOf(ref: string): number | null {
  if (ref !== lastRef) {
    lastRefDay = parseIsoDay(ref);
    lastRef = ref;
  }
  return lastRefDay;
}

/**
 * Where a CALENDAR match can start: a weekday or a month as it spells them, or a day, each
 * followed by what the match needs next ("Monday 21", "Monday, May", "May 21", "May 2013",
 * "21 May"). Nothing between those two is a cue, so it is the next cue.
 */
function calendarStarts(cues: Cues): number[] {
  const out: number[] = [];
  const hits = cues.hits;
  for (let k = 0; k < hits.length; k += 2) {
    const bits = hits[k + 1] as number;
    const next = k + 3 < hits.length ? (hits[k + 3] as number) : 0;
    const needs =
      bits & TITLE_MONTH
        ? NUMBER
        : bits & WEEKDAY_NAME
          ? TITLE_MONTH | DAY_NUMBER
          : bits & DAY_NUMBER
            ? TITLE_MONTH
            : 0;
    if (next & needs) out.push(hits[k] as number);
  }
  return out;
}

function calendarDates(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(CALENDAR, s, calendarStarts(cues))) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (g.m1 !== undefined && g.y1 === undefined && COUNT_AFTER.test(s.slice(end, end + 12))) continue;
    const read =
      g.m3 !== undefined
        ? { month: monthNumber(g.m3), dom: null, year: Number(g.y3) }
        : readSpan(g.core ?? "");
    if (!read?.month) continue;
    const { month, dom, year } = read;
    let found: Found;
    if (dom === null) {
      if (year === null) continue;
      const day = dayOf(year, month, 1);
      if (day === null) continue;
      found = { start: m.index, end, day, precision: "month", kind: "point", rule: "month-year" };
    } else if (year !== null) {
      const day = dayOf(year, month, dom);
      if (day === null) continue;
      found = { start: m.index, end, day, precision: "day", kind: "point", rule: "calendar" };
    } else {
      const day = monthDayOnOrBefore(ref, month, dom);
      if (day === null) continue;
      const recurs = { month, dom };
      found = { start: m.index, end, day, precision: "day", kind: "point", rule: "calendar", recurs };
    }
    out.push(withLeadIn(s, found, dom === null));
  }
}

interface SpanReading {
  month: number | undefined;
  dom: number | null;
  year: number | null;
}
const SPAN_MEMO = new Map<string, SpanReading | null>();

/**
 * chrono's reading of a calendar span ("Sept. 5", "21st of August 2013"). It does not depend on
 * ref (the year, when missing, is resolved by the caller), so it is memoised: a news stream
 * repeats the same few hundred spans, and a chrono call costs tens of µs.
 */
function readSpan(core: string): SpanReading | null {
  let read = SPAN_MEMO.get(core);
  if (read !== undefined) return read;
  const parsed = chrono.en.strict.parse(core, LEAP_REFERENCE, CHRONO_OPTIONS)[0]?.start;
  read = parsed
    ? {
        month: parsed.get("month") ?? undefined,
        dom: parsed.isCertain("day") ? parsed.get("day") : null,
        year: parsed.isCertain("year") ? parsed.get("year") : null,
      }
    : null;
  if (SPAN_MEMO.size >= 4096) SPAN_MEMO.clear();
  SPAN_MEMO.set(core, read);
  return read;
}

/** "since yesterday", "since last week": the period that starts there. */
function sinceLeadIn(s: string, f: Found): void {
  if (f.kind !== "point" || f.rule.startsWith("since")) return;
  const w = wordBefore(s, f.start);
  if (w?.word !== "since") return;
  f.start = w.start;
  f.kind = "period";
  f.rule = `since-${f.rule}`;
}

/** Takes in "on", "since", "in", "late" before a mention, and what they say about it. */
function withLeadIn(s: string, f: Found, monthLevel: boolean): Found {
  let w = wordBefore(s, f.start);
  if (monthLevel && w && (w.word === "early" || w.word === "late" || w.word === "mid")) {
    f.start = w.start;
    f.rule += "-part";
    w = wordBefore(s, f.start);
    if (w?.word === "in") f.start = w.start;
    return f;
  }
  if (!w) return f;
  if (w.word === "on") f.start = w.start;
  else if (w.word === "since") {
    f.start = w.start;
    f.kind = "period";
    f.rule = `since-${f.rule}`;
  } else if (monthLevel && (w.word === "in" || w.word === "during" || w.word === "throughout")) {
    f.start = w.start;
    f.kind = "period";
  }
  return f;
}

const LAST_YEAR_AFTER = /\s+last\s+year\b/iy;
const MONTH_PART = /early|late|mid/;
const PERIOD_LEAD = /^(?:since|in|during|throughout)/;

function monthsOnly(s: string, ref: number, cues: Cues, out: Found[]): void {
  // A lead-in is at most two words ("since early June"). Only matches with a capitalised month
  // are kept, and these never overlap one with a lowercase month ("in may June"): reading at
  // the lead-ins of capitalised months alone finds the same ones as a scan of every word.
  const starts = leadInsOf(s, cuesAt(cues, CAPITAL_MONTH), MONTH_ONLY_LEAD, false);
  for (const m of matchesAt(MONTH_ONLY, s, starts)) {
    const name = m.groups?.m ?? "";
    const month = monthNumber(name);
    const pre = (m.groups?.pre ?? "").toLowerCase();
    if (month === undefined || !isCapital(name.charCodeAt(0))) continue;
    const { month: refMonth } = ymdOf(ref);
    // "In August last year": the month of the year before the reference's.
    LAST_YEAR_AFTER.lastIndex = m.index + m[0].length;
    const lastYear = LAST_YEAR_AFTER.exec(s);
    const day = lastYear
      ? monthOnOrBefore(addMonths(ref, -ymdOf(ref).month), month)
      : pre.startsWith("last") && month >= refMonth
        ? monthOnOrBefore(addMonths(ref, -12), month)
        : monthOnOrBefore(ref, month);
    const part = MONTH_PART.test(pre);
    const period = !part && PERIOD_LEAD.test(pre);
    const rule = pre.startsWith("since") ? "since-month" : part ? "month-part" : "month";
    out.push({
      start: m.index,
      end: m.index + m[0].length + (lastYear?.[0].length ?? 0),
      day,
      precision: "month",
      kind: period ? "period" : "point",
      rule,
      recurs: { month, dom: null },
    });
  }
}

const SINCE_LEAD = /^since/i;

function yearsOnly(s: string, ref: number, cues: Cues, out: Found[]): void {
  const refYear = ymdOf(ref).year;
  // A lead-in is at most three words ("the end of 2015").
  for (const m of matchesAt(YEAR_ONLY, s, leadInsOf(s, cuesAt(cues, YEAR_NUMBER), YEAR_ONLY_LEAD, false))) {
    const year = Number(m.groups?.y);
    const end = m.index + m[0].length;
    if (year > refYear || COUNT_AFTER.test(s.slice(end, end + 12))) continue;
    const since = SINCE_LEAD.test(m.groups?.pre ?? "");
    const day = dayOf(year, 1, 1) ?? ref;
    out.push({
      start: m.index,
      end,
      day,
      precision: "year",
      kind: since ? "period" : "point",
      rule: since ? "since-year" : "year",
    });
  }
}

// "next Monday" is not counted back from the reference date.
const NOT_FROM_REF = new Set(["next", "coming", "following", "previous"]);
const WEEKDAY_PART = new Set(["early", "late", "overnight", "dawn"]);

function weekdays(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(WEEKDAY_RE, s, cuesAt(cues, WEEKDAY_NAME))) {
    const weekday = WEEKDAYS.get((m.groups?.wd ?? "").toLowerCase());
    if (weekday === undefined) continue;
    const f: Found = {
      start: m.index,
      end: m.index + m[0].length,
      day: weekdayOnOrBefore(ref, weekday),
      precision: "day",
      kind: "point",
      rule: "weekday",
      recurs: { weekday },
    };
    let w = wordBefore(s, f.start);
    if (w && NOT_FROM_REF.has(w.word)) continue;
    if (w?.word === "last") {
      f.day = weekdayOnOrBefore(ref - 1, weekday);
      f.start = w.start;
      f.rule = "last-weekday";
    } else if (w?.word === "since") {
      f.start = w.start;
      f.kind = "period";
      f.rule = "since-weekday";
    } else if (w && (w.word === "on" || w.word === "this")) {
      f.start = w.start;
      w = wordBefore(s, f.start);
    }
    if (w && WEEKDAY_PART.has(w.word)) f.start = w.start;
    out.push(f);
  }
}

function relativeDays(s: string, ref: number, out: Found[]): void {
  RELATIVE_DAY.lastIndex = 0;
  for (let m = RELATIVE_DAY.exec(s); m; m = RELATIVE_DAY.exec(s)) {
    const t = m[0].toLowerCase();
    // "the Ariha Today Facebook page": a name, not a date.
    const lead = wordBefore(s, m.index);
    if (m[0].startsWith("Today") && lead && /^[A-Z]/.test(s[lead.start] ?? "")) continue;
    const daysBack = t.includes("before yesterday") ? 2 : /^(?:yesterday|last)/.test(t) ? 1 : 0;
    const rule =
      ["today", t.startsWith("last") ? "last-night" : "yesterday", "day-before-yesterday"][daysBack] ??
      "today";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      day: ref - daysBack,
      precision: "day",
      kind: "point",
      rule,
    });
  }
}

function agos(s: string, ref: number, out: Found[]): void {
  AGO.lastIndex = 0;
  for (let m = AGO.exec(s); m; m = AGO.exec(s)) {
    const n = numberOf(m.groups?.n ?? "");
    const unit = (m.groups?.u ?? "").toLowerCase() as Unit;
    if (n === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      day: back(ref, n, unit),
      precision: precisionOf(unit),
      kind: "point",
      rule: "ago",
    });
  }
}

function relativeUnits(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(RELATIVE_UNIT, s, leadInsOf(s, cuesAt(cues, UNIT), RELATIVE_UNIT_LEAD, false))) {
    const pre = (m.groups?.pre ?? "").toLowerCase().replace(/\s+/g, " ");
    const unit = (m.groups?.u ?? "").toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const { year, month } = ymdOf(ref);
    if (unit === "weekend") {
      if (pre === "since the") continue;
      const day = weekdayOnOrBefore(pre === "last" ? ref - 1 : ref, 6);
      out.push({ start, end, day, precision: "day", kind: "period", rule: "weekend" });
      continue;
    }
    if (pre === "over the" || pre === "during the" || pre === "since the") continue; // "the week" alone: no anchor
    const lead = wordBefore(s, start)?.word;
    if (lead === "later" || lead === "next") continue; // "later this week": not yet happened
    const last = pre === "last";
    const kind: Kind = pre === "this" ? "period" : "point";
    const rule = `${pre.replace(/ /g, "-")}-${unit}`;
    if (unit === "week") {
      const day = last ? ref - 7 : weekdayOnOrBefore(ref, 1); // this week starts on Monday
      out.push({ start, end, day, precision: "week", kind, rule });
    } else if (unit === "month") {
      const day = dayOf(year, month, 1) ?? ref;
      out.push({ start, end, day: last ? addMonths(day, -1) : day, precision: "month", kind, rule });
    } else {
      const day = dayOf(last ? year - 1 : year, 1, 1) ?? ref;
      out.push({ start, end, day, precision: "year", kind, rule });
    }
  }
}

function pastSpans(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(PAST_SPAN, s, leadInsOf(s, cuesAt(cues, PAST), PAST_SPAN_LEAD, true))) {
    const g = m.groups ?? {};
    const w = (g.w ?? "").toLowerCase();
    // Bare "last week" is a point (relativeUnits); "in the past months" has no length.
    if (w === "last" && !g.the && !g.n && !g.prep) continue;
    if ((g.pl || w === "previous") && !g.n) continue; // "in recent months"; "the previous day" is not ref − 1
    const n = g.n ? numberOf(g.n) : 1;
    if (n === null) continue;
    out.push(span(m.index, m.index + m[0].length, ref, n, (g.u ?? "").toLowerCase() as Unit, "past-span"));
  }
}

function inSpans(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(IN_SPAN, s, leadInsOf(s, cuesAt(cues, SPAN_UNIT), IN_SPAN_LEAD, false))) {
    if (COMPARISON_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    const lead = wordBefore(s, m.index);
    if (m.groups?.prep?.toLowerCase() === "over" && lead && OVER_AS_MORE_THAN.has(lead.word)) continue;
    const n = numberOf(m.groups?.n ?? "");
    if (n === null) continue;
    out.push(
      span(m.index, m.index + m[0].length, ref, n, (m.groups?.u ?? "").toLowerCase() as Unit, "in-span"),
    );
  }
}

function sinceStarts(s: string, ref: number, cues: Cues, out: Found[]): void {
  for (const m of matchesAt(SINCE_START, s, cuesAt(cues, SINCE))) {
    const g = m.groups ?? {};
    const { year, month } = ymdOf(ref);
    const unit = (g.u ?? "").toLowerCase();
    const y = g.y ? Number(g.y) : year;
    const day =
      unit === "week" ? weekdayOnOrBefore(ref, 1) : unit === "month" ? dayOf(year, month, 1) : dayOf(y, 1, 1);
    if (day === null || day > ref) continue;
    const precision: Precision = unit === "week" ? "week" : unit === "month" ? "month" : "year";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      day,
      precision,
      kind: "period",
      rule: "since-start",
    });
  }
}

type Unit = "hour" | "day" | "week" | "month" | "year";

function back(ref: number, n: number, unit: Unit): number {
  switch (unit) {
    case "hour":
      // "in the last 24 hours" is reported as the day of the report itself.
      return n <= 24 ? ref : ref - Math.ceil(n / 24) + 1;
    case "day":
      return ref - n;
    case "week":
      return ref - 7 * n;
    case "month":
      return addMonths(ref, -n);
    case "year":
      return addMonths(ref, -12 * n);
  }
}

function precisionOf(unit: Unit): Precision {
  return unit === "hour" ? "day" : unit;
}

/** A span of n units ending at ref; a day or less ("the last 24 hours") reads as a point. */
function span(start: number, end: number, ref: number, n: number, unit: Unit, rule: string): Found {
  const point = unit === "hour" ? n <= 24 : unit === "day" && n <= 1;
  return {
    start,
    end,
    day: back(ref, n, unit),
    precision: precisionOf(unit),
    kind: point ? "point" : "period",
    rule,
  };
}

function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "a" || w === "an") return 1;
  let total = 0;
  for (const part of w.split("-")) {
    const small = SMALL.indexOf(part);
    const tens = TENS.indexOf(part);
    if (small >= 0) total += small + 1;
    else if (tens >= 0) total += (tens + 2) * 10;
    else return null;
  }
  return total;
}

/** The lowercased ASCII word before `i`, skipping spaces and hyphens. */
function wordBefore(s: string, i: number): { word: string; start: number } | null {
  let e = i;
  while (e > 0 && (s.charCodeAt(e - 1) === 45 || isRegexSpace(s.charCodeAt(e - 1)))) e--;
  let b = e;
  while (b > 0 && isAsciiLetter(s.charCodeAt(b - 1))) b--;
  return b === e ? null : { word: s.slice(b, e).toLowerCase(), start: b };
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Overlapping matches: the longest wins ("on Monday, August 21" over "on Monday"), ties by rule order. */
function keepLongest(found: Found[]): Found[] {
  if (found.length === 1) return found;
  // A handful of mentions: insertion sorts, stable, so rule order decides among equals.
  const byLength: Found[] = [];
  for (const f of found) insertSorted(byLength, f, isLonger);
  const kept: Found[] = [];
  for (const f of byLength) if (!overlapsAny(kept, f)) insertSorted(kept, f, startsBefore);
  return kept;
}

function isLonger(a: Found, b: Found): boolean {
  return a.end - a.start > b.end - b.start;
}

function startsBefore(a: Found, b: Found): boolean {
  return a.start < b.start;
}

/** Puts `f` into `xs` (sorted by `before`) after the items it does not come `before`. */
function insertSorted(xs: Found[], f: Found, before: (f: Found, x: Found) => boolean): void {
  let i = xs.length;
  while (i > 0 && before(f, xs[i - 1] as Found)) i--;
  xs.splice(i, 0, f);
}

function overlapsAny(xs: readonly Found[], f: Found): boolean {
  for (const x of xs) if (f.end > x.start && f.start < x.end) return true;
  return false;
}

/** "on Tuesday and Wednesday", "between April 27 and May 18": one period from the first day. */
function joinRanges(s: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j + 1 < found.length && joinable(s, found[j] as Found, found[j + 1] as Found)) j++;
    const first = found[i] as Found;
    if (j === i) {
      out.push(first);
      i++;
      continue;
    }
    // Resolve right to left: each item on or before the one after it.
    let day = (found[j] as Found).day;
    for (let k = j - 1; k >= i; k--) {
      const item = found[k] as Found;
      const d = item.recurs ? recurringOnOrBefore(item.recurs, day) : item.day;
      day = d !== null && d <= day ? d : Math.min(item.day, day);
    }
    const lead = wordBefore(s, first.start);
    const start = lead && (lead.word === "between" || lead.word === "from") ? lead.start : first.start;
    out.push({
      start,
      end: (found[j] as Found).end,
      day,
      precision: first.precision,
      kind: "period",
      rule: "range",
    });
    i = j + 1;
  }
  return out;
}

function joinable(s: string, a: Found, b: Found): boolean {
  return (
    a.kind === "point" &&
    b.kind === "point" &&
    a.precision === b.precision &&
    (a.precision === "day" || a.precision === "month") &&
    JOINER.test(s.slice(a.end, b.start))
  );
}
