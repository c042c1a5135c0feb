// Calendar arithmetic for the date finders, in UTC only. A date is a whole day number (days
// since 1970-01-01), so "the last Monday on or before" and "ref minus 15 days" are integer
// maths that never meet a time zone or a DST shift; ISO strings come in and go out.

const MS_PER_DAY = 86_400_000;

const MONTH_NAMES = "january february march april may june july august september october november december";
const WEEKDAY_NAMES = "sunday monday tuesday wednesday thursday friday saturday";

/** Month name or 3-letter abbreviation (lowercase, no dot; also "sept") → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.split(" ").flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
).set("sept", 9);

/** Weekday name or abbreviation (lowercase) → 0 (Sunday) .. 6 (Saturday), as Date#getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.split(" ").flatMap((name, i) => [
    [name, i],
    [name.slice(0, 3), i],
  ]),
)
  .set("tues", 2)
  .set("thur", 4)
  .set("thurs", 4);

/** Capitalised month names and abbreviations; an abbreviation may carry a dot ("Aug."). */
export const MONTH_SOURCE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";

/** The month number of a surface form such as "Aug." or "AUGUST", or undefined. */
export function monthNumber(surface: string): number | undefined {
  return MONTHS.get(surface.toLowerCase().replace(/\.$/, ""));
}

/** Day number of a real calendar date (month 1..12), or null for "31 June" or "29 Feb 2017". */
export function dayOf(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return t / MS_PER_DAY;
}

/** "2017-08-22" (or a timestamp starting so: its date as written) → day number, else null. */
export function parseIsoDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The last day with that weekday on or before `day` (so a Monday for a Monday is itself). */
export function weekdayOnOrBefore(day: number, weekday: number): number {
  return day - ((weekdayOf(day) - weekday + 7) % 7);
}

/** `day` moved by whole months, the day of month clamped (31 March − 1 month = 28/29 February). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = ymdOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Date.UTC(y, m - 1, Math.min(dom, last)) / MS_PER_DAY;
}

/** The latest day `month`/`dom` on or before `ref` (for dates written without a year). */
export function monthDayOnOrBefore(ref: number, month: number, dom: number): number | null {
  const { year } = ymdOf(ref);
  // Up to 8 years back finds a 29 February; every other date resolves within one year.
  for (let y = year; y > year - 8; y--) {
    const d = dayOf(y, month, dom);
    if (d !== null && d <= ref) return d;
  }
  return null;
}

/** The first day of the latest month `month` that starts on or before `ref`. */
export function monthOnOrBefore(ref: number, month: number): number {
  const { year, month: refMonth } = ymdOf(ref);
  return Date.UTC(month <= refMonth ? year : year - 1, month - 1, 1) / MS_PER_DAY;
}
