// The pairs evaluation's reading of an article's main incident.
import { describe, expect, it } from "vitest";
import { incidentsTold, mainIncidents } from "./pairs.js";
import type { Incident, LinkClaim } from "./types.js";

function claim(id: number, offset: number, precision: "country" | "town"): LinkClaim {
  return {
    id,
    articleId: 1,
    articleKey: "a",
    offset,
    measure: "killed",
    victim: "people",
    value: 26,
    scope: "event",
    date: "2016-10-26",
    datePrecision: "day",
    place: precision === "country" ? "Syria" : "Hass",
    geo: { gazetteerId: null, lat: null, lon: null, admin1: null, country: "SY", precision },
    actor: null,
    weapon: "airstrike",
  };
}

const incident = (id: string, claims: number[]): Incident => ({
  id,
  claims,
  links: [],
  firstDate: "2016-10-26",
  lastDate: "2016-10-26",
  articles: 1,
});

describe("an article's main incident", () => {
  // FA-KES (Al-Araby, 26 October 2016): "Students among scores dead as raids hit Syria school", then
  // "killing at least 26 civilians" in the village of Hass.
  const headline = claim(1, 0, "country");
  const hass = claim(2, 1, "town");

  it("is the incident placed finer than a country, even when a headline in 'Syria' comes first", () => {
    const told = incidentsTold(
      [incident("inc-syria", [1]), incident("inc-hass", [2])],
      [headline, hass],
      () => "doc",
    );
    expect(mainIncidents(told).get("doc")).toBe("inc-hass");
  });

  it("is the earliest on a tie between placed incidents", () => {
    const other = { ...claim(3, 2, "town"), place: "Maarat al-Numan" };
    const told = incidentsTold(
      [incident("inc-hass", [2]), incident("inc-other", [3])],
      [hass, other],
      () => "doc",
    );
    expect(mainIncidents(told).get("doc")).toBe("inc-hass");
  });
});
