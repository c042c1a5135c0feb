// Choosing the period tallies that cover an incident's day.
import { describe, expect, it } from "vitest";
import type { StoredClaim } from "../store/types.js";
import { talliesCovering } from "./period-tallies.js";

const tally = (date: string | null, published: string | null) =>
  ({ date, published, value: 946, measure: "killed", victim: "civilians" }) as StoredClaim;

describe("talliesCovering", () => {
  // SEED-002: "At least 946 civilians have been killed since June" (published 2017-08-22).
  const sinceJune = tally("2017-06-01", "2017-08-22");

  it("takes a tally whose period started on or before the day and was told on or after it", () => {
    expect(talliesCovering([sinceJune], "2017-08-21")).toEqual([sinceJune]);
    expect(talliesCovering([sinceJune], "2017-06-01")).toEqual([sinceJune]);
    expect(talliesCovering([sinceJune], "2017-08-22")).toEqual([sinceJune]);
  });

  it("leaves out a tally told before the day, one whose period starts after it, and an undated one", () => {
    expect(talliesCovering([sinceJune], "2017-08-23")).toEqual([]);
    expect(talliesCovering([sinceJune], "2017-05-31")).toEqual([]);
    expect(talliesCovering([tally(null, "2017-08-22")], "2017-08-21")).toEqual([]);
  });
});
