// Stage 1 of a sentence: every figure in it, with how sure the text is about it
// ("at least 40", "between 30 and 40", "some 190,000", "dozens").
import { NUMBER_WORDS, parseNumberAt, VAGUE_AMOUNTS } from "../lexicon/numbers.js";
import { wordTable } from "../lexicon/word-table.js";
import { ShapedWordSet, type Token, WordSequences } from "../text/tokens.js";
import type { Qualifier } from "../types.js";

const SCALE_OF = wordTable<number>({ thousand: 1000, million: 1e6, billion: 1e9 });

// The words a figure can start at, besides digits. Tested first on every token: most start none.
const FIGURE_WORDS = new ShapedWordSet([...VAGUE_AMOUNTS, ...NUMBER_WORDS]);

export interface Figure {
  /** First token of the figure including its qualifier ("at least 40" starts at "at"). */
  first: number;
  /** First token of the number itself. */
  numStart: number;
  /** One past the last token of the figure (including the range's upper end). */
  end: number;
  value: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** The qualifier as written ("at least"), for the reason. */
  qualifierText: string;
}

// Multi-word qualifiers, longest first; matched against the tokens right before the number.
const QUALIFIERS: Array<[string[], Qualifier]> = [
  [["no", "fewer", "than"], "at_least"],
  [["not", "less", "than"], "at_least"],
  [["no", "less", "than"], "at_least"],
  [["a", "minimum", "of"], "at_least"],
  [["at", "least"], "at_least"],
  [["upwards", "of"], "more_than"],
  [["in", "excess", "of"], "more_than"],
  [["more", "than"], "more_than"],
  [["just", "over"], "more_than"],
  [["over"], "more_than"],
  [["exceeding"], "more_than"],
  [["an", "estimated"], "about"],
  [["close", "to"], "about"],
  [["just", "under"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["some"], "about"],
  [["nearly"], "about"],
  [["almost"], "about"],
  [["roughly"], "about"],
  [["approximately"], "about"],
  [["approx"], "about"],
  [["estimated"], "about"],
  [["up", "to"], "up_to"],
  [["as", "many", "as"], "up_to"],
  [["as", "much", "as"], "up_to"],
];

// Qualifiers filed by last word: only those can end right before the number.
const QUALIFIERS_BEFORE = new WordSequences(
  QUALIFIERS.map(([words, qualifier]) => [words, { qualifier, text: words.join(" ") }] as const),
);

function qualifierBefore(
  tokens: readonly Token[],
  i: number,
): { qualifier: Qualifier; first: number; text: string } {
  const found = QUALIFIERS_BEFORE.endingAt(tokens, i);
  if (!found) return { qualifier: "exact", first: i, text: "" };
  const { qualifier, text } = found.value;
  // "up to" after "rose"/"climbed" is a toll rising to a figure, not a ceiling.
  if (
    qualifier === "up_to" &&
    /^(rose|risen|climbed|jumped|increased|went)$/.test(tokens[found.from - 1]?.lower ?? "")
  ) {
    return { qualifier: "exact", first: i, text: "" };
  }
  return { qualifier, first: found.from, text };
}

/** Finds the figures of one sentence's tokens, left to right, non-overlapping. */
export function findFigures(tokens: readonly Token[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.kind !== "digits" && !FIGURE_WORDS.has(t.lower))) continue;
    if (t.kind === "word" && VAGUE_AMOUNTS.has(t.lower)) {
      // "tens of thousands", "dozens", "hundreds": reported as vague, never scored.
      let end = i + 1;
      if (t.lower === "tens" || t.lower === "hundreds") {
        if (tokens[i + 1]?.lower === "of" && /^(thousands|millions)$/.test(tokens[i + 2]?.lower ?? ""))
          end = i + 3;
        else if (t.lower === "tens") continue;
      }
      out.push({
        first: i,
        numStart: i,
        end,
        value: null,
        high: null,
        qualifier: "vague",
        qualifierText: t.lower,
      });
      i = end - 1;
      continue;
    }
    const num = parseNumberAt(tokens, i);
    if (!num) continue;
    const q = qualifierBefore(tokens, i);
    let figure: Figure = {
      first: q.first,
      numStart: i,
      end: num.end,
      value: num.value,
      high: null,
      qualifier: q.qualifier,
      qualifierText: q.text,
    };
    // Ranges: "between 30 and 40", "from 10,000 to 50,000", "10,000 to 50,000", "10-20", "two or three".
    const link = tokens[num.end]?.lower;
    const prev = tokens[i - 1]?.lower;
    if (link === "and" && prev === "between") {
      const hi = parseNumberAt(tokens, num.end + 1);
      if (hi && hi.value > num.value) figure = rangeOf(figure, i - 1, hi.value, hi.end, "between … and");
    } else if (link === "or" && tokens[num.end + 1]?.lower === "more") {
      // "40 or more"
      figure = { ...figure, qualifier: "at_least", qualifierText: "or more", end: num.end + 2 };
    } else if (link === "to" || link === "-" || link === "–" || link === "or") {
      // "10,000 to more than 30,000": the upper end may carry its own qualifier.
      let k = num.end + 1;
      if (link === "to" && tokens[k]?.lower === "more" && tokens[k + 1]?.lower === "than") k += 2;
      const hi = parseNumberAt(tokens, k);
      // "rose from 10 to 20" is a toll that changed, not a range.
      const rising =
        prev === "from" && /^(rose|risen|climbed|increased|jumped)$/.test(tokens[i - 2]?.lower ?? "");
      const plausible = hi && hi.value > num.value && (link !== "or" || hi.value <= 10 * num.value);
      if (hi && plausible && !rising) {
        const first = prev === "from" ? i - 1 : figure.first;
        // "two to three million": the scale word of the upper end applies to both ends.
        let low = num.value;
        const scale = SCALE_OF.get(tokens[hi.end - 1]?.lower ?? "");
        if (scale && num.end === i + 1 && low * scale <= hi.value) low *= scale;
        figure = rangeOf({ ...figure, value: low }, first, hi.value, hi.end, `${link}`);
      }
    }
    out.push(figure);
    i = figure.end - 1;
  }
  return out;
}

function rangeOf(f: Figure, first: number, high: number, end: number, how: string): Figure {
  return { ...f, first: Math.min(first, f.first), high, end, qualifier: "range", qualifierText: how };
}
