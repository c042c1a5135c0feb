// Linking: event claims from all articles grouped into incidents. Two claims are linked when their
// places and dates are compatible, they tell the same kind of harm, and their weapons do not
// contradict (compatible.ts); an incident is a connected group of such links. Aggregate claims
// ("946 since June") are period tallies, never linked into an incident.
//
// Deterministic whatever the ingest order: claims are taken in content order (date, article
// hash, offset), and an incident's id comes from its first claim in that order.
import { createHash } from "node:crypto";
import { dateMatch, dayNumber, kindMatch, placeMatch, weaponConflict } from "./compatible.js";
import type { Incident, Link, LinkClaim } from "./types.js";

/** The widest date window of any rule (compatible.ts): no pair further apart is compared. */
const MAX_WINDOW_DAYS = 7;
/**
 * Days an incident may span, first claim to last: an attack and the next day's reports of it.
 * Without a cap, a city's daily shelling would chain day by day into one "incident".
 */
export const MAX_INCIDENT_DAYS = 2;

export function linkClaims(claims: readonly LinkClaim[]): Incident[] {
  const events = claims
    .filter((c) => c.scope === "event" && c.date !== null && c.place !== null)
    .map((c) => ({ claim: c, day: dayNumber(c.date as string) }))
    .sort((x, y) => x.day - y.day || compareContent(x.claim, y.claim));
  const parent = events.map((_, i) => i);
  // Each group's first and last day, kept at its root.
  const first = events.map((e) => e.day);
  const last = events.map((e) => e.day);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) [i, parent[i]] = [parent[i] as number, root];
    return root;
  };
  const links: Link[] = [];
  for (let i = 0; i < events.length; i++) {
    const later = events[i] as (typeof events)[number];
    for (let j = i - 1; j >= 0; j--) {
      const earlier = events[j] as (typeof events)[number];
      if (later.day - earlier.day > MAX_WINDOW_DAYS) break;
      const link = linkOf(later.claim, earlier.claim);
      if (!link) continue;
      const [a, b] = [find(i), find(j)];
      if (a === b) continue;
      const from = Math.min(first[a] as number, first[b] as number);
      const to = Math.max(last[a] as number, last[b] as number);
      if (to - from > MAX_INCIDENT_DAYS) continue;
      const [root, child] = a < b ? [a, b] : [b, a];
      parent[child] = root;
      first[root] = from;
      last[root] = to;
      links.push(link);
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
    const incident: Incident = { id: incidentId(first), claims: group.map((c) => c.id), links: [] };
    for (const c of group) incidentOf.set(c.id, incident);
    return incident;
  });
  for (const link of links) incidentOf.get(link.claim)?.links.push(link);
  return incidents.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The link between two event claims, or null when any test fails. */
export function linkOf(claim: LinkClaim, to: LinkClaim): Link | null {
  if (!kindMatch(claim, to) || weaponConflict(claim, to)) return null;
  const place = placeMatch(claim, to);
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

function compareContent(a: LinkClaim, b: LinkClaim): number {
  return a.articleKey < b.articleKey ? -1 : a.articleKey > b.articleKey ? 1 : a.offset - b.offset;
}

function incidentId(first: LinkClaim): string {
  const key = `${first.articleKey}:${first.offset}:${first.measure}:${first.victim}`;
  return `inc-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
}
