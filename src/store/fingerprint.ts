// Fingerprints of an article's text. The content hash says "this exact article is stored already"
// (re-ingesting an input stores nothing twice); the MinHash signature says "this is nearly the same
// text" (one wire story under two outlets, with a different first line or a credit added).
import { createHash } from "node:crypto";

/** Case, spacing and quote style do not make a different article. */
function normalise(text: string): string {
  // One pass for quotes and spaces (this runs on every article read).
  return text.toLowerCase().replace(QUOTE_OR_SPACE, plain).trim();
}

const QUOTE_OR_SPACE = /[’‘“”]|\s+/g;
function plain(match: string): string {
  return match === "’" || match === "‘" ? "'" : match === "“" || match === "”" ? '"' : " ";
}

/** The same outlet, title and text give the same hash; a second outlet gives a second article. */
export function contentHash(article: { outlet: string | null; title: string | null; text: string }): string {
  return createHash("sha256")
    .update(`${normalise(article.outlet ?? "")}\u0000${normalise(article.title ?? "")}\u0000`)
    .update(normalise(article.text))
    .digest("hex");
}

const SHINGLE = 3;
/** MinHash signature length, and its split into LSH bands (21 bands of 3 rows; one value unused). */
export const HASHES = 64;
const ROWS = 3;
/** How many band keys minhashBands gives for every signature. */
export const BANDS = Math.floor(HASHES / ROWS);

/** A MinHash signature: 64 unsigned 32-bit values. */
export type Signature = Uint32Array;

/** Mixes a 32-bit value so that nearby inputs give unrelated outputs (a murmur3 finaliser). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** A word character: ASCII letters and digits, Latin accented letters, Cyrillic, Arabic. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x600 && c <= 0x6ff)
  );
}

/** The hash of each word, case-folded for ASCII, in one pass with no strings made. */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 0x20 : c), 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(mix(h));
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return out;
}

// The signature's hash functions: h → (h xor seed) · odd multiplier, mixed. Fixed, so signatures
// stored by one run compare with the next.
const MULT = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`a${i}`) | 1);
const SEED = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

/**
 * MinHash signature of the text's word 3-shingles. The share of equal values in two signatures
 * estimates the Jaccard similarity of the two texts' shingle sets.
 */
export function minhash(text: string): Signature {
  const words = wordHashes(text);
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    // The shingle's hash from its three words' hashes, order-sensitive.
    let h = words[i] ?? 0;
    for (let w = 1; w < SHINGLE; w++) h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + (words[i + w] ?? 0)) | 0;
    for (let k = 0; k < HASHES; k++) {
      let x = Math.imul(h ^ (SEED[k] as number), MULT[k] as number);
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < (mins[k] as number)) mins[k] = x;
    }
  }
  return mins;
}

/**
 * Estimated Jaccard similarity of two signatures (0–1), given as values or as their bytes (as a
 * store keeps them): a value is equal when its four bytes are, whatever the byte order.
 */
export function similarity(a: Signature | Uint8Array, b: Signature | Uint8Array): number {
  const x = bytesOf(a);
  const y = bytesOf(b);
  let same = 0;
  for (let k = 0; k < HASHES * 4; k += 4)
    if (x[k] === y[k] && x[k + 1] === y[k + 1] && x[k + 2] === y[k + 2] && x[k + 3] === y[k + 3]) same++;
  return same / HASHES;
}

function bytesOf(signature: Signature | Uint8Array): Uint8Array {
  return signature instanceof Uint8Array
    ? signature
    : new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
}

/**
 * A near-duplicate this alike is a repost (the same text, a credit or a headline changed): the
 * store indexes it through its story's earlier members only.
 */
export const REPOST_SIMILARITY = 0.9;

/** Texts sharing at least half of their word 3-shingles are the same story told twice. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

/**
 * LSH bands: 21 keys, each from three signature values and the band's number. Texts with Jaccard
 * similarity 0.5 share a key with probability 0.94, at 0.7 with 0.999, at 0.2 with 0.16, unrelated
 * texts almost never; the store finds candidates by an indexed lookup on keys and checks each
 * with similarity(). Keys are integers below 2^37 (band · 2^32 + hash), exact in JavaScript.
 */
export function minhashBands(signature: Signature): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (signature[band * ROWS + r] as number));
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}
