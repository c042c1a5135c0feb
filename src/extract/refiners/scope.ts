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
  /(?<!(days?|weeks?|months?|years?) )\bsince (the [\w'’]+ (war|conflict|uprising|revolution|crisis)|[\w'’]+ ([\w-]+ )?(war|conflict|uprising|revolution|crisis) (began|begun|started|erupted|broke)|the country|the (start|beginning|outbreak|onset|launch|outset|end|middle|third|second|first|war|conflict|uprising|revolution|campaign|offensive|operation|battle|siege|fighting|ceasefire)|(early|late|mid)?-?(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d|last|then|this|it|its|mid)/i,
  /\b(so far|to date|thus far|up to now|until now)\b/i,
  // "since protests against Assad's rule erupted in March 2011", "since the uprising began in 2011".
  /\bsince\b[^.;]{0,60}?\b(erupted|began|begun|started|broke out|flared)\b/i,
  /\b(in|over|during|within|throughout) (a|the (past|last|previous|first)|the|recent) ((two|three|four|five|six|several|few|\d+) )?(weeks?|months?|years?|days)\b/i,
  /\b(in|over|during) (just )?(a|one|two|three|four|five|six|seven|\d+) (weeks?|months?|years?|days)\b/i,
  /\bin a week\b/i,
  // "this year", "last month"; not "in August last year", a day's date.
  /(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december) )\b(this|last|past) (year|month)\b(?! alone)/i,
  /\b(past|last) (two|three|four|five|six|several|few|\d+) (days|weeks|months)\b/i,
  // "the six-year war that has killed", "Severe bombardment on Syria's biggest city has killed": a
  // campaign's running toll, its noun and its perfect verb in one clause.
  /\b(war(?![ -]?(?:planes?|jets?|crimes?|criminals?|monitor))|conflict|uprising|revolution|crisis|insurgency|fighting|violence|campaign|offensive|bombardment|bombing campaign)s?\b(?: [^.;,"]{0,40}?)? (that |which )?(has|have|had)( so far| now| already)? (killed|claimed|left|caused|displaced|forced|cost)/i,
  /\b(killed|killing|died|dead|deaths|displaced|fled|lost their lives|refugees)\b[^.;]{0,40}\b(in|during|throughout|because of|by|from) (the |syria'?s |syrias |this |iraq'?s )?([\w-]+ ){0,2}(war|conflict|uprising|crisis|insurgency|campaign)\b/i,
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

/** A superlative or "first" before "since": the sentence compares an event with a period. */
const RECORD_BEFORE =
  /\b(?:first|deadliest|worst|biggest|largest|heaviest|bloodiest|highest|most\s+(?!of\b)\w+|only)\b[^.;:]*$/i;

// A single event told with a period word: "in the last 24 hours", "an attack".
const EVENT_OVERRIDE = /\b(in the (last|past) (24|twenty-four|48) hours|last night|overnight)\b/i;

const RECORD_SINCE = /\bsince\b/gi;

/**
 * "The attack, the first explosion to hit the town since the outbreak of the war in 2011, killed
 * two soldiers": a "since" after a superlative compares the event with a period; it tells no
 * period toll. Blanks that clause (up to punctuation or the figure) so no pattern reads it.
 */
function withoutRecordSince(window: string, figure: number): string {
  // (Given the whole sentence: the superlative may stand far before the window.)
  if (!window.includes("since") && !window.includes("Since")) return window;
  let out = window;
  RECORD_SINCE.lastIndex = 0;
  for (let m = RECORD_SINCE.exec(window); m; m = RECORD_SINCE.exec(window)) {
    if (!RECORD_BEFORE.test(window.slice(Math.max(0, m.index - 90), m.index))) continue;
    const stop = window.slice(m.index).search(/[,.;:()]/);
    let end = stop < 0 ? window.length : m.index + stop;
    if (figure > m.index) end = Math.min(end, figure);
    end = Math.min(end, m.index + 100);
    out = out.slice(0, m.index) + " ".repeat(end - m.index) + out.slice(end);
  }
  return out;
}

/** Decides scope from the clause text around the figure (the sentence, trimmed to a window). */
export function decideScope(sentence: string, figureAt: number, measure: Measure): ScopeDecision {
  // Words far from the figure often speak of another clause; 120 characters either side is a clause or two.
  const from = Math.max(0, figureAt - 120);
  const window = withoutRecordSince(sentence, figureAt).slice(from, figureAt + 120);
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
