// A faster stand-in for one large case-insensitive alternation regex scanned with "g".
//
// V8 tries the alternatives of `(?:(a)|(b)|…)` one after another at every word start, so a
// few hundred alternatives cost ~60 ns per word. Here each alternative's possible first two
// characters are worked out once from its source, and at each position only the alternatives
// that can start with the two characters found there are tried, as a small sticky regex.
// Dropping alternatives that cannot match at a position keeps the leftmost-first result, so
// matches, texts and the winning spec are the same as the big regex's.

/** Index for a char code: ASCII as is, everything else (and end of text) shares slot 128. */
const N = 129;

type CharSet = Uint8Array; // N flags

interface Info {
  nullable: boolean;
  first: CharSet;
  /** Chars c such that the node can match exactly "c". */
  single: CharSet;
  /** First two chars of matches of length ≥ 2, as a union of products. */
  pairs: Array<[CharSet, CharSet]>;
}

const EMPTY_SET = new Uint8Array(N);
const ANY_SET = new Uint8Array(N).fill(1);

function union(a: CharSet, b: CharSet): CharSet {
  const o = new Uint8Array(N);
  for (let i = 0; i < N; i++) o[i] = a[i] || b[i] ? 1 : 0;
  return o;
}

function nonEmpty(a: CharSet): boolean {
  return a.includes(1);
}

/** XY from X and Y (a superset where exactness would be costly). */
function concat(x: Info, y: Info): Info {
  const pairs = x.pairs.slice();
  if (nonEmpty(x.single) && nonEmpty(y.first)) pairs.push([x.single, y.first]);
  if (x.nullable) pairs.push(...y.pairs);
  return {
    nullable: x.nullable && y.nullable,
    first: x.nullable ? union(x.first, y.first) : x.first,
    single: union(y.nullable ? x.single : EMPTY_SET, x.nullable ? y.single : EMPTY_SET),
    pairs,
  };
}

function alt(a: Info, b: Info): Info {
  return {
    nullable: a.nullable || b.nullable,
    first: union(a.first, b.first),
    single: union(a.single, b.single),
    pairs: [...a.pairs, ...b.pairs],
  };
}

const EMPTY_INFO: Info = { nullable: true, first: EMPTY_SET, single: EMPTY_SET, pairs: [] };

const atomSets = new Map<string, CharSet>();

/** The chars one atom (literal, escape or class) can match under the "i" flag. */
function atomSet(src: string): CharSet {
  const known = atomSets.get(src);
  if (known) return known;
  const re = new RegExp(`^${src}$`, "i");
  const o = new Uint8Array(N);
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) o[c] = 1;
  // Anything beyond ASCII (non-ASCII spaces, "’", "é", negated classes) lands in slot 128.
  // No non-ASCII char folds to an ASCII letter under a non-unicode "i" regex.
  let wide = /\\[sSWDBpP]|^\[\^|^\.$/.test(src);
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) > 127) wide = true;
  if (wide) o[128] = 1;
  atomSets.set(src, o);
  return o;
}

/** Parses the regex source subset used by the finders and computes its Info. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Error(`scan: unexpected ")" at ${this.i}`);
    return info;
  }

  private disjunction(): Info {
    let info = this.sequence();
    while (this.src[this.i] === "|") {
      this.i++;
      info = alt(info, this.sequence());
    }
    return info;
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")")
      items.push(this.quantified());
    let info = EMPTY_INFO;
    for (let k = items.length - 1; k >= 0; k--) info = concat(items[k] as Info, info);
    return info;
  }

  private quantified(): Info {
    const atom = this.atom();
    const s = this.src;
    let min = 1;
    let max = 1;
    const ch = s[this.i];
    if (ch === "?" || ch === "*" || ch === "+") {
      this.i++;
      min = ch === "+" ? 1 : 0;
      max = ch === "?" ? 1 : Number.POSITIVE_INFINITY;
    } else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      }
    }
    if (s[this.i] === "?" && (min !== 1 || max !== 1)) this.i++; // lazy
    if (atom === null) return EMPTY_INFO; // assertions are zero-width; quantified or not
    if (min === 1 && max === 1) return atom;
    const pairs = atom.pairs.slice();
    if (max >= 2 && nonEmpty(atom.single) && nonEmpty(atom.first)) pairs.push([atom.single, atom.first]);
    return {
      nullable: min === 0 || atom.nullable,
      first: atom.first,
      single: max >= 1 ? atom.single : EMPTY_SET,
      pairs: max >= 1 ? pairs : [],
    };
  }

  /** One atom; null for a zero-width assertion. */
  private atom(): Info | null {
    const s = this.src;
    const ch = s[this.i] as string;
    if (ch === "(") {
      let look = false;
      if (s.startsWith("(?:", this.i)) this.i += 3;
      else if (s.startsWith("(?=", this.i) || s.startsWith("(?!", this.i)) {
        this.i += 3;
        look = true;
      } else if (s.startsWith("(?<=", this.i) || s.startsWith("(?<!", this.i)) {
        this.i += 4;
        look = true;
      } else throw new Error("scan: capture groups or named groups are not supported");
      const inner = this.disjunction();
      if (s[this.i] !== ")") throw new Error("scan: unbalanced group");
      this.i++;
      return look ? null : inner;
    }
    if (ch === "^" || ch === "$") throw new Error("scan: anchors are not supported");
    let atomSrc: string;
    if (ch === "\\") {
      const next = s[this.i + 1] as string;
      if (next === "b" || next === "B") {
        this.i += 2;
        return null;
      }
      if (/[1-9kcuxp]/i.test(next) && !/[sSwWdD]/.test(next))
        throw new Error(`scan: escape \\${next} not supported`);
      atomSrc = s.slice(this.i, this.i + 2);
      this.i += 2;
    } else if (ch === "[") {
      let j = this.i + 1;
      if (s[j] === "^") j++;
      if (s[j] === "]") j++;
      while (j < s.length && s[j] !== "]") j += s[j] === "\\" ? 2 : 1;
      atomSrc = s.slice(this.i, j + 1);
      this.i = j + 1;
    } else {
      if ("*+?{}".includes(ch)) throw new Error(`scan: stray quantifier at ${this.i}`);
      atomSrc = ch === "." ? "." : ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      this.i++;
    }
    const set = atomSet(atomSrc);
    return { nullable: false, first: set, single: set, pairs: [] };
  }
}

/** Splits a source at its top-level "|". */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function isAsciiWordOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * Scans like `new RegExp(`${lookbehind}(?:(${specs[0]})${suffix}|(${specs[1]})${suffix}|…)`, "gi")`.
 * `lookbehind` must reject a position right after an ASCII word char or "-".
 */
export class AlternationScanner {
  /** Spec index of the last match returned by next(). */
  spec = -1;
  private readonly alts: Array<{ src: string; spec: number }> = [];
  /** Bucket per (first, second) char slot; 0 when no alternative can start there. */
  private readonly table = new Uint16Array(N * N);
  private readonly buckets: Array<{ members: number[]; re: RegExp | null; specOf: number[] }> = [];

  constructor(
    specs: string[],
    private readonly lookbehind: string,
    private readonly suffix: string,
  ) {
    specs.forEach((src, spec) => {
      for (const a of topLevelAlternatives(src)) this.alts.push({ src: a, spec });
    });
    // Which alternatives may start at each (c1, c2); the end of the text counts as slot 128.
    const members: number[][] = Array.from({ length: N * N }, () => []);
    const tail: Info = { nullable: true, first: ANY_SET, single: ANY_SET, pairs: [[ANY_SET, ANY_SET]] };
    this.alts.forEach((a, k) => {
      const info = concat(new Parser(a.src).parse(), tail);
      for (const [x, y] of info.pairs)
        for (let c1 = 0; c1 < N; c1++) {
          if (!x[c1]) continue;
          for (let c2 = 0; c2 < N; c2++) {
            const list = members[c1 * N + c2] as number[];
            // Alternatives are visited in order, so a repeat can only be the last entry.
            if (y[c2] && list[list.length - 1] !== k) list.push(k);
          }
        }
    });
    const ids = new Map<string, number>();
    this.buckets.push({ members: [], re: null, specOf: [] });
    for (let key = 0; key < N * N; key++) {
      const list = members[key] as number[];
      if (list.length === 0) continue;
      const sig = list.join(",");
      let id = ids.get(sig);
      if (id === undefined) {
        id = this.buckets.length;
        ids.set(sig, id);
        this.buckets.push({ members: list, re: null, specOf: [] });
      }
      this.table[key] = id;
    }
  }

  private bucketRe(id: number): RegExp {
    const b = this.buckets[id] as (typeof this.buckets)[number];
    if (b.re === null) {
      // Compiled on first use: most of the few hundred buckets never occur.
      const parts = b.members.map((k) => `(${(this.alts[k] as { src: string }).src})${this.suffix}`);
      b.re = new RegExp(`${this.lookbehind}(?:${parts.join("|")})`, "iy");
      b.specOf = b.members.map((k) => (this.alts[k] as { spec: number }).spec);
    }
    return b.re;
  }

  /** The next match at or after `from` (as the big regex's exec would give), or null. */
  next(s: string, from: number): RegExpExecArray | null {
    const n = s.length;
    const table = this.table;
    let p = from;
    // Only positions after a non-word char can match (the lookbehind), so runs of word
    // chars are skipped in a tight loop.
    if (p > 0 && isAsciiWordOrHyphen(s.charCodeAt(p - 1)))
      while (p < n && isAsciiWordOrHyphen(s.charCodeAt(p))) p++;
    for (; p < n; p++) {
      const c1 = s.charCodeAt(p);
      const c2 = p + 1 < n ? s.charCodeAt(p + 1) : 128;
      const id = table[Math.min(c1, 128) * N + Math.min(c2, 128)] as number;
      if (id !== 0) {
        const re = this.bucketRe(id);
        re.lastIndex = p;
        const m = re.exec(s);
        if (m !== null) {
          let gi = 1;
          while (gi < m.length && m[gi] === undefined) gi++;
          this.spec = (this.buckets[id] as { specOf: number[] }).specOf[gi - 1] as number;
          return m;
        }
      }
      if (isAsciiWordOrHyphen(c1)) {
        p++;
        while (p < n && isAsciiWordOrHyphen(s.charCodeAt(p))) p++;
      }
    }
    return null;
  }
}
