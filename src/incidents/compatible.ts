// The tests two event claims must pass to be told of one incident, each a small pure rule that
// says why it passed (or returns null). Thresholds follow the coarser of the two claims: a claim
// placed only at its province cannot be matched more finely than the province.
import type { LinkClaim } from "./types.js";

export interface Match {
  rule: string;
  reason: string;
}

/** Kilometres within which two places count as one, by the coarser geo-precision of the two. */
export const NEAR_KM: Readonly<Record<string, number>> = { exact: 5, town: 15 };

export function placeMatch(a: LinkClaim, b: LinkClaim): Match | null {
  const ga = a.geo;
  const gb = b.geo;
  if (ga.gazetteerId && ga.gazetteerId === gb.gazetteerId && ga.precision !== "country")
    return { rule: "place:same", reason: `both in ${a.place ?? ga.gazetteerId}` };
  // A country says too little to tie two reports to one attack.
  if (ga.precision === "country" || gb.precision === "country" || ga.precision === "unresolved") {
    if (ga.precision === "unresolved" && gb.precision === "unresolved" && sameName(a.place, b.place))
      return { rule: "place:same-name", reason: `both name "${a.place}" (not in the gazetteer)` };
    return null;
  }
  if (gb.precision === "unresolved") return null;
  // A town in a province named by the other claim: nested.
  if (ga.precision === "province" || gb.precision === "province") {
    if (ga.admin1 && ga.admin1 === gb.admin1 && ga.country === gb.country)
      return { rule: "place:nested", reason: `${a.place} and ${b.place} are both in ${ga.admin1} province` };
    return null;
  }
  if (ga.lat === null || ga.lon === null || gb.lat === null || gb.lon === null) return null;
  const km = distanceKm(ga.lat, ga.lon, gb.lat, gb.lon);
  const limit = Math.max(NEAR_KM[ga.precision] ?? 0, NEAR_KM[gb.precision] ?? 0);
  if (km <= limit)
    return {
      rule: "place:near",
      reason: `${a.place} and ${b.place} are ${km.toFixed(1)} km apart (≤ ${limit})`,
    };
  return null;
}

/**
 * One article giving one toll twice, at a place the gazetteer does not know and at one it does
 * ("killed at least 18 civilians" in Aleppo; "killed 18 civilians" in Maghayir, its old quarter):
 * the same figure tells the same event.
 */
export function sameFigureMatch(a: LinkClaim, b: LinkClaim): Match | null {
  if (a.articleId !== b.articleId || a.value === null || a.value !== b.value) return null;
  if (a.measure !== b.measure || a.victim !== b.victim) return null;
  // Only where one place is unknown: two known places say themselves whether they are apart.
  if (a.geo.precision !== "unresolved" && b.geo.precision !== "unresolved") return null;
  if (a.geo.precision === "country" || b.geo.precision === "country") return null;
  return {
    rule: "place:same-figure",
    reason: `the article gives ${a.value} ${a.victim} ${a.measure} at ${a.place} and at ${b.place}`,
  };
}

function sameName(x: string | null, y: string | null): boolean {
  return x !== null && y !== null && x.toLowerCase() === y.toLowerCase();
}

/** Great-circle distance (haversine), in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Days two dates may lie apart, by the coarser precision: reports cross midnight and time zones. */
const WINDOW_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };

/** Days after an event that an undated report of it may be published. */
const REPORTED_WITHIN_DAYS = 2;

export function dateMatch(a: LinkClaim, b: LinkClaim): Match | null {
  if (!a.date || !b.date) return null;
  // An undated claim carries its article's date: a report published just after a dated event.
  const undated = a.datePrecision === "unknown" ? a : b.datePrecision === "unknown" ? b : null;
  const dated = undated === a ? b : a;
  if (undated && dated.datePrecision === "day") {
    const after = dayNumber(undated.date as string) - dayNumber(dated.date as string);
    if (after < 0 || after > REPORTED_WITHIN_DAYS) return null;
    return {
      rule: "date:reported-after",
      reason: `an undated report published ${after} day(s) after ${(dated.date as string).slice(0, 10)}`,
    };
  }
  const window = Math.max(WINDOW_DAYS[a.datePrecision] ?? -1, WINDOW_DAYS[b.datePrecision] ?? -1);
  if (window < 0 || a.datePrecision === "unknown" || b.datePrecision === "unknown") {
    // A month is too wide to link by; a day inside a named month may still be the same event.
    return null;
  }
  const days = Math.abs(dayNumber(a.date) - dayNumber(b.date));
  if (days > window) return null;
  return days === 0
    ? { rule: "date:same", reason: `both on ${a.date.slice(0, 10)}` }
    : {
        rule: "date:near",
        reason: `${a.date.slice(0, 10)} and ${b.date.slice(0, 10)}, ${days} day(s) apart (≤ ${window})`,
      };
}

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** Harm (killed, injured, missing, trapped) and flight (displaced) are different kinds of event. */
export function kindMatch(a: LinkClaim, b: LinkClaim): boolean {
  return (a.measure === "displaced") === (b.measure === "displaced");
}

/**
 * A chemical attack is delivered by aircraft or artillery, so reports of one may call it an air
 * strike or shelling ("the air strikes on Khan Sheikhoun", "a suspected gas attack").
 */
const DELIVERS: Readonly<Record<string, readonly string[]>> = { chemical: ["airstrike", "shelling"] };

/** Two named weapons that differ tell two different attacks (a car bomb is not an air strike). */
export function weaponConflict(a: LinkClaim, b: LinkClaim): boolean {
  // "other" (a plane crashing into a market, a landmine) names no class to contradict.
  if (a.weapon === null || b.weapon === null || a.weapon === b.weapon) return false;
  if (a.weapon === "other" || b.weapon === "other") return false;
  return !(DELIVERS[a.weapon]?.includes(b.weapon) || DELIVERS[b.weapon]?.includes(a.weapon));
}
