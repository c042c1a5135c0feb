// Numbers as honest ranges: "58–86 (best 72)", "at least 58", "unknown"; never a single number
// where the sources disagree.
import type { Range } from "./range.js";

const nf = new Intl.NumberFormat("en-GB");

export const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? "?" : nf.format(n);

/** A Range, or a plain number some fields carry. */
export function asRange(value: Range | number | null | undefined): Range {
  if (value === null || value === undefined) return { min: null, best: null, max: null };
  if (typeof value === "number") return { min: value, best: value, max: value };
  return value;
}

/** "58–86 (best 72)", "72", or "" when nothing is known. */
export function range(value: Range | number | null | undefined): string {
  const r = asRange(value);
  const { min, best, max } = r;
  if (min === null && best === null && max === null) return "";
  if (min !== null && max !== null && min !== max) {
    return best !== null ? `${num(min)}–${num(max)} (best ${num(best)})` : `${num(min)}–${num(max)}`;
  }
  return num(best ?? min ?? max);
}

/** The size a marker or bar stands for: the best figure, else the maximum, else the minimum. */
export const toll = (r: Range | number | null | undefined): number => {
  const x = asRange(r);
  return x.best ?? x.max ?? x.min ?? 0;
};

const QUALIFIER_WORDS: Record<string, string> = {
  exact: "",
  at_least: "at least",
  more_than: "more than",
  about: "about",
  up_to: "up to",
  range: "",
  vague: "roughly",
};

/** A claim's figure as its article words it: "at least 58", "20–30", "roughly 24 (a vague figure)". */
export function figure(qualifier: string | null, value: number | null, high: number | null): string {
  const base = high !== null && high !== value ? `${num(value)}–${num(high)}` : num(value);
  if (!qualifier) return base;
  const words = QUALIFIER_WORDS[qualifier] ?? qualifier.replace(/_/g, " ");
  return words ? `${words} ${base}` : base;
}

/** "2017-04-04" stays as is; a timestamp keeps its date. */
export const day = (date: string | null | undefined): string => (date ? date.slice(0, 10) : "date unknown");

export interface Killed {
  range: Range;
  /** Whose figure it is: "people" (everyone), else the broadest group an incident's sources count. */
  victim: "people" | "civilians" | "children" | "women" | null;
}

const known = (r: Range) => r.min !== null || r.best !== null || r.max !== null;

/**
 * An incident's killed figure: people killed when its sources count everyone, else civilians, else
 * children or women (whichever is larger). Never a sum of these: they overlap.
 */
export function killedOf(s: { killed: Range; civilians: Range; children: Range; women: Range }): Killed {
  if (known(s.killed)) return { range: s.killed, victim: "people" };
  if (known(s.civilians)) return { range: s.civilians, victim: "civilians" };
  const children = known(s.children) ? toll(s.children) : -1;
  const women = known(s.women) ? toll(s.women) : -1;
  if (children < 0 && women < 0) return { range: s.killed, victim: null };
  return children >= women ? { range: s.children, victim: "children" } : { range: s.women, victim: "women" };
}

/** "58–72", "20 civilians", or "" when nothing is known. */
export function killedText(k: Killed): string {
  const text = range(k.range);
  if (!text) return "";
  return k.victim && k.victim !== "people" ? `${text} ${k.victim}` : text;
}
