// resolvePlace: a claim's place name → a gazetteer entry with coordinates and an
// honest precision. Tried in order: the whole name (its key, the extractor's own
// canonical spelling, without a joined "al"); its structure (structure.ts: "east
// Aleppo", "Idlib countryside", "al-Bado neighbourhood of Raqqa", "Iraqi Sinjar"…); a
// loose spelling match; its leading words ("Burj Rouss Qsaa" → "Burj Rouss"); and last
// a fallback to the places the article names (hit.ts). Namesakes are ranked by the
// article's province, its country, Syria/Iraq, the neighbours, feature code, population.

import { lookupPlace } from "../extract/context/gazetteer.js";
import { gazetteer, HOME_COUNTRIES } from "./gazetteer.js";
import { COVERED_COUNTRIES } from "./gazetteer-data.js";
import { type Ctx, entityHit, fallback, type Hit, join, missing, NO_CTX, unresolved, worse } from "./hit.js";
import { nameKey, skeletonKey, withoutJoinedArticle } from "./normalize.js";
import { parseStructure } from "./structure.js";
import type { Entity, ResolveContext, ResolvedPlace } from "./types.js";

/**
 * Resolve a place name to a gazetteer entry. `context.names` are other places the
 * article names; they decide between namesakes and give neighbourhoods their city.
 * Pure given the data; results are memoised.
 */
export function resolvePlace(name: string | null, context?: ResolveContext): ResolvedPlace {
  if (name === null || !name.trim()) return toPublic(name, unresolved("no place named"));
  const ctx = contextOf(context?.names ?? [], name);
  const key = `${name}\u0000${ctx.sig}`;
  let hit = MEMO.get(key);
  if (!hit) {
    hit = resolveText(name, ctx, 0);
    remember(MEMO, key, hit);
  }
  return toPublic(name, hit);
}

const MEMO = new Map<string, Hit>();
const CTX_MEMO = new Map<string, Hit>();
const MEMO_LIMIT = 50_000;

function remember(memo: Map<string, Hit>, key: string, hit: Hit): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, hit);
}

// ---------------------------------------------------------------------------
// Context.

function contextOf(names: readonly string[], self: string): Ctx {
  if (names.length === 0) return NO_CTX;
  const admin1 = new Set<string>();
  const countries = new Set<string>();
  const towns: Entity[] = [];
  const selfKey = nameKey(self);
  for (const n of names) {
    if (!n?.trim() || nameKey(n) === selfKey) continue;
    let hit = CTX_MEMO.get(n);
    if (!hit) {
      // Read alone, and never by guessing from other places.
      hit = resolveText(n, NO_CTX, 0, false);
      remember(CTX_MEMO, n, hit);
    }
    const e = hit.entity;
    if (!e) continue;
    countries.add(e.countryCode);
    if (e.admin1Code) admin1.add(e.admin1Code);
    const town = e.kind === "neighbourhood" ? e.city : e.kind === "place" ? e : undefined;
    if (town && !towns.includes(town)) towns.push(town);
  }
  if (countries.size === 0) return NO_CTX;
  const sig = `${[...admin1].sort().join(",")};${[...countries].sort().join(",")};${towns.map((t) => t.id).join(",")}`;
  return { admin1, countries, towns, sig };
}

// ---------------------------------------------------------------------------
// The steps.

/** Resolve one name; `mayGuess`: fall back to the article's places when the name is unknown. */
function resolveText(raw: string, ctx: Ctx, depth: number, mayGuess = true): Hit {
  const s = clean(raw);
  if (!s) return unresolved("no place named");
  const strict = lookup(s, ctx);
  if (strict) return strict;
  const parsed = depth < 4 ? parseStructure(s, ctx, depth + 1, resolveText) : null;
  if (parsed?.entity && (mayGuess || !parsed.guessed)) return parsed;
  return (
    lookupLoose(s, ctx) ??
    leadingWords(s, ctx) ??
    (mayGuess ? fallback(s, ctx) : unresolved(parsed?.entity ? missing(s) : (parsed?.note ?? missing(s))))
  );
}

function clean(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[\s"“”'(]+|[\s"“”'.,;:)]+$/g, "")
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A name looked up whole: by key, by the extractor's canonical spelling, without a joined "al". */
function lookup(s: string, ctx: Ctx): Hit | null {
  const g = gazetteer();
  let cands = g.byKey.get(nameKey(s));
  let how = "";
  if (!cands) {
    const canonical = lookupPlace(s)?.name;
    if (canonical && nameKey(canonical) !== nameKey(s)) {
      cands = g.byKey.get(nameKey(canonical));
      how = `read as "${canonical}"`;
    }
  }
  if (!cands) {
    const bare = withoutJoinedArticle(s);
    if (bare) {
      cands = g.byKey.get(nameKey(bare));
      how = `read as "al-${bare}"`;
    }
  }
  if (!cands) return null;
  const picked = choose(cands, ctx, false);
  return picked ? entityHit(picked.entity, join(how, picked.why)) : null;
}

/**
 * By consonant skeleton, in Syria, Iraq or the article's countries, when one candidate stands
 * out. A short skeleton ("Batbo" ~ "Batabo") must also lie in the article's province: three
 * consonants alone would take "Kefraya" to Kifri in Iraq.
 */
function lookupLoose(s: string, ctx: Ctx): Hit | null {
  const skeleton = skeletonKey(s);
  if (!skeleton) return null;
  const short = skeleton.replace(/ /g, "").length < 4;
  const cands = gazetteer()
    .bySkeleton()
    .get(skeleton)
    ?.filter((e) =>
      short
        ? e.admin1Code !== null && ctx.admin1.has(e.admin1Code)
        : HOME_COUNTRIES.has(e.countryCode) || ctx.countries.has(e.countryCode),
    );
  if (!cands?.length) return null;
  const picked = choose(cands, ctx, true);
  return picked ? entityHit(picked.entity, join("loose spelling match", picked.why)) : null;
}

/** "Burj Rouss Qsaa" → "Burj Rouss": the longest run of leading words that is a known name. */
function leadingWords(s: string, ctx: Ctx): Hit | null {
  const words = s.split(" ");
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    if (n === 1 && head.replace(/^(?:al|el|ar|as|ad|ash|az|an|at)-/i, "").length < 6) break;
    const hit = lookup(head, ctx);
    if (hit?.entity)
      return { ...hit, precision: worse(hit.precision, "town"), note: `read as "${head}"; ${hit.note}` };
  }
  return null;
}

/** The best of namesakes, and why; null if none is allowed (or, loosely, none stands out). */
function choose(cands: readonly Entity[], ctx: Ctx, loose: boolean): { entity: Entity; why: string } | null {
  const allowed = ctx.only ? cands.filter((c) => c.countryCode === ctx.only) : cands;
  const scored = allowed.map((e) => ({ e, s: score(e, ctx) })).sort((a, b) => compare(b.s, a.s));
  const best = scored[0];
  if (!best) return null;
  const second = scored.find((x) => x.e.id !== best.e.id);
  if (!second) return { entity: best.e, why: "" };
  const i = best.s.findIndex((v, k) => v !== second.s[k]);
  // Loosely matched namesakes must be told apart by the article, not by rank alone.
  if (loose && (i < 0 || i > 1)) return null;
  const others = new Set(scored.map((x) => x.e.id)).size - 1;
  return { entity: best.e, why: `chosen over ${others} namesake(s) by ${BY[i] ?? "list order"}` };
}

const BY = [
  "the article's province",
  "the article's country",
  "Syria and Iraq first",
  "the neighbouring countries first",
  "feature code",
  "population",
];

// Feature-code rank: the more important kind of place first.
const RANK: Record<string, number> = {
  PCLI: 100,
  ADM1: 95,
  RGN: 93,
  PPLC: 90,
  PPLA: 80,
  PPLA2: 60,
  PPLA3: 45,
  PPLA4: 40,
  PPL: 35,
  PPLX: 30,
  NBHD: 20,
};

function score(e: Entity, ctx: Ctx): number[] {
  return [
    e.admin1Code && ctx.admin1.has(e.admin1Code) ? 1 : 0,
    ctx.countries.has(e.countryCode) ? 1 : 0,
    HOME_COUNTRIES.has(e.countryCode) ? 1 : 0,
    COVERED_COUNTRIES.has(e.countryCode) ? 1 : 0,
    RANK[e.featureCode] ?? 25,
    e.population,
  ];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function toPublic(query: string | null, hit: Hit): ResolvedPlace {
  const e = hit.entity;
  if (!e)
    return {
      query,
      name: null,
      gazetteerId: null,
      lat: null,
      lon: null,
      admin1: null,
      country: null,
      countryCode: null,
      precision: "unresolved",
      note: hit.note,
    };
  const g = gazetteer();
  const shown = e.kind === "neighbourhood" && e.city ? e.city : e;
  return {
    query,
    name: shown.name,
    gazetteerId: e.id,
    lat: e.lat,
    lon: e.lon,
    admin1: e.admin1Code ? (g.provinces.get(e.admin1Code)?.name ?? null) : null,
    country: g.countries.get(e.countryCode)?.name ?? null,
    countryCode: e.countryCode,
    precision: hit.precision,
    note: hit.note,
  };
}
