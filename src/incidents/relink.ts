// Relinking a store: every event claim read, linked (link.ts) and the incidents replaced at once.
// Linking is deterministic, so relinking after any ingest gives the same incidents for the same
// claims, whatever the order they were stored in.
import type { Store } from "../store/types.js";
import { linkClaims } from "./link.js";

export interface LinkSummary {
  /** Event claims with a date and a place: those linking considers. */
  claims: number;
  incidents: number;
  /** Incidents told by more than one article. */
  corroborated: number;
}

export function relink(store: Store): LinkSummary {
  const claims = store.claimsToLink();
  const incidents = linkClaims(claims);
  store.replaceIncidents(incidents);
  const corroborated = incidents.filter((i) => i.articles > 1).length;
  return { claims: claims.length, incidents: incidents.length, corroborated };
}

export function linkSummaryLine(s: LinkSummary): string {
  return `linked ${s.claims} event claims into ${s.incidents} incidents (${s.corroborated} told by more than one article)`;
}
