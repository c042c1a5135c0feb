// Sentence splitting with character offsets, tuned for news copy: abbreviations
// ("U.S.", "Dr.", "Jan."), initials, and FA-KES text that lost its commas.

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

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)/g;

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i] ?? "")) i--;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("A. Smith") and dotted acronyms ("U.S.") end no sentence.
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]?$/.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    // Trim leading/trailing white space without losing offsets.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
  };
  // Paragraph breaks are hard boundaries.
  const paraBreak = /\n\s*\n|\t\s*\t/g;
  const paragraphs: Array<[number, number]> = [];
  let last = 0;
  for (let m = paraBreak.exec(text); m; m = paraBreak.exec(text)) {
    paragraphs.push([last, m.index]);
    last = m.index + m[0].length;
  }
  paragraphs.push([last, text.length]);

  for (const [pStart, pEnd] of paragraphs) {
    start = pStart;
    const chunk = text.slice(pStart, pEnd);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(chunk); m; m = BOUNDARY.exec(chunk)) {
      const dot = pStart + m.index;
      const after = pStart + m.index + m[0].length;
      const next = text[after] ?? "";
      if (m[1] === "." && isAbbreviation(text, dot)) {
        // "U.S. air strikes" continues; "... by the U.S. The next" ends only before a capital + lowercase word pair.
        if (!(/[A-Z]/.test(next) && /^[A-Z][a-z]+\s+[a-z]/.test(text.slice(after, after + 40)))) continue;
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
      if (/[a-z]/.test(next)) continue;
      push(dot + (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
      start = after;
    }
    push(pEnd);
    paragraph++;
  }
  // Single newlines inside a paragraph separate headline/dateline lines from the body.
  return out.flatMap((s) => splitLines(s));
}

function splitLines(s: Sentence): Sentence[] {
  if (!s.text.includes("\n")) return [s];
  const parts: Sentence[] = [];
  let offset = 0;
  for (const line of s.text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = s.start + offset + lead;
      parts.push({ start, end: start + trimmed.length, text: trimmed, paragraph: s.paragraph });
    }
    offset += line.length + 1;
  }
  return parts;
}
