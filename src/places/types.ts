// The resolver's public types, and the one internal shape every gazetteer entry
// (GeoNames row, province, country, region, neighbourhood) is turned into.

/** How close the coordinates are to the place named, in the style of ACLED/UCDP geo-precision. */
export type GeoPrecision = "exact" | "town" | "province" | "country" | "unresolved";

export const GEO_PRECISIONS: readonly GeoPrecision[] = ["exact", "town", "province", "country", "unresolved"];

export interface ResolvedPlace {
  /** The name asked for, as given. */
  query: string | null;
  /** Gazetteer name of what it resolved to ("Ar Raqqah", "Raqqa" province, "Syria"). */
  name: string | null;
  /** "geonames:172955", "geonames-admin1:SY.04", "geonames:163843" (a country), "tally-region:eastern-ghouta". */
  gazetteerId: string | null;
  lat: number | null;
  lon: number | null;
  /** Province (first-order division) name, e.g. "Raqqa", "Nineveh". */
  admin1: string | null;
  country: string | null;
  /** ISO 3166 alpha-2, e.g. "SY". */
  countryCode: string | null;
  precision: GeoPrecision;
  /** Why: what matched, what was chosen over what, what was approximated. */
  note: string;
}

export interface ResolveContext {
  /** Other places the article names (its claims' places, its dateline…), used to pick among namesakes. */
  names?: readonly string[];
}

export type EntityKind = "place" | "province" | "country" | "region" | "neighbourhood";

/** A gazetteer entry, whatever its source. */
export interface Entity {
  kind: EntityKind;
  /** gazetteerId of the entity whose coordinates are used (a neighbourhood's is its city's). */
  id: string;
  name: string;
  lat: number;
  lon: number;
  countryCode: string;
  /** GeoNames admin1 code with country prefix ("SY.04"), null for countries. */
  admin1Code: string | null;
  /** GeoNames feature code for places ("PPLA"); "ADM1", "PCLI", "RGN", "NBHD" for the others. */
  featureCode: string;
  population: number;
  /** For a neighbourhood: the city it is coded to. */
  city?: Entity;
  /** For a neighbourhood: beside its city rather than part of it. */
  near?: boolean;
}
