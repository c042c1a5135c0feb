// extractClaims: one article in, every casualty claim out.
//
//   article ─► reference date (dateline or published)
//           ─► sentences ─► figures ─► noun phrases ─► measure rules   (find-claims.ts)
//           ─► context finders over the claims' sentences              (refiners/sentence-finds.ts)
//           ─► refiners: scope, date, place, actor, weapon, source     (refiners/)
//           ─► merge repeats (title and body)
//
// Pure and synchronous: the CLI, store and server all call these functions.
// extractClaimsBatch runs each stage over many articles before the next: the finders' large
// regular expressions compile to much machine code, and running one finder at a time keeps
// its code in the CPU's caches. The output is the same as extractClaims article by article.

import { findSources } from "./context/sources.js";
import { referenceDate } from "./dates/reference-date.js";
import { type ClaimDraft, findClaimsInSentence } from "./find-claims.js";
import {
  type ArticleContext,
  attachContext,
  type ClaimContext,
  type RunningContext,
} from "./refiners/attach-context.js";
import { mergeRepeats, type Told } from "./refiners/merge-repeats.js";
import { SentenceFinds } from "./refiners/sentence-finds.js";
import { splitSentences } from "./text/sentences.js";
import type { Claim, ExtractOptions, Measure, Span } from "./types.js";

export type { Claim, ExtractOptions } from "./types.js";

export interface ArticleInput {
  text: string;
  options?: ExtractOptions;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  return extractClaimsBatch([{ text, options }])[0] ?? [];
}

/** The claims of each article, in order; the same as extractClaims on each, only faster. */
export function extractClaimsBatch(articles: readonly ArticleInput[]): Claim[][] {
  const readings = articles.map((a) => readArticle(a.text, a.options ?? {}));
  findContext(readings);
  return readings.map(refineArticle);
}

/** One field (title or text) of an article: its sentences and the claim drafts of each. */
interface FieldReading {
  field: "title" | "text";
  body: string;
  finds: SentenceFinds;
  drafts: ClaimDraft[][];
  /** True when the field's first sentence is the headline. */
  leadIsHeadline: boolean;
}

interface ArticleReading {
  ref: ReturnType<typeof referenceDate>;
  fields: FieldReading[];
  /** Who a headline credits at its end ("… kills 62 rebels Monitor"), and where the headline ends. */
  headline: { source: string | null; field: "title" | "text"; end: number };
}

/** Stage 1: reference date, sentences and claim drafts. */
function readArticle(text: string, options: ExtractOptions): ArticleReading {
  const ref = referenceDate(text, options.published ?? null);
  const bodies: Array<["title" | "text", string]> = [];
  // FA-KES repeats the headline as the text's first words; read it once.
  const title = options.title?.trim();
  // The text leads with the headline (or there is no title): its first sentence is the headline.
  const textLeads = !title || titleLeads(text, title);
  if (title && !textLeads) bodies.push(["title", title]);
  bodies.push(["text", text]);

  let previousMeasure: Measure | null = null;
  const fields = bodies.map(([field, body]): FieldReading => {
    const sentences = splitSentences(body);
    const drafts = sentences.map((sentence) => {
      const found = findClaimsInSentence(sentence.text, previousMeasure);
      const last = found[found.length - 1];
      if (last) previousMeasure = last.measure;
      return found;
    });
    return {
      field,
      body,
      finds: new SentenceFinds(field, sentences, ref.date, field === "text" ? ref.dateline : null),
      drafts,
      leadIsHeadline: field === "title" || textLeads,
    };
  });
  // Where the headline ends in the field that holds it, for the credit at its end.
  const leading = title && textLeads ? text.indexOf(title) : -1;
  const headline = {
    source: title ? headlineSource(title) : null,
    field: textLeads ? ("text" as const) : ("title" as const),
    end: !title ? 0 : !textLeads ? title.length : leading >= 0 ? leading + title.length : 0,
  };
  return { ref, fields, headline };
}

// FA-KES headlines credit their source last, without a colon or dash: "… east of Damascus Monitor",
// "… kills six Syrian state TV".
const HEADLINE_CREDIT =
  /(?:^|\s)((?:(?:war|rights)\s+)?monitor(?:ing\s+group)?|observatory|(?:syrian\s+)?state\s+(?:tv|television|media)|activists|medics)\s*$/i;

/** The source a headline credits at its end, canonical ("Monitor" → the Syrian Observatory), or null. */
function headlineSource(title: string): string | null {
  const credit = HEADLINE_CREDIT.exec(title)?.[1];
  return credit ? (findSources(`${credit} said`)[0]?.value ?? null) : null;
}

/** Stage 2: each context finder in turn over every claim sentence (the few others needed come later). */
function findContext(readings: readonly ArticleReading[]): void {
  const claimed = claimSentences(readings);
  for (const { finds, i } of claimed) finds.places(i);
  for (const { finds, i } of claimed) finds.sources(i);
  for (const { finds, i } of claimed) finds.actors(i);
  for (const { finds, i } of claimed) finds.weapons(i);
  for (const { finds, i } of claimed) finds.dates(i);
}

/** The sentences that hold claims, each as its field's finds and its index there. */
function claimSentences(readings: readonly ArticleReading[]): Array<{ finds: SentenceFinds; i: number }> {
  const claimed: Array<{ finds: SentenceFinds; i: number }> = [];
  for (const reading of readings)
    for (const { finds, drafts } of reading.fields)
      for (let i = 0; i < drafts.length; i++) if (drafts[i]?.length) claimed.push({ finds, i });
  return claimed;
}

/** Stage 3: each draft's context, then repeats merged. */
function refineArticle({ ref, fields, headline: credited }: ArticleReading): Claim[] {
  const told: Told[] = [];
  // The running context carries from the title into the text.
  const current: RunningContext = {};
  for (const { field, body, finds, drafts, leadIsHeadline } of fields) {
    const article: ArticleContext = {
      ref: ref.date,
      refBasis: ref.basis,
      current,
      finds,
      at: 0,
      drafts,
    };
    for (let i = 0; i < drafts.length; i++) {
      const sentenceDrafts = drafts[i];
      const sentence = finds.sentences[i];
      if (!sentenceDrafts?.length || !sentence) continue;
      article.at = i;
      const headline = field === "title" || (i === 0 && leadIsHeadline);
      const located = attachContext(
        article,
        { text: sentence.text, start: sentence.start, field },
        sentenceDrafts,
      );
      for (let k = 0; k < sentenceDrafts.length; k++) {
        const draft = sentenceDrafts[k];
        const context = located[k];
        if (!draft || !context) continue;
        const claim = toClaim(draft, context, field, body, sentence.start);
        if (
          claim.source === null &&
          credited.source &&
          field === credited.field &&
          claim.span.end <= credited.end
        ) {
          claim.source = credited.source;
          claim.reason += `; source "${credited.source}" credited at the headline's end`;
        }
        told.push({ claim, headline, victimNamed: draft.victimNamed });
      }
    }
  }
  return mergeRepeats(told);
}

/** A draft with its context: the claim, its quote and span in the field. */
function toClaim(
  draft: ClaimDraft,
  context: ClaimContext,
  field: "title" | "text",
  body: string,
  /** Where the draft's sentence starts in the field. */
  sentenceStart: number,
): Claim {
  const span: Span = {
    field,
    start: sentenceStart + draft.quoteStart,
    end: sentenceStart + draft.quoteEnd,
  };
  return {
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
}

/** FA-KES texts open with a dateline and the headline. */
function titleLeads(body: string, title: string): boolean {
  return body.slice(0, title.length + 200).includes(title);
}
