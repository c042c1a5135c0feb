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
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return dayOfByDate(year, month, day);
  if (day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

function dayOfByDate(year: number, month: number, day: number): number | null {
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
  const { year, month, day: dom } = ymdOf(day);
  if (year < 1000 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${year}-${month < 10 ? "0" : ""}${month}-${dom < 10 ? "0" : ""}${dom}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(day: number): Ymd {
  if (!Number.isInteger(day)) {
    const d = new Date(day * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  return civilFromDays(day);
}

// Integer civil-calendar conversions (H. Hinnant, "chrono-Compatible Low-Level Date
// Algorithms"): the same results as Date.UTC / getUTC*, without allocating a Date.

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
  // Date.UTC reads years 0–99 as 1900–1999: keep its answer there.
  if (y < 100 || !Number.isInteger(index)) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return Date.UTC(y, m - 1, Math.min(dom, last)) / MS_PER_DAY;
  }
  return daysFromCivil(y, m, Math.min(dom, daysInMonth(y, m)));
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
  const y = month <= refMonth ? year : year - 1;
  if (y < 100 || !Number.isInteger(month)) return Date.UTC(y, month - 1, 1) / MS_PER_DAY;
  return daysFromCivil(y, month, 1);
}
