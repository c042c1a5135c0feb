// Publication dates as inputs write them (CSV columns, feed pubDate, page metadata) made ISO, so
// the store and the extractor see one form. The date is kept as written: a timestamp keeps its own
// offset and is never moved to UTC, since that can change its day. Independent of the machine's TZ.
import * as chrono from "chrono-node";
import { dayOf } from "../extract/dates/calendar.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Slashed dates are month first (US, FA-KES "4/19/2017") unless the first number cannot be a month.
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * "2017-04-05", "2017-04-05T18:27:00+03:00", "4/5/2017", "5 April 2017", "April 5, 2017",
 * "Wed, 05 Apr 2017 10:00:00 GMT" → "2017-04-05" or a full ISO timestamp with the offset as written
 * (when the input gives a time and a zone); null when no full date (day, month and year) is found.
 */
export function parseDate(input: string | null | undefined): string | null {
  const s = input?.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return fromIso(iso);
  const slashed = SLASHED.exec(s);
  if (slashed) {
    const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    return a > 12 ? ymd(year, b, a) : ymd(year, a, b);
  }
  const found = chrono.strict.parse(s)[0];
  if (!found) return null;
  const start = found.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  const date = ymd(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0);
  if (date === null || !start.isCertain("hour") || !start.isCertain("timezoneOffset")) return date;
  const offset = start.get("timezoneOffset") ?? 0;
  return `${date}T${pad(start.get("hour"))}:${pad(start.get("minute"))}:${pad(start.get("second"))}${zone(offset)}`;
}

function fromIso(m: RegExpExecArray): string | null {
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (date === null || m[4] === undefined) return date;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[8] === undefined ? "" : m[8].toUpperCase() === "Z" ? "Z" : colon(m[8]);
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? "00"}${m[7] ?? ""}${offset}`;
}

/** "2017-04-05" for a real calendar date, else null. */
function ymd(year: number, month: number, day: number): string | null {
  if (dayOf(year, month, day) === null) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number | null | undefined) => String(n ?? 0).padStart(2, "0");
const colon = (offset: string) =>
  offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;

/** Minutes east of UTC → "Z" or "+03:00". */
function zone(minutes: number): string {
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
