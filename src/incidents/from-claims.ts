// Extracted claims, placed by the gazetteer, as linking reads them (the store builds the same
// from its rows; this serves evaluation, which links without a store).
import type { Claim } from "../extract/types.js";
import type { ClaimGeo } from "../store/types.js";
import type { LinkClaim } from "./types.js";

export function toLinkClaims(
  article: { id: number; key: string },
  claims: ReadonlyArray<{ claim: Claim; geo: ClaimGeo }>,
  nextId: () => number,
): LinkClaim[] {
  return claims.map(({ claim: c, geo }, seq) => ({
    id: nextId(),
    articleId: article.id,
    articleKey: article.key,
    offset: seq,
    measure: c.measure,
    victim: c.victim,
    value: c.value,
    scope: c.scope,
    date: c.date,
    datePrecision: c.datePrecision,
    place: c.place,
    geo: {
      gazetteerId: geo.gazetteerId,
      lat: geo.lat,
      lon: geo.lon,
      admin1: geo.admin1,
      country: geo.country,
      precision: geo.precision,
    },
    actor: c.actor,
    weapon: c.weapon,
  }));
}
