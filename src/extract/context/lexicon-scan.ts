// Fast, exact stand-ins for big word-anchored lexicon alternations. Such an alternation is
// slow: irregexp tries the lookbehind and then every alternative at every character. Both
// scanners here read each alternative's regex source once (one reader, at the end of this file)
// to know how its matches can start, then try only the alternatives that can start at a word:
// - LexiconScanner: one case-insensitive lexicon, `exec` like its global regex (actors.ts,
//   weapons.ts); entries picked by their first few letters. PrefixIndex is that table alone
//   (actor-adjectives.ts).
// - MultiLexiconScanner: several lexicons in one pass, each with its own case and boundaries
//   (sources.ts); alternatives picked by their whole first word.
//
// --- LexiconScanner ---
// It stands in for one big case-insensitive lexicon regex of the form
//   /(?<![NOT_BEFORE])(?:(A)(?![NOT_AFTER])|(B)(?![NOT_AFTER])|…)/gi
// whose first matching alternative names the entry.
//
// The scanner finds exactly the same matches in two steps, both built once from a static reading
// of how each entry's source can start:
// 1. a small "gate" regex (a trie of the entries' first GATE_DEPTH characters) finds the word
//    starts where any entry could match; most words ("the", "and", "killed") fail it at once;
// 2. at such a start, a table keyed by the next CELL_DEPTH characters gives the entries that can
//    start there, each tried as a sticky regex in table order, so the first entry that matches
//    still wins. One sticky regex per entry, not an alternation: irregexp runs small ones faster;
//    and `test` rather than `exec`: no match arrays to build.

/** Characters are classed by lowercase ASCII letter (the match is case-insensitive), all else OTHER. */
const OTHER = 26;
const KEYS = OTHER + 1;
/** How many characters of a match the gate looks at. */
const GATE_DEPTH = 6;
/** How many characters of a match pick the entries to try. */
const CELL_DEPTH = 3;

/** One match of a lexicon: which entry (alternative) matched, where, and its text. */
export interface LexiconMatch {
  /** Index of the matching entry in the table (or lexicon's alternatives) given to the scanner. */
  entry: number;
  start: number;
  end: number;
  text: string;
}

export class LexiconScanner {
  /** Matches at the word starts where some entry may match. */
  private readonly gate: RegExp;
  /** Each entry as a sticky regex, with its end condition. */
  private readonly entryRes: RegExp[];
  private readonly index: PrefixIndex;
  private readonly notBefore: RegExp;
  private readonly blockedAscii = new Uint8Array(128);

  /**
   * @param sources the entries' regex sources, in priority order (no capturing groups).
   * @param notBefore a character-class source ("[\\w'’-]") no match may follow.
   * @param notAfter a character-class source no match may be followed by.
   */
  constructor(sources: readonly string[], notBefore: string, notAfter: string) {
    this.notBefore = new RegExp(`^${notBefore}$`, "i");
    for (let c = 0; c < 128; c++) this.blockedAscii[c] = this.notBefore.test(String.fromCharCode(c)) ? 1 : 0;
    const roots = sources.map((src) => {
      if (hasCapturingGroup(src)) throw new Error(`lexicon entry has a capturing group: ${src}`);
      return readSource(src);
    });
    // One reading of each entry's first GATE_DEPTH characters serves the gate and the cells.
    const starts = roots.map((root) => startPaths(root, GATE_DEPTH));
    this.gate = this.buildGate(starts, notBefore);
    this.entryRes = sources.map((src) => new RegExp(`(?:${src})(?!${notAfter})`, "iy"));
    this.index = new PrefixIndex(starts);
  }

  /** The first match at or after `from`, as the global regex's `exec` with `lastIndex = from`. */
  exec(text: string, from: number): LexiconMatch | null {
    const gate = this.gate;
    gate.lastIndex = from;
    for (let g = gate.exec(text); g; g = gate.exec(text)) {
      const p = g.index;
      // The next start may lie inside this gate match ("al Qaeda").
      gate.lastIndex = p + 1;
      if (p > 0 && this.isBlocked(text.charCodeAt(p - 1))) continue;
      for (const entry of this.index.at(text, p)) {
        const re = this.entryRes[entry] as RegExp;
        re.lastIndex = p;
        if (re.test(text)) return { entry, start: p, end: re.lastIndex, text: text.slice(p, re.lastIndex) };
      }
    }
    return null;
  }

  private isBlocked(c: number): boolean {
    return c < 128 ? this.blockedAscii[c] === 1 : this.notBefore.test(String.fromCharCode(c));
  }

  /**
   * The trie of every entry's possible first characters, after a word boundary when that is
   * enough: every entry starts with a letter and no match may follow a word character, so each
   * start the lookbehind allows is a \b (the cheaper test); exec still checks the lookbehind.
   */
  private buildGate(starts: string[][], notBefore: string): RegExp {
    const all = new Set(starts.flat());
    const lettersFirst = [...all].every((path) => path !== "" && path.charCodeAt(0) !== OTHER);
    const wordCharsBlocked = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"].every(
      (c) => this.isBlocked(c.charCodeAt(0)),
    );
    const boundary = lettersFirst && wordCharsBlocked ? "\\b" : `(?<!${notBefore})`;
    return new RegExp(`${boundary}${trieSource([...all])}`, "gi");
  }
}

/**
 * The entries that can match at a position, by the CELL_DEPTH characters there: a table built
 * from the entries' start paths, keeping table order.
 */
export class PrefixIndex {
  /** Index into `buckets` by the key of the CELL_DEPTH characters at a position; 0: no entry. */
  private readonly cells = new Uint16Array(KEYS ** CELL_DEPTH);
  /** Lists of entry indices, in table order. */
  private readonly buckets: number[][] = [[]];

  /** The index of some regex sources (each to match on its own, case-insensitively). */
  static of(sources: readonly string[]): PrefixIndex {
    return new PrefixIndex(sources.map((src) => sourceStartPaths(src, CELL_DEPTH)));
  }

  /** @param starts per entry, its start paths (of any depth; only CELL_DEPTH keys are used). */
  constructor(starts: readonly string[][]) {
    this.buildCells(starts);
  }

  /** The entries, in table order, that may match starting at `p` in `text`. */
  at(text: string, p: number): readonly number[] {
    const cell =
      (keyOf(text.charCodeAt(p)) * KEYS + keyOf(text.charCodeAt(p + 1))) * KEYS +
      keyOf(text.charCodeAt(p + 2));
    return this.buckets[this.cells[cell] as number] as number[];
  }

  /** Fills the cells: each entry, in table order, joins the list of every cell it can start. */
  private buildCells(starts: readonly string[][]): void {
    // A cell's list grows one entry at a time; equal lists are shared, found by (list, entry).
    const grown = new Map<string, number>();
    starts.forEach((paths, entry) => {
      for (const path of new Set(paths.map((p) => p.slice(0, CELL_DEPTH)))) {
        forEachCell(path, (cell) => {
          const list = this.cells[cell] as number;
          if (this.buckets[list]?.at(-1) === entry) return;
          const key = `${list},${entry}`;
          let next = grown.get(key);
          if (next === undefined) {
            next = this.buckets.push([...(this.buckets[list] as number[]), entry]) - 1;
            grown.set(key, next);
          }
          this.cells[cell] = next;
        });
      }
    });
  }
}

/** The class of a character code; past the end of the text (NaN) reads as OTHER. */
function keyOf(c: number): number {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 97 : OTHER;
}

/** Calls `fn` with every table cell whose first characters are `path` (shorter paths: any rest). */
function forEachCell(path: string, fn: (cell: number) => void): void {
  let base = 0;
  for (let i = 0; i < CELL_DEPTH; i++) base = base * KEYS + (i < path.length ? path.charCodeAt(i) : 0);
  const span = KEYS ** (CELL_DEPTH - path.length);
  for (let cell = base; cell < base + span; cell++) fn(cell);
}

/** A regex source matching any text that starts with one of `paths` (a trie, by first key). */
function trieSource(paths: string[]): string {
  if (paths.includes("")) return "";
  const byFirst = new Map<number, string[]>();
  for (const path of paths) {
    const k = path.charCodeAt(0);
    const rests = byFirst.get(k) ?? [];
    rests.push(path.slice(1));
    byFirst.set(k, rests);
  }
  const alternatives = [...byFirst].map(([k, rests]) => keySource(k) + trieSource(rests));
  return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join("|")})`;
}

/** One key as a regex atom (case-insensitive): the letter, or any character but an ASCII letter. */
function keySource(k: number): string {
  return k === OTHER ? "[^a-z]" : String.fromCharCode(97 + k);
}

export function hasCapturingGroup(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(src, i);
    else if (c === "(" && src[i + 1] !== "?") return true;
    else if (c === "(" && src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!") return true;
  }
  return false;
}

// --- How a regex source can start, as the paths of its first characters' keys. ---
// An entry tried where it cannot match costs time, not correctness, so the paths may
// over-approximate but never under-approximate; a source the reader refuses may start anywhere.

/** Paths are strings of character keys (one UTF-16 unit per key). */
interface Paths {
  /** Paths of the depth asked for: the match may go on. */
  full: Set<string>;
  /** Shorter paths at which the match may end. */
  ended: Set<string>;
}

/** The syntax tree of a regex source, or null when the reader does not know all of it. */
function readSource(src: string): PatternNode | null {
  try {
    return readPattern(src);
  } catch (e) {
    if (e instanceof UnreadablePattern) return null;
    throw e;
  }
}

/** The key strings of `depth` (or fewer, when the match may end) a match can start with. */
function startPaths(root: PatternNode | null, depth: number): string[] {
  if (root === null) return [""];
  const p = paths(root, depth);
  return [...p.full, ...p.ended];
}

/** The key strings a match of `src` can start with; "" (anything) when it cannot be read. */
export function sourceStartPaths(src: string, depth: number): string[] {
  return startPaths(readSource(src), depth);
}

function paths(node: PatternNode, depth: number): Paths {
  if (depth === 0) return { full: new Set([""]), ended: new Set() };
  switch (node.kind) {
    case "empty":
      return { full: new Set(), ended: new Set([""]) };
    case "chars": {
      const one = new Set(charKeys(node).map((k) => String.fromCharCode(k)));
      return depth === 1 ? { full: one, ended: new Set() } : { full: new Set(), ended: one };
    }
    case "alt": {
      const out: Paths = { full: new Set(), ended: new Set() };
      for (const item of node.alts) addAll(out, paths(item, depth));
      return out;
    }
    case "seq": {
      let out: Paths = { full: new Set(), ended: new Set([""]) };
      for (const item of node.items) out = extend(out.ended, item, depth, out.full);
      return out;
    }
    case "repeat":
      return repeat(node.node, node.min, node.max, depth);
  }
}

/** The paths of `heads` each followed by `node`, up to `depth` keys; full ones are added to `full`. */
function extend(heads: Set<string>, node: PatternNode, depth: number, full = new Set<string>()): Paths {
  const ended = new Set<string>();
  const byRoom = new Map<number, Paths>();
  for (const head of heads) {
    const room = depth - head.length;
    let tail = byRoom.get(room);
    if (!tail) {
      tail = paths(node, room);
      byRoom.set(room, tail);
    }
    for (const t of tail.full) full.add(head + t);
    for (const t of tail.ended) ended.add(head + t);
  }
  return { full, ended };
}

function repeat(node: PatternNode, min: number, max: number, depth: number): Paths {
  let out: Paths = { full: new Set(), ended: new Set([""]) };
  for (let i = 0; i < min; i++) out = extend(out.ended, node, depth, out.full);
  // Optional copies: only paths not seen before go on (an earlier one had as many copies left).
  let frontier = out.ended;
  for (let i = min; i < max && frontier.size > 0; i++) {
    const step = extend(frontier, node, depth, out.full);
    frontier = new Set([...step.ended].filter((p) => !out.ended.has(p)));
    for (const p of frontier) out.ended.add(p);
  }
  return out;
}

function addAll(into: Paths, from: Paths): void {
  for (const p of from.full) into.full.add(p);
  for (const p of from.ended) into.ended.add(p);
}

/** The keys of the characters a "chars" node matches: letters by lowercase letter, all else OTHER. */
function charKeys(node: { word: readonly string[]; nonWord: boolean }): number[] {
  const keys = new Set(node.word.map((c) => keyOf(c.charCodeAt(0))));
  if (node.nonWord) keys.add(OTHER);
  return [...keys];
}

// --- MultiLexiconScanner ---
// An exact, faster equivalent of scanning a sentence with word-anchored alternations,
// `(?<![\w<notBefore>])(?:(A)|(B)|…)(?![\w-])`, as sources.ts does for its lexicon of known
// sources, its generic source heads, its reporting verbs and "according to".
//
// Irregexp tries every alternative at every word start, which made the lexicon scan the
// finder's main cost. Here each alternative's possible "leads" (its first word, and its second
// if any) are read off its pattern; every alternative must start with a word character, so a
// match starts at a word start and its first word is the sentence's word there. One regex, a
// trie of all the leads, finds the words where some match can start; at each, only the
// alternatives that can start with that word are tried, with one sticky regex per lexicon and
// word, kept in their original order. Ordered choice is unchanged: an alternative left out
// could not have matched at that start anyway.

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
    for (const o of extendLeads(readPattern(src), new Set([""]), done, ignoreCase)) {
      if (o === "") throw new Error("a match can be empty");
      if (o.endsWith(" ")) done.add(o);
      else if (endsWord) done.add(`${o}$`);
      else if (o.includes(" ")) done.add(o);
      else throw new Error("a first word can run on past the pattern");
    }
  } catch (e) {
    throw new Error(`lexicon-scan: ${(e as Error).message} in ${src}`);
  }
  return done;
}

/** The first word of a lead. */
export function leadWord(lead: string): string {
  return lead.replace(/[ $].*$/, "");
}

/** The lead after one more character: a word character, or " " for any other. Null when complete. */
function stepLead(lead: string, c: string, done: Set<string>): string | null {
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
function extendLeads(node: PatternNode, open: Set<string>, done: Set<string>, fold: boolean): Set<string> {
  switch (node.kind) {
    case "empty":
      return open;
    case "chars": {
      const word = fold ? new Set(node.word.map((c) => c.toLowerCase())) : node.word;
      const chars = node.nonWord ? [...word, " "] : [...word];
      const out = new Set<string>();
      for (const o of open)
        for (const c of chars) {
          const next = stepLead(o, c, done);
          if (next !== null) out.add(next);
        }
      return out;
    }
    case "seq":
      return node.items.reduce(
        (acc, item) => (acc.size > 0 ? extendLeads(item, acc, done, fold) : acc),
        open,
      );
    case "alt": {
      const out = new Set<string>();
      for (const a of node.alts) for (const o of extendLeads(a, open, done, fold)) out.add(o);
      return out;
    }
    case "repeat": {
      let cur = open;
      for (let i = 0; i < node.min; i++) cur = extendLeads(node.node, cur, done, fold);
      const out = new Set(cur);
      // Stop once another repetition adds nothing new: every lead it reaches was extended already.
      for (let i = node.min; i < node.max && cur.size > 0; i++) {
        cur = extendLeads(node.node, cur, done, fold);
        const before = out.size;
        for (const o of cur) out.add(o);
        if (out.size === before) break;
      }
      return out;
    }
  }
}

// --- The scanner of several lexicons. ---

/** One word-anchored alternation: `(?<![\w<notBefore>])(?:(A)|(B)|…)<tail>`, global. */
export interface Lexicon {
  alternatives: readonly string[];
  ignoreCase: boolean;
  /** Characters besides \w that may not come right before a match (as LexiconScanner's notBefore class). */
  notBefore: string;
  /** What must follow a match: not a word character or hyphen, or anything. */
  tail: "(?![\\w-])" | "";
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
export class MultiLexiconScanner<K extends string> {
  private readonly kinds: K[];
  /** Per lexicon (in `kinds` order), the char codes that keep a match from starting after them. */
  private readonly notBefore: number[][];
  /** First word's key (see wordKey) → per lexicon the bucket to try there, if any. */
  private readonly slots = new Map<number, Array<Bucket | undefined>>();
  /** Every first word, as a trie: irregexp then tries a few letters per word, not every alternative. */
  private readonly guard: RegExp;
  private readonly starts = new Map<K, Set<string>>();
  /** scan()'s result with every kind present, to copy. */
  private readonly shape = {} as Record<K, LexiconMatch[]>;

  constructor(lexicons: Record<K, Lexicon>) {
    this.kinds = Object.keys(lexicons) as K[];
    for (const k of this.kinds) this.shape[k] = [];
    const specs = this.kinds.map((k) => lexicons[k]);
    this.notBefore = specs.map((spec) => [...spec.notBefore].map((c) => c.charCodeAt(0)));
    const allLeads = new Set<string>();
    specs.forEach((spec, i) => {
      // Words sharing a key share a bucket: it then holds alternatives that cannot match, which is harmless.
      const byKey = new Map<number, number[]>();
      const starts = new Set<string>();
      this.starts.set(this.kinds[i] as K, starts);
      spec.alternatives.forEach((src, k) => {
        // The matching alternative is read off the capture group numbers.
        if (hasCapturingGroup(src)) throw new Error(`lexicon-scan: a capturing group in ${src}`);
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
  scan(s: string): Record<K, LexiconMatch[]> {
    const n = this.kinds.length;
    const found: LexiconMatch[][] = [];
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
        if (!bucket || p < (from[i] as number) || (this.notBefore[i] as number[]).includes(before)) continue;
        bucket.re.lastIndex = p;
        const m = bucket.re.exec(s);
        if (!m) continue;
        let g = 1;
        while (m[g] === undefined) g++;
        const alternative = bucket.alternatives[g - 1] as number;
        (found[i] as LexiconMatch[]).push({ entry: alternative, start: p, end: p + m[0].length, text: m[0] });
        from[i] = p + m[0].length;
      }
    }
    // A copy of a template keeps one object shape, so the stores below stay fast.
    const out = { ...this.shape };
    for (let i = 0; i < n; i++) out[this.kinds[i] as K] = found[i] as LexiconMatch[];
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

// --- The regex-source reader shared by both analyses (start paths and leads). ---
// It reads the syntax the lexicons use: literals, escapes, classes, groups, lookarounds,
// alternation and quantifiers. Lookarounds, anchors and \b consume nothing and read as empty
// (they only narrow a match, so ignoring them over-approximates). Anything else throws
// UnreadablePattern rather than being misread.

/** A parsed regex source, reduced to which characters each position can match. */
export type PatternNode =
  /** One character: the word characters (\w, as written) it can be, and whether any non-word one. */
  | { kind: "chars"; word: readonly string[]; nonWord: boolean }
  | { kind: "seq"; items: PatternNode[] }
  | { kind: "alt"; alts: PatternNode[] }
  | { kind: "repeat"; node: PatternNode; min: number; max: number }
  | { kind: "empty" };

export class UnreadablePattern extends Error {}

/** The syntax tree of a regex source (read without the "u" flag). */
export function readPattern(src: string): PatternNode {
  const r: Reader = { src, i: 0 };
  const root = readAlternation(r);
  if (r.i !== src.length) throw new UnreadablePattern(`unbalanced ")"`);
  return root;
}

/** A word character of the regex class \w (ASCII only, as without the "u" flag). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const WORD_CHARS: readonly string[] = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"];
const DIGITS: readonly string[] = [..."0123456789"];
const ANY_CHAR = { word: WORD_CHARS, nonWord: true };
/** Class escapes as the characters they match. */
const CLASS_ESCAPES: Record<string, { word: readonly string[]; nonWord: boolean }> = {
  s: { word: [], nonWord: true },
  S: ANY_CHAR,
  w: { word: WORD_CHARS, nonWord: false },
  W: { word: [], nonWord: true },
  d: { word: DIGITS, nonWord: false },
  D: { word: WORD_CHARS.filter((c) => !DIGITS.includes(c)), nonWord: true },
};

interface Reader {
  src: string;
  i: number;
}

function readAlternation(r: Reader): PatternNode {
  const alts = [readSequence(r)];
  while (r.src[r.i] === "|") {
    r.i++;
    alts.push(readSequence(r));
  }
  return alts.length === 1 ? (alts[0] as PatternNode) : { kind: "alt", alts };
}

function readSequence(r: Reader): PatternNode {
  const items: PatternNode[] = [];
  while (r.i < r.src.length && r.src[r.i] !== "|" && r.src[r.i] !== ")") items.push(readQuantified(r));
  return { kind: "seq", items };
}

function readQuantified(r: Reader): PatternNode {
  const node = readAtom(r);
  const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})/.exec(r.src.slice(r.i, r.i + 12));
  if (!q) return node;
  r.i += q[0].length;
  if (r.src[r.i] === "?") r.i++; // lazy
  if (q[0] === "?") return { kind: "repeat", node, min: 0, max: 1 };
  if (q[0] === "*") return { kind: "repeat", node, min: 0, max: Number.POSITIVE_INFINITY };
  if (q[0] === "+") return { kind: "repeat", node, min: 1, max: Number.POSITIVE_INFINITY };
  const min = Number(q[1]);
  const max = q[2] === undefined ? min : q[3] === "" ? Number.POSITIVE_INFINITY : Number(q[3]);
  return { kind: "repeat", node, min, max };
}

function readAtom(r: Reader): PatternNode {
  const c = r.src[r.i] as string;
  if (c === "(") return readGroup(r);
  if (c === "[") {
    const end = classEnd(r.src, r.i);
    const chars = classChars(r.src.slice(r.i + 1, end));
    r.i = end + 1;
    return { kind: "chars", ...chars };
  }
  if (c === "\\") {
    const e = r.src[r.i + 1];
    r.i += 2;
    if (e === "b" || e === "B") return { kind: "empty" };
    return { kind: "chars", ...escapeChars(e) };
  }
  if ("?*+{}".includes(c)) throw new UnreadablePattern(`unsupported "${c}"`);
  r.i++;
  if (c === "^" || c === "$") return { kind: "empty" };
  if (c === ".") return { kind: "chars", ...ANY_CHAR };
  return { kind: "chars", ...literalChars(c.charCodeAt(0)) };
}

function readGroup(r: Reader): PatternNode {
  const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z_$][\w$]*>)?/.exec(r.src.slice(r.i, r.i + 40));
  if (!head || (head[1] === undefined && r.src[r.i + 1] === "?"))
    throw new UnreadablePattern(`unsupported group`); // (?i:…)
  r.i += head[0].length;
  const inner = readAlternation(r);
  if (r.src[r.i] !== ")") throw new UnreadablePattern(`unclosed group`);
  r.i++;
  // Lookarounds consume nothing: the characters after them start the match.
  const zeroWidth = head[1] === "?=" || head[1] === "?!" || head[1] === "?<=" || head[1] === "?<!";
  return zeroWidth ? { kind: "empty" } : inner;
}

/** Index of the "]" closing the class opened at `open`. */
function classEnd(src: string, open: number): number {
  let i = open + 1;
  if (src[i] === "^") i++;
  if (src[i] === "]") i++;
  for (; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "]") return i;
  }
  throw new UnreadablePattern("unclosed class");
}

function literalChars(c: number): { word: readonly string[]; nonWord: boolean } {
  return isWordCode(c) ? { word: [String.fromCharCode(c)], nonWord: false } : { word: [], nonWord: true };
}

function classChars(body: string): { word: readonly string[]; nonWord: boolean } {
  if (body.startsWith("^")) return ANY_CHAR;
  const word = new Set<string>();
  let nonWord = false;
  for (let i = 0; i < body.length; i++) {
    let lo = body.charCodeAt(i);
    if (body[i] === "\\") {
      const e = body[++i];
      if (e !== undefined && /[A-Za-z0-9]/.test(e)) {
        // A class escape (\w, \s, \d): a set, not the start of a range.
        const set = escapeChars(e);
        for (const c of set.word) word.add(c);
        nonWord ||= set.nonWord;
        continue;
      }
      lo = body.charCodeAt(i);
    }
    let hi = lo;
    if (body[i + 1] === "-" && i + 2 < body.length) {
      if (body[i + 2] === "\\") throw new UnreadablePattern("unsupported class range");
      hi = body.charCodeAt(i + 2);
      i += 2;
    }
    for (let c = lo; c <= hi; c++) {
      if (isWordCode(c)) word.add(String.fromCharCode(c));
      else nonWord = true;
      if (c > 127) break; // the rest are non-word characters too
    }
  }
  return { word: [...word], nonWord };
}

/** The characters of an escape: a class escape (\w, \s, \d…) or escaped punctuation (itself). */
function escapeChars(e: string | undefined): { word: readonly string[]; nonWord: boolean } {
  if (e === undefined) throw new UnreadablePattern("trailing backslash");
  const cls = CLASS_ESCAPES[e];
  if (cls) return cls;
  // Other escaped letters and digits (\n, \x41, \u…, back-references) are not read.
  if (/[A-Za-z0-9]/.test(e)) throw new UnreadablePattern(`unsupported \\${e}`);
  return literalChars(e.charCodeAt(0));
}
