// Incidents: event claims from many articles linked as one event, their figures reconciled into
// ranges, the evidence graded, and each article judged against them. Plain data throughout;
// every decision carries the rule and reason that made it.
import type { DatePrecision, Measure, Qualifier, Victim, Weapon } from "../extract/types.js";
import type { GeoPrecision } from "../store/types.js";

/** One stored claim as linking sees it: the claim, its article and where it is on the map. */
export interface LinkClaim {
  id: number;
  articleId: number;
  /** The article's content hash: ids derived from it do not depend on ingest order. */
  articleHash: string;
  outlet: string | null;
  published: string | null;
  /** Ids of articles this one nearly duplicates (the same wire story). */
  nearDuplicates: readonly number[];
  seq: number;
  measure: Measure;
  victim: Victim;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  scope: "event" | "aggregate";
  place: string | null;
  date: string | null;
  datePrecision: DatePrecision;
  actor: string | null;
  weapon: Weapon | null;
  source: string | null;
  quote: string;
  span: { field: "title" | "text"; start: number; end: number };
  geo: {
    gazetteerId: string | null;
    name: string | null;
    lat: number | null;
    lon: number | null;
    admin1: string | null;
    country: string | null;
    precision: GeoPrecision;
  };
}

/** Why two claims were linked: the rule and its evidence ("same place geonames:163915; dates 0 days apart"). */
export interface Link {
  a: number;
  b: number;
  rule: string;
  evidence: string;
}

/** A reconciled figure for one (measure, victim) of an incident, UCDP-style low/best/high. */
export interface Figure {
  measure: Measure;
  victim: Victim;
  min: number;
  best: number;
  max: number;
  /** Independent sources giving a number for it. */
  sources: number;
  /** How min, best and max were chosen, in words. */
  rule: string;
}

export type Grade = "confirmed" | "fair" | "weak" | "contested" | "discounted";

/** Who says so, counted once however many outlets repeat them. */
export interface SourceVoice {
  /** The attributed source, else the outlet. */
  key: string;
  outlets: string[];
  articleIds: number[];
}

export interface Incident {
  /** Stable: derived from the content hashes of its claims' articles, not from ingest order. */
  id: string;
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  gazetteerId: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: GeoPrecision;
  actor: string | null;
  weapon: Weapon | null;
  claimIds: number[];
  articleIds: number[];
  figures: Figure[];
  voices: SourceVoice[];
  grade: Grade;
  gradeReasons: string[];
  links: Link[];
}

/** A period tally ("946 since June"): kept per source beside the incidents, never summed with them. */
export interface PeriodTally {
  claimId: number;
  articleId: number;
  source: string | null;
  measure: Measure;
  victim: Victim;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  from: string | null;
  to: string | null;
  place: string | null;
}

export type Verdict = "consistent" | "inconsistent" | "unverified";

export interface ArticleJudgement {
  articleId: number;
  verdict: Verdict;
  /** "reports 12 killed; 3 independent sources say 40–46", "attributes to Russian warplanes; 4 sources say coalition". */
  disagreements: string[];
  /** Incidents the judgement compared the article with. */
  incidentIds: string[];
}
