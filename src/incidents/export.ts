// Incidents as files a monitor opens elsewhere: CSV with the columns of ACLED and Airwars
// exports, JSON, and GeoJSON (RFC 7946) for a map. The CLI and the API write the same.
import { stringify } from "csv-stringify/sync";
import type { StoredClaim } from "../store/types.js";
import type { ArticleRow } from "./article-rows.js";
import type { IncidentSummary } from "./summary.js";

const CSV_COLUMNS: ReadonlyArray<[string, (s: IncidentSummary) => string | number | null]> = [
  ["id", (s) => s.id],
  ["date", (s) => s.date],
  ["date_precision", (s) => s.datePrecision],
  ["place", (s) => s.place],
  ["gazetteer_id", (s) => s.gazetteerId],
  ["admin1", (s) => s.admin1],
  ["country", (s) => s.country],
  ["latitude", (s) => s.latitude],
  ["longitude", (s) => s.longitude],
  ["geo_precision", (s) => s.geoPrecision],
  ["actor", (s) => s.actor],
  ["weapon", (s) => s.weapon],
  ["killed_min", (s) => s.killed.min],
  ["killed_best", (s) => s.killed.best],
  ["killed_max", (s) => s.killed.max],
  ["civilians_min", (s) => s.civilians.min],
  ["civilians_max", (s) => s.civilians.max],
  ["children_min", (s) => s.children.min],
  ["children_max", (s) => s.children.max],
  ["women_min", (s) => s.women.min],
  ["women_max", (s) => s.women.max],
  ["injured_min", (s) => s.injured.min],
  ["injured_max", (s) => s.injured.max],
  ["sources", (s) => s.sources.length],
  ["articles", (s) => s.articles],
  ["grade", (s) => s.grade],
  ["source_list", (s) => s.sources.join("; ")],
  ["notes", (s) => s.notes],
];

export function csvHeader(): string {
  return stringify([CSV_COLUMNS.map(([name]) => name)]);
}

export function csvRow(s: IncidentSummary): string {
  return stringify([CSV_COLUMNS.map(([, cell]) => cell(s))]);
}

/** `--what articles`: one article a row. */
export const ARTICLE_CSV_COLUMNS: ReadonlyArray<[string, (a: ArticleRow) => string | number | null]> = [
  ["id", (a) => a.id],
  ["doc_id", (a) => a.docId],
  ["outlet", (a) => a.outlet],
  ["url", (a) => a.url],
  ["origin", (a) => a.origin],
  ["title", (a) => a.title],
  ["published", (a) => a.published],
  ["claims", (a) => a.claims],
  ["incidents", (a) => a.incidents.length],
  ["main_incident", (a) => a.mainIncident],
  ["incidents_told", (a) => a.incidents.join("; ")],
  ["verdict", (a) => a.verdict],
  ["disagreements", (a) => a.disagreements.join("; ")],
  ["story", (a) => a.story],
  ["repost_of", (a) => a.repostOf],
];

/** A GeoJSON Feature; one without coordinates has a null geometry, as RFC 7946 allows. */
export function pointFeature(
  id: string | number,
  lat: number | null,
  lon: number | null,
  properties: object,
): object {
  // RFC 7946: longitude first.
  const geometry = lat !== null && lon !== null ? { type: "Point", coordinates: [lon, lat] } : null;
  return { type: "Feature", id, geometry, properties };
}

export function geoJsonFeature(s: IncidentSummary): object {
  const { latitude, longitude, ...properties } = s;
  return pointFeature(s.id, latitude, longitude, properties);
}

/** A FeatureCollection written feature by feature, so an export of any size streams. */
export async function writeFeatureCollection(
  write: (text: string) => Promise<void>,
  features: Iterable<object>,
): Promise<void> {
  await write('{"type":"FeatureCollection","features":[');
  let first = true;
  for (const feature of features) {
    await write(`${first ? "" : ","}\n${JSON.stringify(feature)}`);
    first = false;
  }
  await write("\n]}\n");
}

/** The claims CSV columns (also `tally export --what claims`): every claim field, its span and rule, and where the gazetteer put it. */
export const CLAIM_CSV_COLUMNS: ReadonlyArray<[string, (c: StoredClaim) => string | number | null]> = [
  ["claim_id", (c) => c.id],
  ["article_id", (c) => c.articleId],
  ["doc_id", (c) => c.docId],
  ["outlet", (c) => c.outlet],
  ["published", (c) => c.published],
  ["measure", (c) => c.measure],
  ["victim", (c) => c.victim],
  ["value", (c) => c.value],
  ["high", (c) => c.high],
  ["qualifier", (c) => c.qualifier],
  ["scope", (c) => c.scope],
  ["date", (c) => c.date],
  ["date_precision", (c) => c.datePrecision],
  ["place", (c) => c.place],
  ["gazetteer_id", (c) => c.geo.gazetteerId],
  ["latitude", (c) => c.geo.lat],
  ["longitude", (c) => c.geo.lon],
  ["admin1", (c) => c.geo.admin1],
  ["country", (c) => c.geo.country],
  ["geo_precision", (c) => c.geo.precision],
  ["actor", (c) => c.actor],
  ["weapon", (c) => c.weapon],
  ["source", (c) => c.source],
  ["quote", (c) => c.quote],
  ["span_field", (c) => c.span.field],
  ["span_start", (c) => c.span.start],
  ["span_end", (c) => c.span.end],
  ["rule", (c) => c.rule],
];
