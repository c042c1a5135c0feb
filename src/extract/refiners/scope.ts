// Event or aggregate? A toll over a period or a whole war ("since June", "in a week",
// "the six-year war that has killed") is an aggregate; one incident or one day's
// strikes is an event. Judged on the figure's sentence, near the figure.
import type { Measure, Scope } from "../types.js";

export interface ScopeDecision {
  scope: Scope;
  /** The words that decided it, empty for the default (event). */
  evidence: string;
}

const AGGREGATE: RegExp[] = [
  // "since June", "since the start of the campaign", "since it declared a caliphate";
  // not "two days since similar strikes" (= after) nor "since they started operations" told of a record.
  /(?<!(days?|weeks?|months?|years?) )\bsince (the [\w'’]+ (war|conflict|uprising|revolution|crisis)|the country|the (start|beginning|outbreak|onset|launch|outset|end|middle|third|second|first|war|conflict|uprising|revolution|campaign|offensive|operation|battle|siege|fighting|ceasefire)|(early|late|mid)?-?(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d|last|then|this|it|its|mid)/i,
  /\b(so far|to date|thus far|up to now|until now)\b/i,
  /\b(in|over|during|within|throughout) (a|the (past|last|previous|first)|the|recent) ((two|three|four|five|six|several|few|\d+) )?(weeks?|months?|years?|days)\b/i,
  /\b(in|over|during) (just )?(a|one|two|three|four|five|six|seven|\d+) (weeks?|months?|years?|days)\b/i,
  /\bin a week\b/i,
  /\b(this|last|past) (year|month)\b(?! alone)/i,
  /\b(past|last) (two|three|four|five|six|several|few|\d+) (days|weeks|months)\b/i,
  /\b(war|conflict|uprising|revolution|crisis|insurgency|fighting|violence|campaign|offensive|bombardment|bombing campaign)s? (that |which )?(has|have|had)( so far| now| already)? (killed|claimed|left|caused|displaced|forced|cost)/i,
  /\b(killed|died|dead|deaths|displaced|fled|lost their lives|refugees)\b[^.;]{0,30}\b(in|during|throughout|because of|by|from) (the |syria'?s |syrias |this |iraq'?s )?([\w-]+ ){0,2}(war|conflict|uprising|crisis)\b/i,
  /\b([\w-]+-year|multi-front|long-running) (civil )?(war|conflict)\b/i,
  /\bdocumented\b/i,
  /\b(in|during) (the )?(month|year) of\b/i,
  /\bbetween (january|february|march|april|may|june|july|august|september|october|november|december) \d+ and\b/i,
  /\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday) and (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(annual|monthly|weekly) (toll|tally|report)\b/i,
  /\boverall\b/i,
  /\bin (20[0-2]\d|19\d\d)\b/i,
];

const ANY_AGGREGATE = new RegExp(AGGREGATE.map((r) => `(?:${r.source})`).join("|"), "i");

// A single event told with a period word: "in the last 24 hours", "an attack".
const EVENT_OVERRIDE = /\b(in the (last|past) (24|twenty-four|48) hours|last night|overnight)\b/i;

/** Decides scope from the clause text around the figure (the sentence, trimmed to a window). */
export function decideScope(sentence: string, figureAt: number, measure: Measure): ScopeDecision {
  // Words far from the figure often speak of another clause; 120 characters either side is a clause or two.
  const from = Math.max(0, figureAt - 120);
  const window = sentence.slice(from, figureAt + 120);
  if (EVENT_OVERRIDE.test(window)) return { scope: "event", evidence: "" };
  // One combined pass says whether any pattern matches; only then find which, for the reason.
  if (ANY_AGGREGATE.test(window))
    for (const pattern of AGGREGATE) {
      const m = pattern.exec(window);
      if (m) return { scope: "aggregate", evidence: m[0] };
    }
  // The displaced, trapped and missing are a standing count, not one incident's toll.
  if (measure === "displaced" || measure === "trapped" || measure === "missing") {
    return { scope: "aggregate", evidence: `a count of the ${measure}` };
  }
  return { scope: "event", evidence: "" };
}
