// An exact, faster equivalent of scanning a sentence with word-anchored alternations,
// `(?<![\w<notAfter>])(?:(A)|(B)|…)(?![\w-])`, as sources.ts does for its lexicon of known
// sources, its generic source heads, its reporting verbs and "according to".
//
// Irregexp tries every alternative at every word start, which made the lexicon scan the
// finder's main cost. Here each alternative's possible "leads" (its first word, and its second
// if any) are read off its pattern; every alternative must start with a word character, so a
// match starts at a word start and its first word is the sentence's word there. One regex, a
// trie of all the leads, finds the words where some match can start; at each, only the
// alternatives that can start with that word are tried, with one sticky regex per lexicon and
// word, kept in their original order. Ordered choice is unchanged: an alternative left out
// could not have matched at that start anyway. Patterns are read by lexicon-scan.ts's reader.

import { hasCapturingGroup, isWordCode, type PatternNode, readPattern } from "./lexicon-scan.js";

// --- Leads of a pattern: its first two words. ---

/** Longest lead accepted; a longer one means the pattern can repeat word characters. */
const MAX_LEAD = 60;

/**
 * How a match of `src` can start, as "leads": its first word, then (if the match goes on) the
 * non-word characters after it written as one " ", then its second word; "$" marks a word that
 * ends there. Letters are lowercased when `ignoreCase`. A superset is fine (lookarounds and \b
 * are ignored). Throws when a match could start with a non-word character, or its first word
 * could run on past the pattern in the text: `endsWord` says whether a non-word character
 * always follows a match.
 */
export function leads(src: string, ignoreCase: boolean, endsWord: boolean): Set<string> {
  const done = new Set<string>();
  try {
    for (const o of extend(readPattern(src), new Set([""]), done, ignoreCase)) {
      if (o === "") throw new Error("a match can be empty");
      if (o.endsWith(" ")) done.add(o);
      else if (endsWord) done.add(`${o}$`);
      else if (o.includes(" ")) done.add(o);
      else throw new Error("a first word can run on past the pattern");
    }
  } catch (e) {
    throw new Error(`source-scan: ${(e as Error).message} in ${src}`);
  }
  return done;
}

/** The first word of a lead. */
export function leadWord(lead: string): string {
  return lead.replace(/[ $].*$/, "");
}

/** The lead after one more character: a word character, or " " for any other. Null when complete. */
function step(lead: string, c: string, done: Set<string>): string | null {
  if (c !== " ") {
    if (lead.length >= MAX_LEAD) throw new Error("unbounded lead");
    return lead + c;
  }
  if (lead === "") throw new Error("a match can start without a word character");
  if (lead.endsWith(" ")) return lead;
  if (!lead.includes(" ")) return `${lead} `;
  done.add(`${lead}$`);
  return null;
}

/**
 * The leads still open after `node`, given those open before it; complete ones go to `done`.
 * Word characters are lowercased when `fold` (the lexicon ignores case).
 */
function extend(node: PatternNode, open: Set<string>, done: Set<string>, fold: boolean): Set<string> {
  switch (node.kind) {
    case "empty":
      return open;
    case "chars": {
      const word = fold ? new Set(node.word.map((c) => c.toLowerCase())) : node.word;
      const chars = node.nonWord ? [...word, " "] : [...word];
      const out = new Set<string>();
      for (const o of open)
        for (const c of chars) {
          const next = step(o, c, done);
          if (next !== null) out.add(next);
        }
      return out;
    }
    case "seq":
      return node.items.reduce((acc, item) => (acc.size > 0 ? extend(item, acc, done, fold) : acc), open);
    case "alt": {
      const out = new Set<string>();
      for (const a of node.alts) for (const o of extend(a, open, done, fold)) out.add(o);
      return out;
    }
    case "repeat": {
      let cur = open;
      for (let i = 0; i < node.min; i++) cur = extend(node.node, cur, done, fold);
      const out = new Set(cur);
      // Stop once another repetition adds nothing new: every lead it reaches was extended already.
      for (let i = node.min; i < node.max && cur.size > 0; i++) {
        cur = extend(node.node, cur, done, fold);
        const before = out.size;
        for (const o of cur) out.add(o);
        if (out.size === before) break;
      }
      return out;
    }
  }
}

// --- The scanner. ---

/** One word-anchored alternation: `(?<![\w<notAfter>])(?:(A)|(B)|…)<tail>`, global. */
export interface Lexicon {
  alternatives: readonly string[];
  ignoreCase: boolean;
  /** Characters other than \w that, right before a word, keep a match from starting there. */
  notAfter: string;
  /** What must follow a match: not a word character or hyphen, or anything. */
  tail: "(?![\\w-])" | "";
}

/** One match: where it starts and ends, and which alternative matched. */
export interface AlternativeMatch {
  index: number;
  end: number;
  text: string;
  /** Index of the alternative in its lexicon. */
  alternative: number;
}

/** The alternatives of one lexicon that can start with one word, as one sticky regex in their order. */
interface Bucket {
  re: RegExp;
  /** Capture group k + 1 of `re` is alternative `alternatives[k]`. */
  alternatives: number[];
}

/**
 * Several lexicons scanned in one pass: a sentence is searched once for the words any of them
 * can start with, and each lexicon's matches come out exactly as its own global regex finds them.
 */
export class LexiconScanner<K extends string> {
  private readonly kinds: K[];
  /** Per lexicon (in `kinds` order), the char codes that keep a match from starting after them. */
  private readonly notAfter: number[][];
  /** First word's key (see wordKey) → per lexicon the bucket to try there, if any. */
  private readonly slots = new Map<number, Array<Bucket | undefined>>();
  /** Every first word, as a trie: irregexp then tries a few letters per word, not every alternative. */
  private readonly guard: RegExp;
  private readonly starts = new Map<K, Set<string>>();
  /** scan()'s result with every kind present, to copy. */
  private readonly shape = {} as Record<K, AlternativeMatch[]>;

  constructor(lexicons: Record<K, Lexicon>) {
    this.kinds = Object.keys(lexicons) as K[];
    for (const k of this.kinds) this.shape[k] = [];
    const specs = this.kinds.map((k) => lexicons[k]);
    this.notAfter = specs.map((spec) => [...spec.notAfter].map((c) => c.charCodeAt(0)));
    const allLeads = new Set<string>();
    specs.forEach((spec, i) => {
      // Words sharing a key share a bucket: it then holds alternatives that cannot match, which is harmless.
      const byKey = new Map<number, number[]>();
      const starts = new Set<string>();
      this.starts.set(this.kinds[i] as K, starts);
      spec.alternatives.forEach((src, k) => {
        // The matching alternative is read off the capture group numbers.
        if (hasCapturingGroup(src)) throw new Error(`source-scan: a capturing group in ${src}`);
        for (const lead of leads(src, spec.ignoreCase, spec.tail !== "")) {
          allLeads.add(lead.toLowerCase());
          const w = leadWord(lead);
          starts.add(w.toLowerCase());
          const key = wordKey(w);
          const alts = byKey.get(key) ?? [];
          if (alts[alts.length - 1] !== k) alts.push(k);
          byKey.set(key, alts);
        }
      });
      const flags = spec.ignoreCase ? "iy" : "y";
      for (const [key, alts] of byKey) {
        const src = alts.map((k) => `(${spec.alternatives[k]})`).join("|");
        const slot = this.slots.get(key) ?? [];
        slot[i] = { re: new RegExp(`(?:${src})${spec.tail}`, flags), alternatives: alts };
        this.slots.set(key, slot);
      }
    });
    // \b is cheaper than a lookbehind; the characters it lets through are checked per lexicon.
    this.guard = new RegExp(`\\b${leadTrie([...allLeads])}`, "gi");
  }

  /** The words (lowercased) that matches of the given lexicons can start with. */
  firstWords(kinds: readonly K[]): string[] {
    return [...new Set(kinds.flatMap((k) => [...(this.starts.get(k) ?? [])]))];
  }

  /** Each lexicon's matches in `s`, left to right. */
  scan(s: string): Record<K, AlternativeMatch[]> {
    const n = this.kinds.length;
    const found: AlternativeMatch[][] = [];
    /** Per lexicon, where its next match may start: a match's span is skipped, as in a global regex. */
    const from: number[] = [];
    for (let i = 0; i < n; i++) {
      found.push([]);
      from.push(0);
    }
    const guard = this.guard;
    guard.lastIndex = 0;
    for (let lead = guard.exec(s); lead; lead = guard.exec(s)) {
      const p = lead.index;
      // The first word's key and end in one walk; the next lead may start at the next word.
      // (Read from the matched text: a fresh flat string is quicker to index than the sentence.)
      const text = lead[0];
      let key = KEY_SEED;
      let len = 0;
      for (let c = text.charCodeAt(0); isWordCode(c); c = text.charCodeAt(++len)) key = nextKey(key, c);
      guard.lastIndex = p + len;
      const slot = this.slots.get(key & KEY_MASK);
      if (!slot) continue;
      const before = p > 0 ? s.charCodeAt(p - 1) : -1;
      for (let i = 0; i < slot.length; i++) {
        const bucket = slot[i];
        if (!bucket || p < (from[i] as number) || (this.notAfter[i] as number[]).includes(before)) continue;
        bucket.re.lastIndex = p;
        const m = bucket.re.exec(s);
        if (!m) continue;
        let g = 1;
        while (m[g] === undefined) g++;
        const alternative = bucket.alternatives[g - 1] as number;
        (found[i] as AlternativeMatch[]).push({ index: p, end: p + m[0].length, text: m[0], alternative });
        from[i] = p + m[0].length;
      }
    }
    // A copy of a template keeps one object shape, so the stores below stay fast.
    const out = { ...this.shape };
    for (let i = 0; i < n; i++) out[this.kinds[i] as K] = found[i] as AlternativeMatch[];
    return out;
  }
}

/** A number for a word, the same for all its letter cases (FNV-1a over lowercased char codes). */
function wordKey(word: string): number {
  let key = KEY_SEED;
  for (let i = 0; i < word.length; i++) key = nextKey(key, word.charCodeAt(i));
  return key & KEY_MASK;
}

const KEY_SEED = 0x811c9dc5 | 0;
/** Keys are kept small integers, which V8 stores unboxed. */
const KEY_MASK = 0x3fffffff;

function nextKey(key: number, c: number): number {
  return Math.imul(key ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
}

/** A regex source matching the leads of `leads` (see leads()), factored by shared prefixes. */
export function leadTrie(leads: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let endsHere = false;
  for (const l of leads) {
    if (l === "") endsHere = true;
    else byFirst.set(l.charAt(0), [...(byFirst.get(l.charAt(0)) ?? []), l.slice(1)]);
  }
  const alts = [...byFirst].map(([c, rest]) => (LEAD_TOKENS[c] ?? c) + leadTrie(rest));
  if (alts.length === 0) return "";
  if (alts.length === 1 && !endsHere) return alts[0] as string;
  return `(?:${alts.join("|")})${endsHere ? "?" : ""}`;
}

/** The regex for a lead's marks: " " is a run of non-word characters, "$" the end of a word. */
const LEAD_TOKENS: Record<string, string> = { " ": "\\W+", $: "(?!\\w)" };
