// Claims as the API shows them: with their article's title and the sentence that tells them, so a
// reader sees the quote highlighted where it stands.
import type { z } from "zod";
import { sentenceReader } from "../incidents/grade-store.js";
import type { Store, StoredClaim } from "../store/types.js";
import type { claimView } from "./schemas.js";

export type ClaimView = z.infer<typeof claimView>;

type Linked = StoredClaim & { link?: { to: number; rule: string; reason: string } | null };

/** A view maker for one request: each article read and split once however many claims it gives. */
export function claimViews(store: Store): (c: Linked) => ClaimView {
  // Only the title and text: a claim's view needs no story nor near-duplicates.
  const { article, sentenceAt } = sentenceReader((id) => store.articleText(id));
  return (c) => {
    const sentence = sentenceAt(c);
    return {
      id: c.id,
      articleId: c.articleId,
      articleTitle: article(c.articleId)?.title ?? null,
      outlet: c.outlet,
      published: c.published,
      source: c.source,
      measure: c.measure,
      victim: c.victim,
      value: c.value,
      high: c.high,
      qualifier: c.qualifier,
      date: c.date,
      datePrecision: c.datePrecision,
      place: c.place,
      actor: c.actor,
      weapon: c.weapon,
      quote: c.quote,
      span: { field: c.span.field, start: c.span.start, end: c.span.end },
      sentence: sentence ? { text: sentence.text, start: sentence.start } : null,
      linkRule: c.link?.rule ?? null,
      linkReason: c.link?.reason ?? null,
      linkedTo: c.link?.to ?? null,
    };
  };
}
