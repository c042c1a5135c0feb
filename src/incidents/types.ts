// What linking reads and makes. A claim to link is a stored claim reduced to what decides whether
// two claims tell the same incident; an incident is a set of claims with the link that joined each.
import type { DatePrecision, Measure, Victim, Weapon } from "../extract/types.js";
import type { GeoPrecision } from "../places/types.js";

export interface LinkClaim {
  id: number;
  articleId: number;
  /** A key that does not depend on the order articles were stored in (the article's content hash). */
  articleKey: string;
  /** The claim's place among its article's claims (its extraction order): with articleKey, unique and stable. */
  offset: number;
  measure: Measure;
  victim: Victim;
  value: number | null;
  scope: "event" | "aggregate";
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  geo: {
    gazetteerId: string | null;
    lat: number | null;
    lon: number | null;
    admin1: string | null;
    country: string | null;
    precision: GeoPrecision;
  };
  actor: string | null;
  weapon: Weapon | null;
}

/** Why two claims were put in one incident: the rule, and the evidence in words. */
export interface Link {
  claim: number;
  to: number;
  rule: string;
  reason: string;
}

export interface Incident {
  /** Stable: derived from the incident's first claim in content order, not from storage ids. */
  id: string;
  claims: number[];
  links: Link[];
  /** The first and last day its claims give (YYYY-MM-DD). */
  firstDate: string;
  lastDate: string;
  /** How many articles tell it. */
  articles: number;
}
