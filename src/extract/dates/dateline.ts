// The article's own dateline ("Sun 16 Apr 2017", "Last updated at Apr 232017", "24.08.2013").
// The GUIDE makes it the reference for "on Monday" and "yesterday", over the dataset's
// `published`, which is often wrong. Written by hand, not with chrono: FA-KES datelines
// come glued ("Apr 232017") or numeric ("15-09-2013"), and what matters is *where* a date
// sits (the head of the text, after a byline keyword), not how to read it.

import { dayOf, isoOf, MONTH_SOURCE, monthNumber } from "./calendar.js";

export interface Dateline {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Offsets of the date itself (weekday included, keyword such as "Posted on" excluded). */
  start: number;
  end: number;
  text: string;
}

/** A dateline must start within this many characters of the text (the headline may precede it)… */
const HEAD = 200;
/** …or this many, right after an agency credit ("… says monitoring group AFP Friday 23 Aug 2013"). */
const AGENCY_HEAD = 320;
const AGENCY_BEFORE = /\b(?:AFP|AP|Reuters|REUTERS)\s*$/;

const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?(?![A-Za-z])";
const YEAR = "(?:19|20)\\d\\d";

// Day-month-year ("05 Apr 2017"), month-day-year ("April 5, 2017", glued "Apr 232017"),
// numeric with dots or dashes ("24.08.2013", "5-04-2016": day first) and ISO ("2017-06-22").
// Slashed dates ("05/04/2017") are left out: M/D and D/M are both common.
const DATE_SOURCE =
  `(?<![\\w.\\-/])(?:(?<wd>${WEEKDAY}),?\\s+)?(?:` +
  `(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>${MONTH_SOURCE}),?\\s*(?<y1>${YEAR})` +
  `|(?<m2>${MONTH_SOURCE})\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?<y2>${YEAR})` +
  `|(?<d3>\\d{1,2})(?<sep>[.\\-])(?<m3>\\d{1,2})\\k<sep>(?<y3>${YEAR})` +
  `|(?<y4>${YEAR})-(?<m4>\\d\\d)-(?<d4>\\d\\d)` +
  ")(?!\\d)";
const DATE = new RegExp(DATE_SOURCE, "g");
const DATE_AT = new RegExp(DATE_SOURCE, "y");

// Byline words that introduce the page's own date.
const KEYWORD_BEFORE =
  /(?:last\s+updated|date\s+of\s+publication|updated|published|posted|print\s+this\s+page|date)(?:\s+(?:at|on))?\s*:?\s*$/i;
// These two are trusted anywhere in the text.
const KEYWORD_ANYWHERE = /\b(?:last\s+updated|date\s+of\s+publication)(?:\s+(?:at|on))?\s*:?\s*/gi;

// A date right after one of these words is part of a sentence ("On August 21 2013 the regime…").
const SENTENCE_WORDS = new Set(
  (
    "on of since until till from to by in before after between and or than dated at through as that " +
    "around about circa early late mid end beginning start said says the"
  ).split(" "),
);

// What follows a dateline in the head of a page: a time, an agency, page furniture.
const MARKER_AFTER =
  /^\W{0,3}(?:\d{1,2}:?\d\d\b|at\s+\d|[A-Z][a-z]+\s+SANA\b|SANA|NNA|UTC|GMT|\(?updated|Get short URL|Print)/;

/** The article's own date, from its head or an explicit "Last updated …" line; null if none. */
export function findDateline(text: string): Dateline | null {
  // Scan only the head: a global regex left to run would read the whole article.
  const head = text.slice(0, AGENCY_HEAD + 40);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(head); m && m.index < AGENCY_HEAD; m = DATE.exec(head)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = head.slice(Math.max(0, start - 40), start);
    const hasWeekday = m.groups?.wd !== undefined;
    if (start >= HEAD && !(hasWeekday && AGENCY_BEFORE.test(before))) continue;
    const date = readDate(m.groups ?? {});
    if (date === null) continue;
    if (!KEYWORD_BEFORE.test(before) && !looksLikeDateline(before, hasWeekday, head.slice(end, end + 30)))
      continue;
    return { date: isoOf(date), start, end, text: m[0] };
  }
  KEYWORD_ANYWHERE.lastIndex = 0;
  for (let k = KEYWORD_ANYWHERE.exec(text); k; k = KEYWORD_ANYWHERE.exec(text)) {
    DATE_AT.lastIndex = k.index + k[0].length;
    const m = DATE_AT.exec(text);
    const date = m ? readDate(m.groups ?? {}) : null;
    if (m && date !== null)
      return { date: isoOf(date), start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return null;
}

function looksLikeDateline(before: string, hasWeekday: boolean, after: string): boolean {
  const prev = /([A-Za-z]+)[^A-Za-z]*$/.exec(before)?.[1];
  if (prev === undefined) return true; // the very start of the text
  if (SENTENCE_WORDS.has(prev.toLowerCase())) return false;
  // After a headline or an agency ("… Monitor AFP Saturday 16 Jul 2016"), not inside a sentence.
  return hasWeekday || /^[A-Z]/.test(prev) || MARKER_AFTER.test(after);
}

function readDate(g: Record<string, string | undefined>): number | null {
  const month = g.m1 ?? g.m2;
  if (month !== undefined) {
    const m = monthNumber(month);
    return m === undefined ? null : dayOf(Number(g.y1 ?? g.y2), m, Number(g.d1 ?? g.d2));
  }
  if (g.y4 !== undefined) return dayOf(Number(g.y4), Number(g.m4), Number(g.d4));
  // Dotted and dashed numeric dates are day-first (Sputnik "24.08.2013", Al-Manar "15-09-2013");
  // read month-first only when the second number cannot be a month ("09-15-2013").
  const a = Number(g.d3);
  const b = Number(g.m3);
  const year = Number(g.y3);
  return b > 12 && a <= 12 ? dayOf(year, a, b) : dayOf(year, b, a);
}
