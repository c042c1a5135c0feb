// The place index: GeoNames rows, the hand tables (provinces, countries, regions,
// neighbourhoods, extra spellings) as one kind of Entity, findable by name key and
// by consonant skeleton. Built once per process, on first use.

import { COUNTRIES, PROVINCES } from "./admin-table.js";
import { COVERED_COUNTRIES, type GeoRow, geoRowsLoadMs, loadGeoRows } from "./gazetteer-data.js";
import { nameKey, skeletonKey } from "./normalize.js";
import { DROPPED_ALIASES, EXTRA_ALIASES, NEIGHBOURHOODS, REGIONS } from "./regions.js";
import type { Entity } from "./types.js";

export interface Gazetteer {
  byKey: ReadonlyMap<string, readonly Entity[]>;
  /** Entries by consonant skeleton, for loose matching; built on first use. */
  bySkeleton(): ReadonlyMap<string, readonly Entity[]>;
  /** Populated places by geonameid. */
  places: ReadonlyMap<number, Entity>;
  /** Provinces by code ("SY.04"). */
  provinces: ReadonlyMap<string, Entity>;
  /** Countries by ISO code. */
  countries: ReadonlyMap<string, Entity>;
  /** Ms to read the GeoNames rows, and to build everything. */
  loadMs: number;
  buildMs: number;
}

/** Countries whose places are in the data: Syria and Iraq are ranked before their neighbours. */
export const HOME_COUNTRIES: ReadonlySet<string> = new Set(["SY", "IQ"]);

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function build(): Gazetteer {
  const started = performance.now();
  const outside = new Set(COUNTRIES.map((c) => c.cc).filter((cc) => !COVERED_COUNTRIES.has(cc)));
  const rows = loadGeoRows(outside);
  const byKey = new Map<string, Entity[]>();
  // Many spellings recur (name = asciiname, the same alternate on several rows): key each once.
  const keys = new Map<string, string>();
  const add = (spelling: string, entity: Entity): void => {
    if (!spelling.trim()) return;
    let key = keys.get(spelling);
    if (key === undefined) {
      key = nameKey(spelling);
      keys.set(spelling, key);
    }
    push(byKey, key, entity);
  };

  const places = new Map<number, Entity>();
  for (const row of rows) {
    const entity = placeEntity(row);
    places.set(row.geonameid, entity);
    const dropped = new Set((DROPPED_ALIASES[row.geonameid] ?? "").split("|"));
    for (const spelling of [row.name, row.asciiname, ...row.alternates])
      if (!dropped.has(spelling)) add(spelling, entity);
  }
  for (const [id, spellings] of Object.entries(EXTRA_ALIASES)) {
    const entity = places.get(Number(id));
    if (!entity) throw new Error(`places: EXTRA_ALIASES names geonameid ${id}, not in the data`);
    for (const spelling of spellings.split("|")) add(spelling, entity);
  }

  const countries = new Map<string, Entity>();
  for (const c of COUNTRIES) {
    const capital = rows.find((r) =>
      c.capital !== undefined
        ? r.geonameid === c.capital
        : r.countryCode === c.cc && r.featureCode === "PPLC",
    );
    if (!capital) throw new Error(`places: no capital for ${c.cc} in the data`);
    const entity: Entity = {
      kind: "country",
      id: `geonames:${c.geonameid}`,
      name: c.name,
      lat: capital.lat,
      lon: capital.lon,
      countryCode: c.cc,
      admin1Code: null,
      featureCode: "PCLI",
      population: 0,
    };
    countries.set(c.cc, entity);
    for (const spelling of [c.name, ...c.aliases.split("|")]) add(spelling, entity);
  }

  const provinces = new Map<string, Entity>();
  for (const p of PROVINCES) {
    const [cc = "", admin1 = ""] = p.code.split(".");
    const capital =
      p.capital !== undefined
        ? rows.find((r) => r.geonameid === p.capital)
        : rows.find((r) => r.countryCode === cc && r.admin1 === admin1 && /^PPL(?:A|C)$/.test(r.featureCode));
    if (!capital) throw new Error(`places: no capital for province ${p.code} in the data`);
    const entity: Entity = {
      kind: "province",
      id: `geonames-admin1:${p.code}`,
      name: p.name,
      lat: capital.lat,
      lon: capital.lon,
      countryCode: cc,
      admin1Code: p.code,
      featureCode: "ADM1",
      population: 0,
    };
    provinces.set(p.code, entity);
    // A province named like its capital is reached as "Raqqa province"; the bare name is the city.
    const capitalKeys = new Set([capital.name, capital.asciiname, ...capital.alternates].map(nameKey));
    for (const spelling of [p.name, ...p.aliases.split("|")])
      if (spelling && !capitalKeys.has(nameKey(spelling))) add(spelling, entity);
  }

  for (const r of REGIONS) {
    const members = r.members.map((id) => places.get(id));
    if (members.some((m) => !m))
      throw new Error(`places: region ${r.slug} names a geonameid not in the data`);
    const ok = members as Entity[];
    const entity: Entity = {
      kind: "region",
      id: `tally-region:${r.slug}`,
      name: r.name,
      lat: round(ok.reduce((s, m) => s + m.lat, 0) / ok.length),
      lon: round(ok.reduce((s, m) => s + m.lon, 0) / ok.length),
      countryCode: r.admin1.slice(0, 2),
      admin1Code: r.admin1,
      featureCode: "RGN",
      population: 0,
    };
    for (const spelling of [r.name, ...r.aliases.split("|")]) add(spelling, entity);
  }

  for (const group of NEIGHBOURHOODS) {
    const city = places.get(group.city);
    if (!city) throw new Error(`places: neighbourhoods of geonameid ${group.city}, not in the data`);
    for (const one of group.names.split(";")) {
      const spellings = one.split("|").map((s) => s.trim());
      const entity: Entity = {
        kind: "neighbourhood",
        id: city.id,
        name: spellings[0] ?? "",
        lat: city.lat,
        lon: city.lon,
        countryCode: city.countryCode,
        admin1Code: group.admin1 ?? city.admin1Code,
        featureCode: "NBHD",
        population: city.population,
        city,
        near: group.near === true,
      };
      for (const spelling of spellings) add(spelling, entity);
    }
  }

  let skeletons: Map<string, Entity[]> | undefined;
  const bySkeleton = (): ReadonlyMap<string, readonly Entity[]> => {
    if (!skeletons) {
      skeletons = new Map();
      for (const [key, entities] of byKey) {
        const skeleton = skeletonKey(key, key);
        if (skeleton) for (const e of entities) push(skeletons, skeleton, e);
      }
    }
    return skeletons;
  };

  return {
    byKey,
    bySkeleton,
    places,
    provinces,
    countries,
    loadMs: geoRowsLoadMs(),
    buildMs: performance.now() - started,
  };
}

function placeEntity(row: GeoRow): Entity {
  return {
    kind: "place",
    id: `geonames:${row.geonameid}`,
    name: row.name,
    lat: row.lat,
    lon: row.lon,
    countryCode: row.countryCode,
    admin1Code: row.admin1 ? `${row.countryCode}.${row.admin1}` : null,
    featureCode: row.featureCode,
    population: row.population,
  };
}

function push(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (!list.includes(entity)) list.push(entity);
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
