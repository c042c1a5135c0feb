import { describe, expect, it } from "vitest";
import { referenceDate } from "./reference-date.js";

describe("referenceDate", () => {
  it("prefers the dateline over a wrong published date (FA-KES fakes-1924058056)", () => {
    const text =
      "Last updated at Jul 282016 A massive bomb blast claimed by the Daesh terror group killed at least 44 people and wounded dozens on Wednesday";
    expect(referenceDate(text, "2016-07-22")).toMatchObject({ date: "2016-07-28", basis: "dateline" });
  });

  it("falls back to published, a date or a timestamp", () => {
    const text = "At least 170 civilians have been killed in a week of heavy aerial bombing in Raqqa city.";
    expect(referenceDate(text, "2017-08-22")).toMatchObject({ date: "2017-08-22", basis: "published" });
    expect(referenceDate(text, "2017-08-22T23:10:00-05:00")).toMatchObject({
      date: "2017-08-22",
      basis: "published",
    });
  });

  it("says none when there is neither", () => {
    const text = "Smoke billows from buildings in the northern Syrian city of Raqqa.";
    expect(referenceDate(text)).toMatchObject({ date: null, basis: "none" });
    expect(referenceDate(text, null)).toMatchObject({ date: null, basis: "none" });
    expect(referenceDate(text, "8/22/2017")).toMatchObject({ date: null, basis: "none" });
  });
});
