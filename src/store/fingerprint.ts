// Fingerprints of an article's text. The content hash says "this exact article is stored already"
// (re-ingesting an input stores nothing twice); the MinHash signature says "this is nearly the same
// text" (one wire story under two outlets, with a different first line or a credit added).
import { createHash } from "node:crypto";

/** Case, spacing and quote style do not make a different article. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

/** The same outlet, title and text give the same hash; a second outlet gives a second article. */
export function contentHash(article: { outlet: string | null; title: string | null; text: string }): string {
  return createHash("sha256")
    .update(`${normalise(article.outlet ?? "")}\u0000${normalise(article.title ?? "")}\u0000`)
    .update(normalise(article.text))
    .digest("hex");
}

// Latin (with accents), Arabic and digits: cheaper than \p{L}, and enough to compare news texts.
const WORD = /[a-z0-9\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]+/g;
const SHINGLE = 3;
/** MinHash signature length, and its split into LSH bands (21 bands of 3 rows; one value unused). */
const HASHES = 64;
const ROWS = 3;

/** FNV-1a over a string, with a final avalanche so that similar shingles get unrelated hashes. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

// The signature's hash functions: h → (a·h + b) mixed, with fixed odd multipliers (deterministic,
// so signatures stored by one run compare with the next).
const MULT = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`a${i}`) | 1);
const SEED = Int32Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

/**
 * MinHash signature of the text's word 3-shingles, as 64 eight-hex-digit values. The share of
 * equal values estimates the Jaccard similarity of the two texts' shingle sets.
 */
export function minhash(text: string): string {
  const words = (text.toLowerCase().match(WORD) ?? []).map(fnv1a);
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    // The shingle's hash from its three words' hashes, order-sensitive.
    let h = words[i] ?? 0;
    for (let w = 1; w < SHINGLE; w++) h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + (words[i + w] ?? 0)) >>> 0;
    for (let k = 0; k < HASHES; k++) {
      // (h xor seed) times an odd constant, high bits folded down: cheap, and good enough here.
      let x = Math.imul(h ^ (SEED[k] as number), MULT[k] as number);
      x = (x ^ (x >>> 16)) >>> 0;
      if (x < (mins[k] as number)) mins[k] = x;
    }
  }
  let hex = "";
  for (const v of mins) hex += v.toString(16).padStart(8, "0");
  return hex;
}

/** Estimated Jaccard similarity of two signatures (0–1). */
export function similarity(a: string, b: string): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a.slice(k * 8, k * 8 + 8) === b.slice(k * 8, k * 8 + 8)) same++;
  return same / HASHES;
}

/** Texts sharing at least half of their word 3-shingles are the same story told twice. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

/**
 * LSH bands: 21 keys of three signature values each. Texts with Jaccard similarity 0.5 share a key
 * with probability 0.94, at 0.7 with 0.999, at 0.2 with 0.16, unrelated texts almost never; the store finds
 * candidates by an indexed lookup on keys and checks each with similarity().
 */
export function minhashBands(signature: string): string[] {
  const bands: string[] = [];
  for (let band = 0; band < Math.floor(HASHES / ROWS); band++)
    bands.push(`${band}:${signature.slice(band * ROWS * 8, (band + 1) * ROWS * 8)}`);
  return bands;
}
