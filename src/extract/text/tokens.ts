// Word tokens with offsets. Claim rules work on tokens so that windows
// ("within three words of the number") mean words, not characters.

export interface Token {
  /** Surface text. */
  text: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Kind: a word, a number written in digits, or punctuation. */
  kind: "word" | "digits" | "punct";
}

// Digits may carry thousands separators and decimals ("320,000", "1.5"); words may carry
// inner hyphens and apostrophes ("US-led", "Syria's"). Hyphenated number compounds
// ("7-day", "12-year-old") stay one token so they never read as counts.
// A numeric date ("14-05-2016", "27.05.2017", "2016/05/14") is one token, never a figure or a range.
const TOKEN =
  /\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?![\d])|\d+(?:[.,]\d+)*(?:-[A-Za-z]+(?:-[A-Za-z]+)*)?|[A-Za-z\u00C0-\u024F]+(?:['’\-.][A-Za-z\u00C0-\u024F]+)*\.?|[^\sA-Za-z\d]/g;

const DOTTED_INITIALS = /^([A-Za-z]\.)+$/;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** Exactly the code units of the regex class \s (no u flag): what TOKEN skips between tokens. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Most sentences have no curly apostrophe: then no token needs straightening.
  const curly = text.includes("’");
  TOKEN.lastIndex = 0;
  let start = 0;
  // test() rather than exec(): no match array per token. TOKEN matches at every character
  // but white space, so a token starts at the first non-space after the previous one.
  while (TOKEN.test(text)) {
    while (isSpace(text.charCodeAt(start))) start++;
    let end = TOKEN.lastIndex;
    let surface = text.slice(start, end);
    // A trailing dot belongs to the word only for abbreviations like "U.S."; otherwise it is punctuation.
    if (
      surface.length > 1 &&
      surface.charCodeAt(surface.length - 1) === 46 &&
      !DOTTED_INITIALS.test(surface)
    ) {
      end--;
      surface = surface.slice(0, -1);
      TOKEN.lastIndex = end;
    }
    const first = surface.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? "digits" : isLetter(first) ? "word" : "punct";
    const lower = surface.toLowerCase();
    out.push({
      text: surface,
      lower: curly && lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start,
      end,
      kind,
    });
    start = end;
  }
  return out;
}

/** Whether tokens[from, …) spell the given lowercased words, one per token. */
export function spellsAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[from + k]?.lower !== words[k]) return false;
  return true;
}
