// Grades for a store's incidents (grade.ts), with what only the store knows: each claim's sentence
// (read for reports called false) and each article's story (for incidents only reposts tell).
import { type Sentence, splitSentences } from "../extract/text/sentences.js";
import type { Store, StoredArticle, StoredClaim, StoredIncident } from "../store/types.js";
import { type Duplicate, findDuplicates } from "./discount.js";
import { type GradeClaim, type Graded, gradeIncident } from "./grade.js";

/** Every incident's grade, by id; `incidents` may be passed when the caller has read them. */
export function gradeStore(
  store: Store,
  incidents: readonly StoredIncident[] = [...store.incidents()],
): Map<string, Graded> {
  const reader = articleReader(store);
  const founderOf = new Map<number, number>();
  for (const incident of incidents)
    for (const c of incident.claims)
      founderOf.set(c.articleId, reader.article(c.articleId)?.story ?? c.articleId);
  const duplicates = findDuplicates(incidents, founderOf);
  const graded = new Map<string, Graded>();
  for (const incident of incidents)
    graded.set(incident.id, gradeWith(incident, duplicates.get(incident.id), reader.sentenceOf));
  return graded;
}

/** One incident's grade, given whether it is a duplicate and each claim's sentence. */
export function gradeWith(
  incident: StoredIncident,
  duplicate: Duplicate | undefined,
  sentenceOf: (c: StoredClaim) => string,
): Graded {
  const claims: GradeClaim[] = incident.claims.map((c) => ({ ...c, sentence: sentenceOf(c) }));
  return gradeIncident(claims, duplicate ? { duplicate } : {});
}

/** Articles read once each, and the sentence holding a claim (each article field split once). */
export function articleReader(store: Store): ArticleReader<StoredArticle> {
  return sentenceReader((id) => store.article(id));
}

export interface ArticleReader<A> {
  article: (id: number) => A | undefined;
  sentenceOf: (c: StoredClaim) => string;
  sentenceAt: (c: StoredClaim) => Sentence | undefined;
}

/** The same over any read of an article's title and text (the API reads only those). */
export function sentenceReader<A extends { title: string | null; text: string }>(
  read: (id: number) => A | undefined,
): ArticleReader<A> {
  const articles = new Map<number, A | undefined>();
  const article = (id: number) => {
    if (!articles.has(id)) articles.set(id, read(id));
    return articles.get(id);
  };
  const split = new Map<string, Sentence[]>();
  const sentenceAt = (c: StoredClaim): Sentence | undefined => {
    const key = `${c.articleId}/${c.span.field}`;
    let sentences = split.get(key);
    if (!sentences) {
      const a = article(c.articleId);
      sentences = splitSentences((c.span.field === "title" ? a?.title : a?.text) ?? "");
      split.set(key, sentences);
    }
    return sentences.find((s) => s.start <= c.span.start && c.span.start < s.end);
  };
  return { article, sentenceOf: (c) => sentenceAt(c)?.text ?? c.quote, sentenceAt };
}
