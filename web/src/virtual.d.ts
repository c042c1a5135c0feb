// The map's boundaries, made at build time by web/dev/region-atlas.ts.
declare module "virtual:region-atlas" {
  import type { FeatureCollection, Geometry } from "geojson";

  const atlas: FeatureCollection<Geometry, { name?: string }>;
  export default atlas;
}
