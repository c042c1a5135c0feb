// Cutting a text into slices at span boundaries, so marks are built from text nodes, never markup.
// Pure (no DOM), so it is unit-tested from test/.

export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export interface Slice<T> {
  text: string;
  start: number;
  /** The spans covering this slice (empty: plain text). */
  spans: T[];
}

/** Slices of `text` between every span boundary; spans may overlap, be empty or fall outside the text. */
export function slices<T>(text: string, spans: readonly Span<T>[]): Slice<T>[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Slice<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.value);
    const last = out[out.length - 1];
    if (last && covering.length === 0 && last.spans.length === 0) {
      last.text += text.slice(start, end);
      continue;
    }
    out.push({ text: text.slice(start, end), start, spans: covering });
  }
  return out;
}
