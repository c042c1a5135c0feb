// The day that "on Monday", "yesterday" and "since Saturday" count back from. Per the GUIDE,
// the article's own dateline wins over the `published` given with it: dataset date columns
// are sometimes wrong (FA-KES: 226 of its 787 datelines disagree), a dateline rarely is.

import { isoOf, parseIsoDay } from "./calendar.js";
import { findDateline } from "./dateline.js";

export interface ReferenceDate {
  /** ISO date, YYYY-MM-DD, or null when neither the text nor `published` gives one. */
  date: string | null;
  basis: "dateline" | "published" | "none";
  /** Where the dateline stands in the text, so it is not read again as an event date. */
  dateline: { start: number; end: number } | null;
}

/** `published` is ISO: "2017-04-05" or a timestamp starting so (its date as written is taken). */
export function referenceDate(text: string, published?: string | null): ReferenceDate {
  const dateline = findDateline(text);
  if (dateline)
    return { date: dateline.date, basis: "dateline", dateline: { start: dateline.start, end: dateline.end } };
  const day = published ? parseIsoDay(published) : null;
  return day === null
    ? { date: null, basis: "none", dateline: null }
    : { date: isoOf(day), basis: "published", dateline: null };
}
