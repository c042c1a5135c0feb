// Word tokens with offsets. Claim rules work on tokens so that windows
// ("within three words of the number") mean words, not characters.

export type TokenKind = "word" | "digits" | "punct";

export class Token {
  #text: string | undefined;

  constructor(
    /** The sentence the token was cut from. */
    private readonly source: string,
    /** Lowercased, curly apostrophes straightened. */
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    /** Kind: a word, a number written in digits, or punctuation. */
    readonly kind: TokenKind,
  ) {}

  /** Surface text. Cut on first use: rules read it only near a figure, `lower` everywhere. */
  get text(): string {
    this.#text ??= this.source.slice(this.start, this.end);
    return this.#text;
  }
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
export function isSpace(code: number): boolean {
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

// Where lowercasing the whole sentence is not the same as lowercasing each token: İ lowercases
// to two characters, Σ by its neighbours (final ς), and a surrogate pair as one character though
// the tokens split it.
const LOWERCASED_IN_CONTEXT = /[\u0130\u03a3\ud800-\udfff]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Lowercase the sentence once and cut each token's lower from it, when that is the same.
  const lowered = LOWERCASED_IN_CONTEXT.test(text) ? null : straighten(text.toLowerCase());
  TOKEN.lastIndex = 0;
  let start = 0;
  // test() rather than exec(): no match array per token. TOKEN matches at every character
  // but white space, so a token starts at the first non-space after the previous one.
  while (TOKEN.test(text)) {
    while (isSpace(text.charCodeAt(start))) start++;
    let end = TOKEN.lastIndex;
    // A trailing dot belongs to the word only for abbreviations like "U.S."; otherwise it is punctuation.
    if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !DOTTED_INITIALS.test(text.slice(start, end))) {
      end--;
      TOKEN.lastIndex = end;
    }
    const lower = lowered ? lowered.slice(start, end) : straighten(text.slice(start, end).toLowerCase());
    out.push(new Token(text, lower, start, end, kindOf(text.charCodeAt(start))));
    start = end;
  }
  return out;
}

function straighten(lower: string): string {
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

function kindOf(first: number): TokenKind {
  return first >= 48 && first <= 57 ? "digits" : isLetter(first) ? "word" : "punct";
}

/** Whether tokens[from, …) spell the given lowercased words, one per token. */
export function spellsAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[from + k]?.lower !== words[k]) return false;
  return true;
}

/**
 * Word sequences ("at least", "among them") to find ending right before a token. Each is filed
 * under its last word, so a lookup tries only the few that could end there, in the order given.
 */
export class WordSequences<T> {
  private readonly byLastWord = new Map<string, Array<{ words: readonly string[]; value: T }>>();

  constructor(entries: ReadonlyArray<readonly [readonly string[], T]>) {
    for (const [words, value] of entries) {
      const last = words[words.length - 1] ?? "";
      const list = this.byLastWord.get(last) ?? [];
      list.push({ words, value });
      this.byLastWord.set(last, list);
    }
  }

  /** The first sequence (in the order given) that tokens[from, end) spell, with its from. */
  endingAt(tokens: readonly Token[], end: number): { from: number; value: T } | null {
    const candidates = this.byLastWord.get(tokens[end - 1]?.lower ?? "");
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      const from = end - words.length;
      if (from >= 0 && spellsAt(tokens, from, words)) return { from, value };
    }
    return null;
  }
}

/**
 * A set of lowercase words that first checks a word's shape (its first letter, last letter and
 * length) against the words', which turns most words of running text away without hashing them.
 */
export class ShapedWordSet {
  private readonly words: ReadonlySet<string>;
  // Bit n of lengthsByEnds[first * 26 + last] is set when a word of length n has those end letters.
  private readonly lengthsByEnds = new Uint32Array(26 * 26);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      const ends = endsIndex(word);
      if (ends < 0 || word.length > 31) throw new Error(`ShapedWordSet: cannot shape "${word}"`);
      this.lengthsByEnds[ends] = (this.lengthsByEnds[ends] ?? 0) | (1 << word.length);
    }
  }

  has(word: string): boolean {
    const ends = endsIndex(word);
    if (ends < 0 || word.length > 31 || ((this.lengthsByEnds[ends] ?? 0) & (1 << word.length)) === 0)
      return false;
    return this.words.has(word);
  }
}

/** first * 26 + last for a word that starts and ends with a-z, else -1. */
function endsIndex(word: string): number {
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(word.length - 1) - 97;
  return first >= 0 && first < 26 && last >= 0 && last < 26 ? first * 26 + last : -1;
}
