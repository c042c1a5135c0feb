// One incident as a row a monitor knows from ACLED and Airwars: where (its most precise place),
// when, who and with what (as most of its claims say), the reconciled figures and the grade.
import { GEO_PRECISIONS, type GeoPrecision } from "../places/types.js";
import type { StoredIncident } from "../store/types.js";
import { type Graded, gradeIncident } from "./grade.js";
import { type Figure, reconcile, sourceOf } from "./reconcile.js";

export interface IncidentSummary {
  id: string;
  date: string | null;
  datePrecision: string;
  place: string | null;
  gazetteerId: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: GeoPrecision;
  actor: string | null;
  weapon: string | null;
  killed: Range;
  civilians: Range;
  children: Range;
  women: Range;
  injured: Range;
  sources: string[];
  articles: number;
  grade: string;
  notes: string;
}

export interface Range {
  min: number | null;
  best: number | null;
  max: number | null;
}

/** The incident's row; its figures and grade may be passed in when the caller has them already. */
export function summarize(
  incident: StoredIncident,
  figures: readonly Figure[] = reconcile(incident.claims),
  graded: Graded = gradeIncident(incident.claims),
): IncidentSummary {
  const claims = incident.claims;
  // The most precise place any claim gives; among equals, the one most claims give.
  const placed = [...claims].sort(
    (a, b) => GEO_PRECISIONS.indexOf(a.geo.precision) - GEO_PRECISIONS.indexOf(b.geo.precision),
  );
  const top = placed.filter((c) => c.geo.precision === placed[0]?.geo.precision);
  const where = mostCommon(top, (c) => c.geo.gazetteerId ?? c.place ?? "");
  const dated = claims.filter((c) => c.datePrecision === "day");
  return {
    id: incident.id,
    date: incident.firstDate,
    datePrecision: dated.length > 0 ? "day" : (claims[0]?.datePrecision ?? "unknown"),
    place: where ? (where.geo.name ?? where.place) : null,
    gazetteerId: where?.geo.gazetteerId ?? null,
    admin1: where?.geo.admin1 ?? null,
    country: where?.geo.country ?? null,
    latitude: where?.geo.lat ?? null,
    longitude: where?.geo.lon ?? null,
    geoPrecision: where?.geo.precision ?? "unresolved",
    actor:
      mostCommon(
        claims.filter((c) => c.actor),
        (c) => c.actor ?? "",
      )?.actor ?? null,
    weapon:
      mostCommon(
        claims.filter((c) => c.weapon),
        (c) => c.weapon ?? "",
      )?.weapon ?? null,
    killed: rangeOf(figures, "killed", "people"),
    civilians: rangeOf(figures, "killed", "civilians"),
    children: rangeOf(figures, "killed", "children"),
    women: rangeOf(figures, "killed", "women"),
    injured: rangeOf(figures, "injured", "people"),
    sources: [...new Set(claims.map(sourceOf))].sort(),
    articles: incident.articles,
    grade: graded.grade,
    notes: graded.reasons.join("; "),
  };
}

function rangeOf(figures: readonly Figure[], measure: string, victim: string): Range {
  const f = figures.find((x) => x.measure === measure && x.victim === victim);
  return f ? { min: f.low, best: f.best, max: f.high } : { min: null, best: null, max: null };
}

function mostCommon<T>(items: readonly T[], key: (item: T) => string): T | undefined {
  const counts = new Map<string, { n: number; item: T }>();
  for (const item of items) {
    const k = key(item);
    const seen = counts.get(k);
    if (seen) seen.n++;
    else counts.set(k, { n: 1, item });
  }
  let best: { n: number; item: T } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.item;
}
