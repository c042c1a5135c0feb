// Exports as files a monitor opens elsewhere: incidents (reconciled and graded), claims or articles
// (with their verdicts), as CSV, JSON Lines or GeoJSON. `tally export` and `GET /api/export` both
// write with it, so they give the same bytes.
import { stringify } from "csv-stringify/sync";
import type { Store } from "../store/types.js";
import { articleRows } from "./article-rows.js";
import {
  ARTICLE_CSV_COLUMNS,
  CLAIM_CSV_COLUMNS,
  csvHeader,
  csvRow,
  geoJsonFeature,
  pointFeature,
  writeFeatureCollection,
} from "./export.js";
import { ensureSummaries } from "./refresh.js";

export interface ExportChoice {
  format: "csv" | "json" | "geojson";
  what: "incidents" | "claims" | "articles";
}

/**
 * Writes the export through `put` (awaited: the output's backpressure); returns how many rows
 * (features, lines) it wrote. The CLI and the API (src/server/export.ts) both write with it.
 */
export async function writeExport(
  store: Store,
  flags: ExportChoice,
  put: (text: string) => Promise<void>,
): Promise<number> {
  ensureSummaries(store);
  let rows = 0;
  const counted = <T>(items: Iterable<T>) =>
    map(items, (item) => {
      rows++;
      return item;
    });
  if (flags.what === "claims") {
    const claims = () => counted(store.claims({}));
    if (flags.format === "geojson")
      await writeFeatureCollection(
        put,
        map(claims(), (c) => pointFeature(c.id, c.geo.lat, c.geo.lon, c)),
      );
    else if (flags.format === "csv") {
      await put(stringify([CLAIM_CSV_COLUMNS.map(([name]) => name)]));
      for (const c of claims()) await put(stringify([CLAIM_CSV_COLUMNS.map(([, cell]) => cell(c))]));
    } else for (const c of claims()) await put(`${JSON.stringify(c)}\n`);
    return rows;
  }
  if (flags.what === "articles") {
    const articles = counted(articleRows(store));
    if (flags.format === "geojson") {
      const at = (id: string | null) => (id ? store.incidentSummary(id)?.summary : undefined);
      await writeFeatureCollection(
        put,
        map(articles, (a) => {
          const where = at(a.mainIncident);
          return pointFeature(a.id, where?.latitude ?? null, where?.longitude ?? null, a);
        }),
      );
    } else if (flags.format === "csv") {
      await put(stringify([ARTICLE_CSV_COLUMNS.map(([name]) => name)]));
      for (const a of articles) await put(stringify([ARTICLE_CSV_COLUMNS.map(([, cell]) => cell(a))]));
    } else for (const a of articles) await put(`${JSON.stringify(a)}\n`);
    return rows;
  }
  // The summaries refresh.ts stored whenever the incidents changed.
  const summaries = counted(store.allSummaries());
  if (flags.format === "geojson") await writeFeatureCollection(put, map(summaries, geoJsonFeature));
  else if (flags.format === "csv") {
    await put(csvHeader());
    for (const s of summaries) await put(csvRow(s));
  } else for (const s of summaries) await put(`${JSON.stringify(s)}\n`);
  return rows;
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}
