// Shared pieces for the context finders: number/quantifier tests, the word
// before a position, month/weekday sets and the reporting-verb list. Compiled once, at load.
import { MONTHS as CALENDAR_MONTHS, WEEKDAYS as CALENDAR_WEEKDAYS } from "../dates/calendar.js";

/** A number written in digits or words, or a vague quantifier ("dozens", "several"). */
export const QUANT_SRC =
  "(?:\\d[\\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|tens|dozen|dozens|score|scores|several|many|numerous|multiple|some|few|more|other|another|all|most|both)(?:-[a-z]+)?)";

/** Words that break the "number within three words" window: the number belongs to another phrase. */
const WINDOW_BREAK = new Set([
  "by",
  "in",
  "from",
  "after",
  "as",
  "when",
  "during",
  "that",
  "which",
  "who",
  "while",
  "on",
  "at",
  "with",
  "against",
  "between",
  "said",
  "says",
  "and",
]);

const QUANT_RE = new RegExp(`^${QUANT_SRC}$`, "i");

/** The word ending before `pos` (skipping spaces and an opening bracket), or null. */
export function wordBefore(sentence: string, pos: number): { word: string; start: number } | null {
  let i = pos - 1;
  while (i >= 0) {
    const c = sentence.charCodeAt(i);
    if (c === 32 || c === 40 || c === 9 || c === 10 || c === 13 || c === 160) i--;
    else break;
  }
  const end = i + 1;
  while (i >= 0 && !isSpace(sentence.charCodeAt(i)) && sentence.charCodeAt(i) !== 40) i--;
  if (end <= i + 1) return null;
  return { word: sentence.slice(i + 1, end), start: i + 1 };
}

/** The characters of the regex class \s, by char code. */
export function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/**
 * True when a number or quantifier stands within `maxWords` words before `pos`
 * ("killed 35 Daesh", "dozens of IS"), without a clause break in between.
 */
export function quantifierBefore(sentence: string, pos: number, maxWords = 3): boolean {
  let end = pos;
  for (let i = 0; i < maxWords; i++) {
    const w = wordBefore(sentence, end);
    if (!w) return false;
    const word = w.word.replace(/[,.:;"”)]+$/, "");
    if (QUANT_RE.test(word)) {
      // A day of a date ("On May 2 Turkish forces") or a year is not a count.
      if (/^\d/.test(word)) {
        const prev = wordBefore(sentence, w.start)?.word.toLowerCase().replace(/[,.]$/, "");
        if ((prev !== undefined && MONTHS.has(prev)) || /^(?:19|20)\d\d$/.test(word)) return false;
      }
      return true;
    }
    if (word !== w.word || WINDOW_BREAK.has(word.toLowerCase())) return false;
    end = w.start;
  }
  return false;
}

/** Reporting verbs that introduce a source ("X said", "said X"). Lowercase: "Said" is a name. */
export const REPORT_VERB_SRC =
  "(?:said|says|say|reported|reports|report|told|tells|stated|states|announced|announces|documented|documents|counted|recorded|records|estimated|estimates|confirmed|confirms|added|adds|claimed|claims|noted|indicated|revealed|admitted|acknowledged|tallied|listed|explained|gave\\s+(?:a|the|an)\\s+(?:new\\s+|final\\s+|preliminary\\s+|higher\\s+|lower\\s+|revised\\s+)?(?:death\\s+)?(?:toll|tally|figure|count)|gives\\s+(?:a|the)\\s+(?:death\\s+)?toll|put\\s+the\\s+(?:death\\s+)?(?:toll|number|figure)|puts\\s+the\\s+(?:death\\s+)?(?:toll|number|figure)|raised\\s+(?:the|its)\\s+(?:death\\s+)?toll)";

/** Auxiliaries and adverbs that may sit between a subject and its reporting verb. */
export const VERB_FILLER_SRC =
  "(?:(?:also|later|earlier|previously|separately|however|meanwhile|then|further|initially|officially|has|have|had|had\\s+earlier|has\\s+also|had\\s+also|has\\s+previously|would|could|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\s+)*";

/** Month and weekday names as words (lowercase, abbreviations too): the calendar's own lists. */
export const MONTHS: ReadonlySet<string> = new Set(CALENDAR_MONTHS.keys());
export const WEEKDAYS: ReadonlySet<string> = new Set(CALENDAR_WEEKDAYS.keys());
