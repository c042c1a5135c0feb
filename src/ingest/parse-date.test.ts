import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date.js";

describe("parseDate", () => {
  it.each([
    ["2017-04-05", "2017-04-05"],
    ["4/5/2017", "2017-04-05"], // FA-KES: month first
    ["4/19/2017", "2017-04-19"],
    ["19/4/2017", "2017-04-19"], // the first number cannot be a month
    ["5 April 2017", "2017-04-05"],
    ["April 5, 2017", "2017-04-05"],
    ["Wed 05 Apr 2017", "2017-04-05"],
    ["24.08.2013", "2013-08-24"],
    ["  8 April 2017 ", "2017-04-08"],
  ])("reads %j as %j", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ["2017-09-14T18:27:00+03:00", "2017-09-14T18:27:00+03:00"],
    ["2017-09-14T18:27:00.250Z", "2017-09-14T18:27:00.250Z"],
    ["2017-09-14 18:27", "2017-09-14T18:27:00"],
    ["2017-09-14T18:27:00+0300", "2017-09-14T18:27:00+03:00"],
    ["Sat, 08 Apr 2017 23:30:00 +0200", "2017-04-08T23:30:00+02:00"],
    ["Sun, 24 Aug 2014 11:05:00 GMT", "2014-08-24T11:05:00Z"],
  ])("keeps the time and offset of %j as written", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["last Sunday"],
    ["April 2017"],
    ["5 April"],
    ["2017-02-29"],
    ["2/30/2017"],
    ["13/13/2017"],
    ["2017-04-05T25:00:00Z"],
    ["unknown"],
  ])("gives null for %j, which is not a full date", (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it("gives null for null and undefined", () => {
    expect([parseDate(null), parseDate(undefined)]).toEqual([null, null]);
  });
});
