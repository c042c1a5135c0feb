// A capitalised run of words ("Deir ez-Zor province", "the Syrian Observatory") cut into segments:
// gazetteer names, unknown names, stop words, with what each word is (memoised: the same names
// recur in every article). places.ts decides which segments are places.

import {
  type GazetteerEntry,
  isPlaceStem,
  lookupPlace,
  type PlaceKind,
  startsMultiWordPlace,
} from "./gazetteer.js";
import { isRegexSpace, MONTHS, WEEKDAYS } from "./lex.js";
import {
  ADMIN_NOUNS,
  AL_ADJECTIVE,
  AL_WORD,
  DEMONYM_SUFFIX,
  DEMONYMS,
  DIRECTIONS,
  FACILITY_NOUNS,
  NAME_NOUNS,
  NOUN_INITIALS,
  NOUN_PAIRS,
  NOUN_WINDOW,
  NOUN_WORDS,
  PARTICLES,
  POSSESSIVE_GAZ,
  RUN_RE,
  SPACED_PARTICLES,
  STOP,
  WORD_RE,
} from "./place-words.js";

export interface Seg {
  start: number;
  end: number;
  text: string;
  gaz?: GazetteerEntry;
  /** Direction prefix kept in the value ("east", "Northern"). */
  dir?: string;
  nameNoun?: PlaceKind;
  adminKind?: PlaceKind;
  adminNoun?: string;
  possessive?: boolean;
  /** A facility noun followed ("Qardaha hospital"): the town, or for an unknown name nothing. */
  facility?: boolean;
  /** An unknown name that is a nationality or demonym ("Egyptian", "Damascan"), found once per run. */
  demonym?: boolean;
}

export interface GazHit {
  entry: GazetteerEntry;
  n: number;
  possessive: boolean;
}

/** Where a capitalised run stands in its sentence. */
export interface RunSpan {
  start: number;
  end: number;
}

// RUN_RE's matches, found faster: irregexp is slow to try RUN_RE's lookbehind wherever a name
// may start. Every run starts at a capital at a word start, or at a lowercase particle just
// before one ("al-Bab", "as Aleppo"). A one-letter regex finds those capitals, and RUN_RE itself
// (sticky) matches at them, so the runs are RUN_RE's own.
const CAPITAL = /\b[A-Z]/g;
const RUN_AT = new RegExp(RUN_RE.source, "y");
const PARTICLE_INITIALS = new Set([...PARTICLES].map((p) => p.charCodeAt(0)));

/** The first RUN_RE match at or after `from`, or null. */
export function nextRun(sentence: string, from: number): RunSpan | null {
  CAPITAL.lastIndex = from;
  while (CAPITAL.test(sentence)) {
    const cap = CAPITAL.lastIndex - 1;
    const particle = lowerParticleBefore(sentence, cap);
    const particleEnd = particle >= from ? runAt(sentence, particle) : -1;
    if (particleEnd >= 0) return { start: particle, end: particleEnd };
    const end = runAt(sentence, cap);
    if (end >= 0) return { start: cap, end };
  }
  return null;
}

/** Where the RUN_RE match starting at `p` ends, or −1. */
function runAt(s: string, p: number): number {
  RUN_AT.lastIndex = p;
  return RUN_AT.test(s) ? RUN_AT.lastIndex : -1;
}

/**
 * Where a lowercase particle ending just before the capital at `cap` starts, or −1: 2–4 letters,
 * then a hyphen or apostrophe ("al-", "bani-") or a space ("al ", "ash ").
 */
function lowerParticleBefore(s: string, cap: number): number {
  const sep = codeAt(s, cap - 1);
  const spaced = isRegexSpace(sep);
  if (!spaced && !isParticleSeparator(sep)) return -1;
  let p = cap - 1;
  while (p > cap - 6 && isLower(codeAt(s, p - 1))) p--;
  const length = cap - 1 - p;
  // Most words here are "in", "of", "the": a first-letter test spares slicing them.
  if (length < 2 || length > 4 || !PARTICLE_INITIALS.has(codeAt(s, p))) return -1;
  return (spaced ? SPACED_PARTICLES : PARTICLES).has(s.slice(p, cap - 1)) ? p : -1;
}

/** The char code at `i`, or −1 outside the string (reading past the end would deoptimise). */
function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** [-‐’'] after a particle. */
function isParticleSeparator(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 39 || c === 0x2019;
}

/** What findPlaces needs to know about one word of a capitalised run; it depends on the word alone. */
export interface WordInfo {
  /** The word as a gazetteer name on its own, or null. */
  gaz: GazHit | null;
  /** It may start a multi-word gazetteer name ("Deir", "Khan"). */
  multi: boolean;
  admin: PlaceKind | undefined;
  named: PlaceKind | undefined;
  stop: boolean;
  direction: boolean;
  /** "al-…"/"el-…", and whether it is an adjective that continues the name before it ("al-Kubra"). */
  al: boolean;
  alAdjective: boolean;
}

export interface Word {
  w: string;
  s: number;
  e: number;
  info: WordInfo;
}

// Word → WordInfo: the same names and stop words recur in every article, and each costs
// several set lookups and regex tests. The memos here are bounded (cleared when full) so a
// long stream cannot grow them without limit.
export const WORD_INFO = new Map<string, WordInfo>();
export const MEMO_LIMIT = 20000;

export function wordInfo(w: string): WordInfo {
  let info = WORD_INFO.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  info = {
    gaz: gazKey(w, 1),
    multi: startsMultiWordPlace(lower),
    admin: ADMIN_NOUNS[lower] ?? (lower === "countryside" ? "province" : undefined),
    named: NAME_NOUNS[lower],
    stop: isStop(w),
    direction: DIRECTIONS.has(lower),
    al: AL_WORD.test(w),
    alAdjective: AL_ADJECTIVE.test(w),
  };
  if (WORD_INFO.size >= MEMO_LIMIT) WORD_INFO.clear();
  WORD_INFO.set(w, info);
  return info;
}

export function isStop(w: string): boolean {
  const l = w.toLowerCase();
  if (STOP.has(l) || MONTHS.has(l) || WEEKDAYS.has(l)) return true;
  // "Saturdays", "Mondays" (comma-less possessives), "Raqqa-based", "US-backed", acronyms.
  if (l.endsWith("s") && WEEKDAYS.has(l.slice(0, -1))) return true;
  if (
    /-(?:based|held|controlled|backed|led|linked|born|run|allied|made|style|majority|dominated|populated|occupied|besieged)$/.test(
      l,
    )
  )
    return true;
  // Possessives and particles of stop words ("Assads", "Daeshs", "al-Nusra", "al Qaeda").
  const bare = l.replace(/^(?:al|el|an|ad|ar|as)[-‐\s]/, "");
  if (bare !== l && STOP.has(bare)) return true;
  if (l.length > 4 && l.endsWith("s") && STOP.has(bare.slice(0, -1))) return true;
  if (/^[A-Z]{2,}s?$/.test(w)) return true;
  return false;
}

/**
 * A nationality or demonym adjective, alone or hyphenated ("Egyptian", "Damascan",
 * "Syrian-Turkish"): listed, or -an/-ian/-ese/-ish on the stem of a known place ("Damasc-us").
 */
export function isDemonymName(text: string): boolean {
  return text.split(/[-‐\s]+/).every((part) => {
    const w = part.toLowerCase().replace(/['’]s$/, "");
    if (DEMONYMS.has(w)) return true;
    if (lookupPlace(w)) return false; // "Afghanistan", not Afghan-istan
    const suffix = DEMONYM_SUFFIX.exec(w);
    return !!suffix && isPlaceStem(w.slice(0, w.length - suffix[0].length));
  });
}

/** The longest gazetteer name starting at word i (up to four words for a multi-word start). */
export function gazAt(words: Word[], i: number): GazHit | null {
  const first = words[i] as Word;
  if (first.info.multi) {
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      let key = first.w;
      for (let k = 1; k < n; k++) key += ` ${(words[i + k] as Word).w}`;
      const hit = gazKey(key, n);
      if (hit) return hit;
    }
  }
  return first.info.gaz;
}

export function gazKey(key: string, n: number): GazHit | null {
  const hit = lookupPlace(key);
  if (hit) return { entry: hit, n, possessive: /['’]s$/.test(key) };
  // Comma-less possessive ("Syrias", "Aleppos"): only a governorate or country, never "Hamas".
  if (key.charCodeAt(key.length - 1) !== 115) return null;
  const pm = POSSESSIVE_GAZ.exec(key);
  if (pm?.[1] && key.toLowerCase() !== "hamas") {
    const base = lookupPlace(pm[1]);
    if (base && (base.kind === "country" || base.governorate || /['’]s$/.test(key)))
      return { entry: base, n, possessive: true };
  }
  return null;
}

// Run text → its segments (offsets within the run): a run's segmentation depends on its text
// alone, and the same names ("Aleppo", "Syrian Observatory", "The") recur in every article.
export const RUN_SEGMENTS = new Map<string, readonly Seg[]>();
const NO_SEGS: readonly Seg[] = [];

export function runSegments(run: string): readonly Seg[] {
  let segs = RUN_SEGMENTS.get(run);
  if (!segs) {
    segs = segment(run, wordsOf(run, 0));
    // Half the runs have no segments ("The", "Syrian Observatory"): one shared empty list is
    // always in cache, where each run's own would be a memory read of its own.
    if (segs.length === 0) segs = NO_SEGS;
    if (RUN_SEGMENTS.size >= MEMO_LIMIT) RUN_SEGMENTS.clear();
    RUN_SEGMENTS.set(run, segs);
  }
  return segs;
}

/** Copies a run's segment into `into` at the run's place in the sentence (findPlaces extends its copy). */
export function placeInto(into: Seg, t: Seg, runStart: number): Seg {
  into.start = t.start + runStart;
  into.end = t.end + runStart;
  into.text = t.text;
  into.gaz = t.gaz;
  into.dir = t.dir;
  into.nameNoun = t.nameNoun;
  into.adminKind = t.adminKind;
  into.adminNoun = t.adminNoun;
  into.possessive = t.possessive;
  into.facility = t.facility;
  into.demonym = t.demonym;
  return into;
}

/** A blank segment to copy into. */
export function emptySeg(): Seg {
  return newSeg(0, 0, "");
}

/**
 * A segment with every field present: segments then share one object shape, and reading their
 * fields stays fast (segments of differing shapes made every read a slow, megamorphic one).
 */
function newSeg(start: number, end: number, text: string, gaz?: GazetteerEntry, possessive?: boolean): Seg {
  return {
    start,
    end,
    text,
    gaz,
    dir: undefined,
    nameNoun: undefined,
    adminKind: undefined,
    adminNoun: undefined,
    possessive,
    facility: undefined,
    demonym: undefined,
  };
}

export function wordsOf(run: string, runStart: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let w = WORD_RE.exec(run); w; w = WORD_RE.exec(run)) {
    const s = runStart + w.index;
    words.push({ w: w[0], s, e: s + w[0].length, info: wordInfo(w[0]) });
  }
  return words;
}

/** Segment a run (words with offsets in `text`) into gazetteer names, unknown names and stops. */
export function segment(text: string, words: Word[]): Seg[] {
  const segs: Seg[] = [];
  let cur: Seg | null = null;
  let pendingDir: Word | null = null;
  for (let i = 0; i < words.length; ) {
    const word = words[i] as Word;
    const info = word.info;
    const g = gazAt(words, i);
    if (g) {
      const last = words[i + g.n - 1] as Word;
      const seg = newSeg(word.s, last.e, text.slice(word.s, last.e), g.entry, g.possessive);
      if (pendingDir && pendingDir.e + 1 >= word.s) {
        seg.dir = pendingDir.w;
        seg.start = pendingDir.s;
        seg.text = text.slice(seg.start, seg.end);
        if (cur && cur.end === pendingDir.e) segs.pop();
      }
      segs.push(seg);
      cur = null;
      pendingDir = null;
      i += g.n;
      continue;
    }
    const { admin, named } = info;
    const prev = segs[segs.length - 1];
    if ((admin || named) && prev && prev.end + 1 >= word.s && !hasNoun(prev)) {
      if (admin) {
        prev.adminKind = admin;
        prev.adminNoun = word.w.toLowerCase();
      } else if (FACILITY_NOUNS.has(word.w.toLowerCase())) {
        prev.facility = true;
      } else if (named) {
        prev.nameNoun = named;
        prev.end = word.e;
        prev.text = text.slice(prev.start, prev.end);
      }
      cur = null;
      pendingDir = null;
      i++;
      continue;
    }
    // An administrative noun with no name to attach to ("in Ancient City of Aleppo") is not one.
    if (info.stop || admin) {
      cur = null;
      pendingDir = null;
      i++;
      continue;
    }
    pendingDir = info.direction ? word : null;
    const prevWord = i > 0 ? (words[i - 1] as Word) : undefined;
    const newName = !!cur && !!prevWord && info.al && prevWord.info.al && !info.alAdjective;
    if (cur && cur.end + 1 >= word.s && !newName) {
      cur.end = word.e;
      cur.text = text.slice(cur.start, cur.end);
    } else {
      cur = newSeg(word.s, word.e, word.w);
      segs.push(cur);
    }
    i++;
  }
  // A noun after the run may still extend a segment's text (findPlaces), but only as a name noun,
  // and a name with a name noun is never tested for being a demonym.
  for (const seg of segs) if (!seg.gaz && !seg.nameNoun) seg.demonym = isDemonymName(seg.text);
  return segs;
}

/** A lowercase place noun right after the run belongs to its last segment ("al-Bado neighborhood"). */
export function attachNounAfter(sentence: string, lastSeg: Seg, runEnd: number): void {
  if (lastSeg.end !== runEnd || hasNoun(lastSeg)) return;
  const found = nounAfter(sentence, runEnd);
  if (!found) return;
  const { noun } = found;
  const admin = ADMIN_NOUNS[noun] ?? (noun === "countryside" ? "province" : undefined);
  if (FACILITY_NOUNS.has(noun)) lastSeg.facility = true;
  else if (admin) {
    lastSeg.adminKind = admin;
    lastSeg.adminNoun = noun;
  } else {
    lastSeg.nameNoun = NAME_NOUNS[noun.split(" ").pop() ?? ""] ?? "unknown";
    lastSeg.end = found.end;
    lastSeg.text = sentence.slice(lastSeg.start, lastSeg.end);
  }
}

export function hasNoun(seg: Seg): boolean {
  return !!(seg.adminKind || seg.nameNoun || seg.facility);
}

/**
 * The place noun after whitespace at `at` ("  neighborhood", " border crossing") and where it
 * ends, or null. Words are read whole ([\w-]+) and only within NOUN_WINDOW characters of `at`,
 * so "districts" or a word cut by the window's end is no "district".
 */
export function nounAfter(sentence: string, at: number): { noun: string; end: number } | null {
  const limit = Math.min(sentence.length, at + NOUN_WINDOW);
  const start = spacesEnd(sentence, at, limit);
  // Most words after a name are no noun: test the first letter before slicing the word.
  if (start === at || !NOUN_INITIALS.has(sentence.charAt(start))) return null;
  const end = wordEnd(sentence, start, limit);
  const word = sentence.slice(start, end);
  const second = NOUN_PAIRS.get(word);
  if (second !== undefined) {
    const secondStart = spacesEnd(sentence, end, limit);
    const secondEnd = wordEnd(sentence, secondStart, limit);
    if (secondStart > end && sentence.slice(secondStart, secondEnd) === second)
      return { noun: `${word} ${second}`, end: secondEnd };
  }
  return NOUN_WORDS.has(word) ? { noun: word, end } : null;
}

/** Past the whitespace (regex \s) at `i`, up to `limit`. */
function spacesEnd(s: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isRegexSpace(s.charCodeAt(j))) j++;
  return j;
}

/** Past the word characters ([\w-]) at `i`, up to `limit`. */
function wordEnd(s: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isWordOrDash(s.charCodeAt(j))) j++;
  return j;
}

function isWordOrDash(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
