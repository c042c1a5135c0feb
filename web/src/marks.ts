// Text with marked spans, as DOM: text nodes and <mark> elements cut from slices of the text.
import type { Claim } from "./api.js";
import { el } from "./dom.js";
import { figure } from "./format.js";
import { type Span, slices } from "./highlight.js";

/** `text` with each span wrapped in <mark>; `decorate` sets a mark's attributes from the spans it covers. */
export function marked<T>(
  text: string,
  spans: readonly Span<T>[],
  decorate: (mark: HTMLElement, covering: T[]) => void = () => {},
): (Node | string)[] {
  return slices(text, spans).map((slice) => {
    if (slice.spans.length === 0) return slice.text;
    const mark = el("mark", {}, slice.text);
    decorate(mark, slice.spans);
    return mark;
  });
}

/** A claim's quote highlighted inside its sentence; the bare quote, marked, when there is no sentence. */
export function quoteInSentence(claim: Claim): HTMLElement {
  const sentence = claim.sentence;
  const span = claim.span;
  if (sentence && span) {
    const start = span.start - sentence.start;
    const end = start + (span.end - span.start);
    if (start >= 0 && end <= sentence.text.length && sentence.text.slice(start, end) === claim.quote) {
      return el("q", { class: "sentence" }, ...marked(sentence.text, [{ start, end, value: claim }]));
    }
    // Offsets that do not match the quote: show the sentence and mark the quote where it occurs.
    const at = sentence.text.indexOf(claim.quote);
    if (at >= 0 && claim.quote) {
      return el(
        "q",
        { class: "sentence" },
        ...marked(sentence.text, [{ start: at, end: at + claim.quote.length, value: claim }]),
      );
    }
  }
  return el("q", { class: "sentence" }, el("mark", {}, claim.quote));
}

export const measureWords = (c: Pick<Claim, "measure" | "victim">): string =>
  c.victim && c.victim !== "people" ? `${c.measure} (${c.victim})` : c.measure;

export const claimFigure = (c: Claim): string => figure(c.qualifier, c.value, c.high);
