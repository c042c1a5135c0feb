// Linking: event claims from all articles grouped into incidents. Two claims are linked when their
// places and dates are compatible, they tell the same kind of harm, and their weapons do not
// contradict (compatible.ts); an incident is a connected group of such links. Aggregate claims
// ("946 since June") are period tallies, never linked into an incident.
//
// Deterministic whatever the ingest order: claims are taken in content order (date, article
// hash, offset), and an incident's id comes from its first claim in that order.
import { createHash } from "node:crypto";
import {
  dateMatch,
  dayNumber,
  distanceKm,
  kindMatch,
  NEAR_KM,
  placeMatch,
  sameFigureMatch,
  weaponConflict,
} from "./compatible.js";
import type { Incident, Link, LinkClaim } from "./types.js";

/** The widest date window of any rule (compatible.ts): no pair further apart is compared. */
const MAX_WINDOW_DAYS = 7;
/**
 * Days an incident may span, first claim to last: an attack and the next day's reports of it.
 * Without a cap, a city's daily shelling would chain day by day into one "incident".
 */
export const MAX_INCIDENT_DAYS = 2;

/** Which links each pass may make: first those on a shared town or exact place, then any. */
const LINK_PASSES: ReadonlyArray<(link: Link) => boolean> = [
  (link) => !link.rule.startsWith("place:nested"),
  () => true,
];

export function linkClaims(claims: readonly LinkClaim[]): Incident[] {
  const events = claims
    .filter((c) => c.scope === "event" && c.date !== null && c.place !== null)
    .map((c) => ({ claim: c, day: dayNumber(c.date as string) }))
    .sort((x, y) => x.day - y.day || compareContent(x.claim, y.claim));
  const parent = events.map((_, i) => i);
  // Each group's first and last day, kept at its root.
  const first = events.map((e) => e.day);
  const last = events.map((e) => e.day);
  // And its towns and exact places, so that a province-wide claim cannot bridge two towns apart.
  const spots = events.map((e) => spotsOf(e.claim));
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) [i, parent[i]] = [parent[i] as number, root];
    return root;
  };
  const links: Link[] = [];
  // Strong links first (the same town, or towns close by), so that the groups they make are in
  // place before a province-wide claim ("in Idlib province") joins whichever group comes first.
  for (const pass of LINK_PASSES) {
    const candidates = new CandidateIndex((i) => (events[i] as (typeof events)[number]).day);
    for (let i = 0; i < events.length; i++) {
      const later = events[i] as (typeof events)[number];
      // Earlier claims that could share a place with this one, latest first.
      for (const j of candidates.of(later.claim, later.day)) {
        const earlier = events[j] as (typeof events)[number];
        // Cheap tests first: already one incident, or joining would stretch it too long.
        const [a, b] = [find(i), find(j)];
        if (a === b) continue;
        const from = Math.min(first[a] as number, first[b] as number);
        const to = Math.max(last[a] as number, last[b] as number);
        if (to - from > MAX_INCIDENT_DAYS) continue;
        const link = linkOf(later.claim, earlier.claim);
        if (!link || !pass(link)) continue;
        const [sa, sb] = [spots[a] as Spot[], spots[b] as Spot[]];
        if (!spotsAgree(sa, sb)) continue;
        const [root, child] = a < b ? [a, b] : [b, a];
        parent[child] = root;
        first[root] = from;
        last[root] = to;
        spots[root] = sa.length === 0 ? sb : sb.length === 0 ? sa : [...sa, ...sb];
        links.push(link);
      }
      candidates.add(i, later.claim);
    }
  }
  const groups = new Map<number, LinkClaim[]>();
  events.forEach((e, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(e.claim);
    groups.set(root, group);
  });
  const incidentOf = new Map<number, Incident>();
  const incidents = [...groups.values()].map((group) => {
    const first = [...group].sort(compareContent)[0] as LinkClaim;
    // Every claim here has a date (events without one are not linked).
    const days = group.map((c) => (c.date as string).slice(0, 10)).sort();
    const incident: Incident = {
      id: incidentId(first),
      claims: group.map((c) => c.id),
      links: [],
      firstDate: days[0] as string,
      lastDate: days[days.length - 1] as string,
      articles: new Set(group.map((c) => c.articleId)).size,
    };
    for (const c of group) incidentOf.set(c.id, incident);
    return incident;
  });
  for (const link of links) incidentOf.get(link.claim)?.links.push(link);
  return incidents.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The link between two event claims, or null when any test fails. */
export function linkOf(claim: LinkClaim, to: LinkClaim): Link | null {
  if (!kindMatch(claim, to) || weaponConflict(claim, to)) return null;
  const place = placeMatch(claim, to) ?? sameFigureMatch(claim, to);
  if (!place) return null;
  const date = dateMatch(claim, to);
  if (!date) return null;
  return {
    claim: claim.id,
    to: to.id,
    rule: `${place.rule}+${date.rule}`,
    reason: `${place.reason}; ${date.reason}${claim.weapon && claim.weapon === to.weapon ? `; both by ${claim.weapon}` : ""}`,
  };
}

/** A town or exact place an incident's claims name. */
interface Spot {
  id: string | null;
  lat: number;
  lon: number;
  precision: string;
}

function spotsOf(c: LinkClaim): Spot[] {
  const g = c.geo;
  if ((g.precision !== "exact" && g.precision !== "town") || g.lat === null || g.lon === null) return [];
  return [{ id: g.gazetteerId, lat: g.lat, lon: g.lon, precision: g.precision }];
}

/**
 * Two groups may join only when every town of one is near every town of the other: each link
 * is tested pair by pair, and a claim placed only at its province ("in Idlib province") links
 * to every town there, so without this it would chain Khan Sheikhoun and Idlib city into one.
 */
function spotsAgree(a: readonly Spot[], b: readonly Spot[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (x.id !== null && x.id === y.id) continue;
      const limit = Math.max(NEAR_KM[x.precision] ?? 0, NEAR_KM[y.precision] ?? 0);
      if (distanceKm(x.lat, x.lon, y.lat, y.lon) > limit) return false;
    }
  return true;
}

/** Grid cells for towns and exact places: 0.25°, wider than the 15 km of the "near" rule. */
const CELL_DEGREES = 0.25;

/**
 * Which earlier claims could pass placeMatch with a claim, without comparing it with every claim of
 * the week (which grew with the square of the claims): a town or exact place can only match one
 * in its own or a neighbouring grid cell, or a province holding it; a province, anything in it; an
 * unresolved name, the same name. The candidates are exactly those a full scan would link, in the
 * same order (latest first), so the incidents are the same.
 */
class CandidateIndex {
  private readonly cells = new Map<string, number[]>();
  private readonly ids = new Map<string, number[]>();
  private readonly provinces = new Map<string, number[]>();
  private readonly inProvince = new Map<string, number[]>();
  private readonly names = new Map<string, number[]>();
  /** By article, for sameFigureMatch. */
  private readonly articles = new Map<number, number[]>();

  constructor(private readonly dayOf: (i: number) => number) {}

  add(i: number, c: LinkClaim): void {
    push(this.articles, c.articleId, i);
    const g = c.geo;
    if (g.precision === "unresolved") push(this.names, nameKey(c), i);
    else if (g.precision === "province") push(this.provinces, provinceKey(c), i);
    else if (g.precision !== "country") {
      push(this.inProvince, provinceKey(c), i);
      if (g.gazetteerId) push(this.ids, g.gazetteerId, i);
      if (g.lat !== null && g.lon !== null) push(this.cells, cellKey(g.lat, g.lon, 0, 0), i);
    }
  }

  /** Candidates for a claim on `day`: within the date window, latest first, each once. */
  of(c: LinkClaim, day: number): number[] {
    const g = c.geo;
    const lists: Array<readonly number[] | undefined> = [this.articles.get(c.articleId)];
    if (g.precision === "unresolved") lists.push(this.names.get(nameKey(c)));
    else if (g.precision === "province")
      lists.push(this.provinces.get(provinceKey(c)), this.inProvince.get(provinceKey(c)));
    else if (g.precision !== "country") {
      lists.push(this.provinces.get(provinceKey(c)));
      if (g.gazetteerId) lists.push(this.ids.get(g.gazetteerId));
      if (g.lat !== null && g.lon !== null)
        for (const dy of [-1, 0, 1])
          for (const dx of [-1, 0, 1]) lists.push(this.cells.get(cellKey(g.lat, g.lon, dy, dx)));
    }
    const found = new Set<number>();
    for (const list of lists) {
      if (!list) continue;
      // Each list is in claim order, which is day order: read back until the window closes.
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k] as number;
        if (day - this.dayOf(j) > MAX_WINDOW_DAYS) break;
        found.add(j);
      }
    }
    return [...found].sort((x, y) => y - x);
  }
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

const nameKey = (c: LinkClaim) => (c.place ?? "").toLowerCase();
const provinceKey = (c: LinkClaim) => `${c.geo.country ?? ""}|${c.geo.admin1 ?? ""}`;
function cellKey(lat: number, lon: number, dy: number, dx: number): string {
  return `${Math.floor(lat / CELL_DEGREES) + dy}:${Math.floor(lon / CELL_DEGREES) + dx}`;
}

function compareContent(a: LinkClaim, b: LinkClaim): number {
  return a.articleKey < b.articleKey ? -1 : a.articleKey > b.articleKey ? 1 : a.offset - b.offset;
}

function incidentId(first: LinkClaim): string {
  const key = `${first.articleKey}:${first.offset}:${first.measure}:${first.victim}`;
  return `inc-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
}
