// The claim schema: the contract with ../shared/eval/GUIDE.md, plus provenance
// (span, rule, reason) so every figure can be traced to its sentence.

export const MEASURES = ["killed", "injured", "displaced", "trapped", "missing"] as const;
export type Measure = (typeof MEASURES)[number];

export const VICTIMS = ["civilians", "children", "women", "combatants", "people"] as const;
export type Victim = (typeof VICTIMS)[number];

export const QUALIFIERS = ["exact", "at_least", "more_than", "about", "up_to", "range", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SCOPES = ["event", "aggregate"] as const;
export type Scope = (typeof SCOPES)[number];

export const WEAPONS = ["airstrike", "shelling", "bombing", "chemical", "gunfire", "other"] as const;
export type Weapon = (typeof WEAPONS)[number];

export const DATE_PRECISIONS = ["day", "week", "month", "year", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Where a claim's quote sits: `text.slice(start, end) === quote` (or the title's). */
export interface Span {
  field: "title" | "text";
  start: number;
  end: number;
}

export interface Claim {
  measure: Measure;
  victim: Victim;
  /** null only for vague amounts ("dozens"), which carry qualifier "vague". */
  value: number | null;
  /** Upper end of a stated range, else null. */
  high: number | null;
  qualifier: Qualifier;
  scope: Scope;
  place: string | null;
  /** ISO date (YYYY-MM-DD) the harm happened; for aggregates, the start of the period. */
  date: string | null;
  datePrecision: DatePrecision;
  actor: string | null;
  weapon: Weapon | null;
  source: string | null;
  quote: string;
  span: Span;
  /** Name of the rule that found the figure. */
  rule: string;
  /** Why, in words a reviewer can check: the rule's evidence and how each field was filled. */
  reason: string;
}

export interface ExtractOptions {
  /** Publication date, ISO (YYYY-MM-DD or full timestamp). A dateline in the text overrides it. */
  published?: string | null;
  /** The article's headline, scanned for claims too (span field "title"). */
  title?: string | null;
}
