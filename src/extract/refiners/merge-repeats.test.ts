import { describe, expect, it } from "vitest";
import type { Claim } from "../types.js";
import { mergeRepeats, type Told } from "./merge-repeats.js";

function claim(overrides: Partial<Claim>): Claim {
  return {
    measure: "killed",
    victim: "people",
    value: 30,
    high: null,
    qualifier: "exact",
    scope: "event",
    place: null,
    date: null,
    datePrecision: "unknown",
    actor: null,
    weapon: null,
    source: null,
    quote: "",
    span: { field: "text", start: 0, end: 0 },
    rule: "test",
    reason: "",
    ...overrides,
  };
}

describe("mergeRepeats", () => {
  it("merges a headline's bare figure into the body's named one, keeping the body's context", () => {
    const told: Told[] = [
      { claim: claim({ quote: "Thirty Killed" }), headline: true, victimNamed: false },
      {
        claim: claim({
          victim: "civilians",
          quote: "Thirty civilians were killed",
          date: "2016-07-02",
          datePrecision: "day",
          place: "Jayrud",
        }),
        headline: false,
        victimNamed: true,
      },
    ];
    const merged = mergeRepeats(told);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ victim: "civilians", date: "2016-07-02", place: "Jayrud" });
  });

  it("keeps two tellings of the same figure that are two incidents", () => {
    const told: Told[] = [
      {
        claim: claim({
          victim: "children",
          value: 1,
          place: "al-Mazzeh",
          date: "2016-11-07",
          datePrecision: "day",
        }),
        headline: false,
        victimNamed: true,
      },
      {
        claim: claim({
          victim: "children",
          value: 1,
          place: "al-Hamadaniye",
          date: "2016-11-07",
          datePrecision: "day",
        }),
        headline: false,
        victimNamed: true,
      },
    ];
    expect(mergeRepeats(told)).toHaveLength(2);
  });

  it("never merges different figures", () => {
    const told: Told[] = [
      { claim: claim({ value: 30 }), headline: true, victimNamed: false },
      { claim: claim({ value: 31 }), headline: false, victimNamed: true },
    ];
    expect(mergeRepeats(told)).toHaveLength(2);
  });

  it("takes a bare figure and a named one in the same headline sentence as one claim, whatever their scopes", () => {
    // FA-KES: "43 killed in Syria army shelling of rebel town Monitor AFP Sunday 3 Jul 2016 Fierce
    // government bombardment of an opposition-controlled Syrian town has killed 43 people …" (one sentence).
    const told: Told[] = [
      { claim: claim({ value: 43, quote: "43 killed" }), headline: true, victimNamed: false },
      {
        claim: claim({ value: 43, scope: "aggregate", quote: "killed 43 people" }),
        headline: true,
        victimNamed: true,
      },
    ];
    const merged = mergeRepeats(told);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.scope).toBe("aggregate");
  });

  it("keeps two named figures of different scopes apart", () => {
    const told: Told[] = [
      {
        claim: claim({ value: 43, quote: "43 people were killed on Sunday" }),
        headline: true,
        victimNamed: true,
      },
      {
        claim: claim({ value: 43, scope: "aggregate", quote: "43 people killed since June" }),
        headline: true,
        victimNamed: true,
      },
    ];
    expect(mergeRepeats(told)).toHaveLength(2);
  });
});
