// A seeded random source for tests that shuffle or generate data: the same seed, the same run.

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: small, fast, and good enough to shuffle test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, pick, shuffle };
}

/** Places for generated claims: neighbouring towns of Eastern Ghouta and the province holding them,
 * cities far apart, a name the gazetteer lacks and a country, so every place rule is exercised. */
export const TEST_PLACES = [
  "Douma",
  "Harasta",
  "Arbin",
  "Zamalka",
  "Eastern Ghouta",
  "Aleppo",
  "Khan Shaykhun",
  "Maarat al-Numan",
  "Idlib",
  "Nowhere Village",
  "Syria",
] as const;
