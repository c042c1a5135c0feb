// A claim, placed by the gazetteer, as linking reads it: the store gives its stored claims this way,
// and evaluation (which links without a store) its freshly extracted ones.
import type { Claim } from "../extract/types.js";
import type { ClaimGeo } from "../store/types.js";
import type { LinkClaim } from "./types.js";

export interface LinkIdentity {
  id: number;
  articleId: number;
  /** The article's content hash: with offset, an order that does not depend on ingest order. */
  articleKey: string;
  /** The claim's place among its article's claims. */
  offset: number;
}

export function toLinkClaim(c: Claim, geo: ClaimGeo, identity: LinkIdentity): LinkClaim {
  return {
    ...identity,
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
  };
}

export function toLinkClaims(
  article: { id: number; key: string },
  claims: ReadonlyArray<{ claim: Claim; geo: ClaimGeo }>,
  nextId: () => number,
): LinkClaim[] {
  return claims.map(({ claim, geo }, seq) =>
    toLinkClaim(claim, geo, { id: nextId(), articleId: article.id, articleKey: article.key, offset: seq }),
  );
}
