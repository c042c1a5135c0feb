// extractClaims: one article in, every casualty claim out.
//
//   article ─► reference date (dateline or published)
//           ─► sentences ─► figures ─► noun phrases ─► measure rules   (find-claims.ts)
//           ─► refiners: scope, date, place, actor, weapon, source     (refiners/)
//           ─► merge repeats (title and body)
//
// Pure and synchronous: the CLI, store and server all call this one function.

import { findPlaces, type PlaceMention } from "./context/places.js";
import { referenceDate } from "./dates/reference-date.js";
import { findClaimsInSentence } from "./find-claims.js";
import { type ArticleContext, attachContext, withoutLandmarks } from "./refiners/attach-context.js";
import { mergeRepeats, type Told } from "./refiners/merge-repeats.js";
import { splitSentences } from "./text/sentences.js";
import type { Claim, ExtractOptions, Measure, Span } from "./types.js";

export type { Claim, ExtractOptions } from "./types.js";

export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const ref = referenceDate(text, options.published ?? null);
  const told: Told[] = [];
  let previousMeasure: Measure | null = null;

  const fields: Array<["title" | "text", string]> = [];
  // FA-KES repeats the headline as the text's first words; read it once.
  const title = options.title?.trim();
  if (title && !titleLeads(text, title)) fields.push(["title", title]);
  fields.push(["text", text]);

  // The running context carries from the title into the text.
  let current = {};
  for (const [field, body] of fields) {
    const sentences = splitSentences(body);
    let at = 0;
    const placeCache = new Map<number, readonly PlaceMention[]>();
    const article: ArticleContext = {
      ref: ref.date,
      refBasis: ref.basis,
      dateline: field === "text" ? ref.dateline : null,
      current,
      country: () => firstPlace((p) => p.kind === "country"),
      firstPlace: (test) => firstPlace(test),
      placesNear: (offset) => placesOf(at + offset),
      sentenceNear: (offset) => {
        const s = sentences[at + offset];
        return s ? { text: s.text, start: s.start, field } : undefined;
      },
      dateCache: new Map(),
    };
    function firstPlace(test: (p: PlaceMention) => boolean): string | null {
      for (let i = 0; i < sentences.length; i++) {
        const found = placesOf(i).find(test);
        if (found) return found.value;
      }
      return null;
    }
    function placesOf(i: number): readonly PlaceMention[] {
      const sentence = sentences[i];
      if (!sentence) return [];
      let places = placeCache.get(i);
      if (!places) {
        places = withoutLandmarks(sentence.text, findPlaces(sentence.text));
        placeCache.set(i, places);
      }
      return places;
    }
    sentences.forEach((sentence, sentenceIndex) => {
      at = sentenceIndex;
      const drafts = findClaimsInSentence(sentence.text, previousMeasure);
      if (drafts.length === 0) return;
      const headline =
        field === "title" || (sentenceIndex === 0 && fields.length === 1 && titleLeads(body, title));
      const located = attachContext(article, { text: sentence.text, start: sentence.start, field }, drafts);
      drafts.forEach((draft, i) => {
        const context = located[i];
        if (!context) return;
        const span: Span = {
          field,
          start: sentence.start + draft.quoteStart,
          end: sentence.start + draft.quoteEnd,
        };
        const claim: Claim = {
          measure: draft.measure,
          victim: draft.victim,
          value: draft.value,
          high: draft.high,
          qualifier: draft.qualifier,
          scope: context.scope,
          place: context.place,
          date: context.date,
          datePrecision: context.datePrecision,
          actor: context.actor,
          weapon: context.weapon,
          source: context.source,
          quote: body.slice(span.start, span.end),
          span,
          rule: draft.rule,
          reason: `${draft.reason}; ${context.reason}`,
        };
        told.push({ claim, headline, victimNamed: draft.victimNamed });
        previousMeasure = draft.measure;
      });
    });
    current = article.current;
  }
  return mergeRepeats(told);
}

/** FA-KES texts open with a dateline and the headline; without a title, a short first line is one. */
function titleLeads(body: string, title: string | undefined): boolean {
  return title ? body.slice(0, title.length + 200).includes(title) : true;
}
