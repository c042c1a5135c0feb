// extractClaims: one article in, every casualty claim out.
//
//   article ─► reference date (dateline or published)
//           ─► sentences ─► figures ─► noun phrases ─► measure rules   (find-claims.ts)
//           ─► refiners: scope, date, place, actor, weapon, source     (refiners/)
//           ─► merge repeats (title and body)
//
// Pure and synchronous: the CLI, store and server all call this one function.
import { findClaimsInSentence } from "./find-claims.js";
import { referenceDate } from "./dates/reference-date.js";
import { type ArticleContext, attachContext } from "./refiners/attach-context.js";
import { mergeRepeats, type Told } from "./refiners/merge-repeats.js";
import { splitSentences } from "./text/sentences.js";
import type { Claim, ExtractOptions, Measure, Span } from "./types.js";

export type { Claim, ExtractOptions } from "./types.js";

export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const ref = referenceDate(text, options.published ?? null);
  const article: ArticleContext = { ref: ref.date, refBasis: ref.basis, dateline: ref.dateline, current: {} };
  const told: Told[] = [];
  let previousMeasure: Measure | null = null;

  const fields: Array<["title" | "text", string]> = [];
  // FA-KES repeats the headline as the text's first words; read it once.
  const title = options.title?.trim();
  if (title && !text.slice(0, title.length + 200).includes(title)) fields.push(["title", title]);
  fields.push(["text", text]);

  for (const [field, body] of fields) {
    splitSentences(body).forEach((sentence, sentenceIndex) => {
      const headline = field === "title" || (sentenceIndex === 0 && fields.length === 1 && titleLeads(body, title));
      const drafts = findClaimsInSentence(sentence.text, previousMeasure);
      const located = attachContext(article, { text: sentence.text, start: sentence.start, field }, drafts);
      drafts.forEach((draft, i) => {
        const context = located[i];
        if (!context) return;
        const span: Span = { field, start: sentence.start + draft.quoteStart, end: sentence.start + draft.quoteEnd };
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
  }
  return mergeRepeats(told);
}

/** FA-KES texts open with a dateline and the headline; without a title, a short first line is one. */
function titleLeads(body: string, title: string | undefined): boolean {
  return title ? body.slice(0, title.length + 200).includes(title) : true;
}
