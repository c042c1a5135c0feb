// Relinking a store: event claims read, linked (link.ts) and their incidents replaced at once.
// Linking is deterministic, so relinking after any ingest gives the same incidents for the same
// claims, whatever the order they were stored in.
//
// After an ingest only what the new claims can change is relinked (relinkChanged), and that gives
// exactly the incidents a full relink would. Linking takes claims day by day, and an incident spans
// at most MAX_INCIDENT_DAYS, so no claim dated `first` or later (the first day of the new claims)
// can join an incident whose last day is before `first - MAX_INCIDENT_DAYS`: those incidents were
// complete before the new claims' days, and stay. Linking the claims of whole incidents alone gives
// the same incidents as linking them among all (link.test.ts), so the rest, linked alone, are what
// linking everything would make of them. The rest includes every later incident: one changed
// incident changes what the claims after it can join. All this holds while the stored incidents
// are what the current rules make of their claims: after the rules change, relink everything.
import type { Store } from "../store/types.js";
import { dayNumber } from "./compatible.js";
import { linkClaims, MAX_INCIDENT_DAYS } from "./link.js";
import { refreshSummaries } from "./refresh.js";

export interface LinkSummary {
  /** Event claims with a date and a place: those linking considers. */
  claims: number;
  incidents: number;
  /** Incidents told by more than one article. */
  corroborated: number;
  /** Of the claims, those linked this time; the others kept the incidents they were in. */
  relinked: number;
  kept: number;
}

/** Relinks every event claim: after the linking rules change, or to rebuild the incidents. */
export function relink(store: Store): LinkSummary {
  return store.atomically(() => {
    const claims = store.claimsToLink();
    store.replaceIncidents(linkClaims(claims));
    refreshSummaries(store);
    return summary(store, claims.length);
  });
}

/** Links the claims stored since the last link, relinking only the incidents they can change. */
export function relinkChanged(store: Store): LinkSummary {
  return store.atomically(() => {
    // Summaries left stale (a store linked by an older Tally) are all written again.
    const stale = store.summariesStale();
    const first = store.firstUnlinkedDay();
    if (first === null) {
      // New articles without new event claims may still join stories, and so make an incident
      // a duplicate of another: the duplicate rule is run again.
      refreshSummaries(store, [], { full: stale });
      return summary(store, 0);
    }
    const from = daysBefore(first, MAX_INCIDENT_DAYS);
    const claims = store.claimsToLink(from);
    const incidents = linkClaims(claims);
    store.replaceIncidents(incidents, from);
    refreshSummaries(
      store,
      incidents.map((i) => i.id),
      { full: stale },
    );
    return summary(store, claims.length);
  });
}

function summary(store: Store, relinked: number): LinkSummary {
  const { incidents, claims, corroborated } = store.incidentCounts();
  return { claims, incidents, corroborated, relinked, kept: claims - relinked };
}

/** The day (YYYY-MM-DD) `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  return new Date((dayNumber(day) - days) * 86_400_000).toISOString().slice(0, 10);
}

export function linkSummaryLine(s: LinkSummary): string {
  return (
    `linked ${s.claims} event claims into ${s.incidents} incidents (${s.corroborated} told by more than one article); ` +
    `${s.relinked} relinked, ${s.kept} kept as they were`
  );
}
