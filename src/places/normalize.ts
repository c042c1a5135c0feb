// Name keys: how two spellings of one Arabic, Kurdish or Turkish place name are made
// equal. nameKey folds what transliterations disagree on without changing the name
// (case, diacritics, apostrophes, hyphens, the article al-/ar-/ash-…, doubled letters,
// ou/oo/o → u, ee → i, ei/ey/ai → ay, iy/y before a vowel → i, -ah/-eh/-e endings); skeletonKey, used only when
// nameKey finds nothing, keeps just the consonants ("Menbij" ~ "Manbij").

// The Arabic article and its assimilated forms, as separate words after hyphens are spaces.
const ARTICLES = new Set([
  "al",
  "el",
  "ar",
  "er",
  "as",
  "es",
  "ad",
  "ed",
  "ash",
  "esh",
  "az",
  "ez",
  "an",
  "en",
  "at",
  "et",
  "ath",
  "adh",
  "ul",
  "ud",
]);

// Whole words spelt several ways (after the letter folds below).
const WORDS: Record<string, string> = { tel: "tal", jebel: "jabal", jabel: "jabal", jbal: "jabal" };

/** Lowercase, no diacritics, no apostrophes, punctuation to single spaces. */
export function simplify(s: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .replace(/['’‘`´ʿʾʻʼ]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Words recur across names ("tall", "nahiyat", "shaykh"): fold each once.
const FOLDED = new Map<string, string>();

function foldWord(w: string): string {
  let f = FOLDED.get(w);
  if (f === undefined) {
    f = fold(w);
    if (FOLDED.size > 100_000) FOLDED.clear();
    FOLDED.set(w, f);
  }
  return f;
}

function fold(w: string): string {
  const f = w
    .replace(/ee/g, "i")
    .replace(/o[ou]?/g, "u")
    .replace(/e[iy]|ai/g, "ay")
    .replace(/([aeiu])h$/, "$1")
    .replace(/e$/, "a")
    .replace(/et$/, "at")
    .replace(/iy(?=[aeiu])/g, "i")
    .replace(/([^aeiu])y(?=[aeiu])/g, "$1i")
    .replace(/([a-z])\1+/g, "$1");
  return WORDS[f] ?? f;
}

// An article written joined to a later word: "Ezzor", "Azzour" (assimilated), "Alnouman", "Albeiq".
const JOINED = /^(?:[ae](?=([dnrstz])\1)|[ae]l(?=[b-df-hj-np-tv-z][a-z]{2}))/;

/** The lookup key of a name: "ar-Raqqah", "Al Raqqa", "Raqa" → "raqa"; "Deir al-Zour" → "dayr zur". */
export function nameKey(s: string): string {
  const words = simplify(s).split(" ");
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w)) : words;
  return (kept.length > 0 ? kept : words)
    .map((w, i) => foldWord(i > 0 ? w.replace(JOINED, "") : w))
    .join(" ");
}

/**
 * A looser key: consonants only (a word's leading vowel kept as "a"), q = k, ch = sh, dj = j,
 * final h dropped. Null when fewer than three consonants are left (too short to trust).
 */
export function skeletonKey(s: string, key: string = nameKey(s)): string | null {
  const skeleton = key
    .split(" ")
    .map(skeletonWord)
    .filter((w) => w.length > 0)
    .join(" ");
  return skeleton.replace(/[^b-df-hj-np-tv-z]/g, "").length >= 3 ? skeleton : null;
}

const SKELETONS = new Map<string, string>();

function skeletonWord(w: string): string {
  let k = SKELETONS.get(w);
  if (k === undefined) {
    k = w
      .replace(/ch|dj|q/g, (m) => (m === "ch" ? "sh" : m === "dj" ? "j" : "k"))
      .replace(/h$/, "")
      .replace(/^[aeiouy]/, "A")
      .replace(/[aeiouy]+/g, "")
      .replace(/([a-z])\1+/g, "$1")
      .toLowerCase();
    if (SKELETONS.size > 100_000) SKELETONS.clear();
    SKELETONS.set(w, k);
  }
  return k;
}

/** "Alsaliheen" → "Saliheen": the article written joined to the name, as some outlets do. */
export function withoutJoinedArticle(s: string): string | null {
  const m = /^\s*(?:al|el)([a-z]{4,})/i.exec(s);
  if (!m || /^al(?:eppo|ep|epo)$/i.test(s.trim())) return null;
  return s.trim().slice(2);
}
