// How many of the claim places the extractor predicts get coordinates: the figure
// `npm run eval` prints under the scorer's. Each place is read with the article's other
// claim places as context.

import { resolvePlace } from "./resolve.js";
import type { GeoPrecision } from "./types.js";

export interface PlaceCoverage {
  /** Claims with a non-null place. */
  total: number;
  /** Of those, places resolved to coordinates. */
  resolved: number;
  byPrecision: Record<GeoPrecision, number>;
}

/** `articles`: each article's claim places, in claim order (nulls for claims without one). */
export function placeCoverage(articles: readonly (readonly (string | null)[])[]): PlaceCoverage {
  const byPrecision: Record<GeoPrecision, number> = {
    exact: 0,
    town: 0,
    province: 0,
    country: 0,
    unresolved: 0,
  };
  let total = 0;
  let resolved = 0;
  for (const places of articles) {
    const named = places.filter((p): p is string => p !== null && p.trim() !== "");
    for (const place of named) {
      const r = resolvePlace(place, { names: named.filter((p) => p !== place) });
      total++;
      if (r.lat !== null) resolved++;
      byPrecision[r.precision]++;
    }
  }
  return { total, resolved, byPrecision };
}

/** "places resolved to coordinates: 187/201 (0.930) of predicted claim places (exact 120, …)". */
export function formatPlaceCoverage(c: PlaceCoverage): string {
  const share = c.total > 0 ? (c.resolved / c.total).toFixed(3) : "n/a";
  const parts = (["exact", "town", "province", "country"] as const).map((p) => `${p} ${c.byPrecision[p]}`);
  return `places resolved to coordinates: ${c.resolved}/${c.total} (${share}) of predicted claim places (${parts.join(", ")})`;
}
