import { describe, expect, it } from "vitest";
import {
  addMonths,
  dayOf,
  isoOf,
  monthDayOnOrBefore,
  monthOnOrBefore,
  parseIsoDay,
  weekdayOf,
  weekdayOnOrBefore,
} from "./calendar.js";

const day = (iso: string): number => {
  const d = parseIsoDay(iso);
  if (d === null) throw new Error(iso);
  return d;
};

describe("calendar", () => {
  it("round-trips ISO days and rejects impossible dates", () => {
    expect(isoOf(day("2016-02-29"))).toBe("2016-02-29");
    expect(dayOf(2017, 2, 29)).toBeNull();
    expect(dayOf(2016, 6, 31)).toBeNull();
    expect(parseIsoDay("2017-13-01")).toBeNull();
  });

  it("knows weekdays and finds the last one on or before a day", () => {
    expect(weekdayOf(day("2017-08-22"))).toBe(2); // Tuesday
    expect(isoOf(weekdayOnOrBefore(day("2017-08-22"), 2))).toBe("2017-08-22");
    expect(isoOf(weekdayOnOrBefore(day("2017-08-22"), 3))).toBe("2017-08-16");
  });

  it("moves by months with the day clamped, and resolves year-less dates backwards", () => {
    expect(isoOf(addMonths(day("2016-03-31"), -1))).toBe("2016-02-29");
    expect(isoOf(addMonths(day("2017-01-15"), -12))).toBe("2016-01-15");
    expect(monthDayOnOrBefore(day("2017-03-01"), 2, 29)).toBe(day("2016-02-29"));
    expect(isoOf(monthOnOrBefore(day("2016-01-26"), 12))).toBe("2015-12-01");
  });
});
