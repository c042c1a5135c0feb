import type { Figure } from "../figures/find-figures.js";
import type { NounPhrase } from "../figures/noun-phrase.js";
import type { Token } from "../text/tokens.js";
import type { Measure, Victim } from "../types.js";

/** Why a figure counts the dead, injured, displaced, trapped or missing. */
export interface MeasureEvidence {
  measure: Measure;
  /** Name of the rule (its file name). */
  rule: string;
  /** Words a reviewer can check: the trigger as written and how it governs the figure. */
  reason: string;
  /** Token range of the trigger, so the quote can cover it. */
  trigger: { first: number; end: number };
  /** A rule may fix the victim too ("six were children"). */
  victim?: Victim;
}

/** What a rule sees: one figure in its sentence, and what earlier figures were found to be. */
export interface FigureContext {
  tokens: readonly Token[];
  figures: readonly Figure[];
  phrases: ReadonlyArray<NounPhrase | null>;
  index: number;
  figure: Figure;
  phrase: NounPhrase;
  /** Evidence found for the earlier figures of this sentence (null where none). */
  earlier: ReadonlyArray<MeasureEvidence | null>;
  /** The last claim's measure before this sentence, for breakdowns that open a sentence. */
  previousMeasure: Measure | null;
}

export type MeasureRule = (ctx: FigureContext) => MeasureEvidence | null;
