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

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let surface = m[0];
    // A trailing dot belongs to the word only for abbreviations like "U.S."; otherwise it is punctuation.
    if (surface.endsWith(".") && surface.length > 1 && !/^([A-Za-z]\.)+$/.test(surface)) {
      surface = surface.slice(0, -1);
      TOKEN.lastIndex = m.index + surface.length;
    }
    const first = surface.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? "digits" : isLetter(first) ? "word" : "punct";
    const lower = surface.toLowerCase();
    out.push({
      text: surface,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start: m.index,
      end: m.index + surface.length,
      kind,
    });
  }
  return out;
}
