// A vite plugin giving the app `virtual:region-atlas`: the boundaries of Syria, Iraq and their
// neighbours, cut at build time from world-atlas's countries-50m (Natural Earth, 1:50m) with
// topojson-client and rounded to 0.001° (~100 m) — about 45 kB instead of the whole world's 750 kB.
import { createRequire } from "node:module";
import type { FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";

/** ISO 3166 numeric codes: Syria and Iraq (the focus), then the neighbours drawn grey. */
export const FOCUS_IDS = ["760", "368"];
const NEIGHBOUR_IDS = ["792", "400", "422", "376", "275", "682", "364", "414", "196", "818"];

const ID = "virtual:region-atlas";
const RESOLVED = `\0${ID}`;

type Coordinates = Position | Coordinates[];
const round = (c: Coordinates): Coordinates =>
  typeof c[0] === "number"
    ? (c as Position).map((n) => Math.round(n * 1000) / 1000)
    : (c as Coordinates[]).map(round);

export function regionAtlas(): FeatureCollection<Geometry, { name?: string }> {
  const require = createRequire(import.meta.url);
  const topology = require("world-atlas/countries-50m.json") as Topology<{
    countries: GeometryCollection<{ name?: string }>;
  }>;
  const keep = new Set([...FOCUS_IDS, ...NEIGHBOUR_IDS]);
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  const features = all.features
    .filter((f) => keep.has(String(f.id)))
    .map((f) => {
      const g = f.geometry;
      const geometry =
        g.type === "Polygon" || g.type === "MultiPolygon"
          ? ({ ...g, coordinates: round(g.coordinates as Coordinates) } as Geometry)
          : g;
      return {
        type: "Feature" as const,
        id: String(f.id),
        properties: { name: f.properties?.name },
        geometry,
      };
    });
  return { type: "FeatureCollection", features };
}

export function regionAtlasPlugin(): Plugin {
  return {
    name: "tally-region-atlas",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(regionAtlas())};` : null),
  };
}
