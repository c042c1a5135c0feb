// Sentence splitting with character offsets, tuned for news copy: abbreviations
// ("U.S.", "Dr.", "Jan."), initials, and FA-KES text that lost its commas.

import { isSpace } from "./tokens.js";

export interface Sentence {
  /** Offset of the sentence's first character in the article field. */
  start: number;
  end: number;
  text: string;
  /** Paragraph index (blank-line separated), so context does not leak across paragraphs. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "col",
  "lt",
  "maj",
  "capt",
  "sgt",
  "st",
  "no",
  "vs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "co",
  "corp",
  "ltd",
  "jr",
  "sr",
  "rep",
  "sen",
  "gov",
  "pres",
  "approx",
  "est",
  "u.s",
  "u.n",
  "u.k",
  "e.g",
  "i.e",
]);

/**
 * A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space
 * (the regex /([.!?]+)(["'”’)\]]*)(\s+)/ read by hand, see nextBoundary).
 */
interface Boundary {
  /** Index of the first terminal mark. */
  at: number;
  /** How many terminal marks ("." is 1, "?!" is 2). */
  marks: number;
  /** Index after the closing quotes and brackets: where the sentence ends. */
  sentenceEnd: number;
  /** Index after the white space: where the next sentence starts. */
  after: number;
}

const TERMINAL_MARKS = [".", "!", "?"] as const;

/**
 * Finds the terminal marks of one text left to right with indexOf, which is several times faster
 * than a regex scan for [.!?]; each mark is searched again only once the search has passed it.
 */
class TerminalMarks {
  // Per mark: its next index, -1 when none is left; -2 before the first search.
  private readonly next = [-2, -2, -2];

  constructor(private readonly text: string) {}

  /** The first index >= from that holds a terminal mark, or -1. */
  firstFrom(from: number): number {
    let first = -1;
    for (let k = 0; k < TERMINAL_MARKS.length; k++) {
      let at = this.next[k] ?? -1;
      if (at !== -1 && at < from) {
        at = this.text.indexOf(TERMINAL_MARKS[k] ?? "", from);
        this.next[k] = at;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

function isTerminalMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63; // . ! ?
}

function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93; // " ' ” ’ ) ]
}

/**
 * The first boundary in text[from, end), as the regex would find it: the marks, closers and
 * spaces are each read greedily, and when no space follows, no shorter reading has one either
 * (a mark or closer is never a space), so the search goes on after that run of marks.
 */
function nextBoundary(text: string, marks: TerminalMarks, from: number, end: number): Boundary | null {
  for (let at = marks.firstFrom(from); at !== -1 && at < end; at = marks.firstFrom(at)) {
    let i = at;
    while (i < end && isTerminalMark(text.charCodeAt(i))) i++;
    const count = i - at;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const sentenceEnd = i;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i > sentenceEnd) return { at, marks: count, sentenceEnd, after: i };
    at += count;
  }
  return null;
}

/** A-Z, a-z or "." : what an abbreviation before a dot is made of. */
function isAbbreviationChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && isAbbreviationChar(text.charCodeAt(i))) i--;
  // Most dots end a longer word, neither listed nor dotted ("U.S"): tell so before cutting it out.
  if (dotIndex - (i + 1) > LONGEST_ABBREVIATION && text.charCodeAt(i + 2) !== 46) return false;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("A. Smith") and dotted acronyms ("U.S.") end no sentence.
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]?$/.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  // Most texts hold no newline: no line to split and, with no tab either, no paragraph break.
  const hasNewline = text.includes("\n");
  const mayBreak = hasNewline || text.includes("\t");
  const push = (end: number) => {
    // Trim leading/trailing white space without losing offsets.
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    const sentence = { start: s, end: e, text: text.slice(s, e), paragraph };
    // Single newlines inside a paragraph separate headline/dateline lines from the body.
    for (const part of atCredits(sentence)) {
      if (hasNewline) pushLines(out, part);
      else out.push(part);
    }
  };

  const marks = new TerminalMarks(text);
  for (const [pStart, pEnd] of paragraphsOf(text, mayBreak)) {
    start = pStart;
    for (let b = nextBoundary(text, marks, pStart, pEnd); b; b = nextBoundary(text, marks, b.after, pEnd)) {
      const dot = b.at;
      const after = b.after;
      const next = text.charCodeAt(after);
      if (b.marks === 1 && text.charCodeAt(dot) === 46 && isAbbreviation(text, dot)) {
        // "U.S. air strikes" continues; "... by the U.S. The next" ends only before a capital + lowercase word pair.
        if (!(isUppercaseAscii(next) && /^[A-Z][a-z]+\s+[a-z]/.test(text.slice(after, after + 40)))) continue;
        if (/^(u\.s|u\.n|u\.k)$/i.test(text.slice(dot - 3, dot))) {
          // "U.S. President", "U.N. envoy": a title or noun follows, not a new sentence.
          if (
            /^(President|Secretary|Ambassador|Envoy|Defense|Defence|State|Army|Air|Navy|Central|Special|officials?|forces|envoy)\b/.test(
              text.slice(after, after + 20),
            )
          )
            continue;
        }
      }
      // A lowercase or digit continuation is rarely a new sentence ("no. 5", "approx. 40").
      if (isLowercaseAscii(next)) continue;
      push(b.sentenceEnd);
      start = after;
    }
    push(pEnd);
    paragraph++;
  }
  return out;
}

/** [start, end) of each paragraph: blank-line (or double-tab) separated, hard sentence boundaries. */
function paragraphsOf(text: string, mayBreak: boolean): Array<[number, number]> {
  if (!mayBreak) return [[0, text.length]]; // every break starts with a newline or a tab
  const paraBreak = /\n\s*\n|\t\s*\t/g;
  const paragraphs: Array<[number, number]> = [];
  let last = 0;
  for (let m = paraBreak.exec(text); m; m = paraBreak.exec(text)) {
    paragraphs.push([last, m.index]);
    last = m.index + m[0].length;
  }
  paragraphs.push([last, text.length]);
  return paragraphs;
}

function isLowercaseAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isUppercaseAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * A photo caption ends at its credit, though no full stop does: "… near the Syrian-Turkish border
 * (TRT World and Agencies) A bomb killed six people …". Left joined, the caption's places and
 * dates would be read as the next sentence's.
 */
const CREDIT = /\((?:[^()]{0,40}\s)?(?:Agencies|Getty Images|[Pp]hoto)\)\s+(?=[A-Z])/g;

function atCredits(s: Sentence): Sentence[] {
  if (!s.text.includes(")")) return [s];
  const parts: Sentence[] = [];
  let from = 0;
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(s.text); m; m = CREDIT.exec(s.text)) {
    const end = m.index + m[0].trimEnd().length;
    parts.push({ ...s, start: s.start + from, end: s.start + end, text: s.text.slice(from, end) });
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return [s];
  parts.push({ ...s, start: s.start + from, text: s.text.slice(from) });
  return parts;
}

/** Pushes each non-blank line of the sentence as a sentence of its own. */
function pushLines(out: Sentence[], s: Sentence): void {
  if (!s.text.includes("\n")) {
    out.push(s);
    return;
  }
  let offset = 0;
  for (const line of s.text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = s.start + offset + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed, paragraph: s.paragraph });
    }
    offset += line.length + 1;
  }
}
