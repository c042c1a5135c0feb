// Grades for a store's incidents (grade.ts), with what only the store knows: each claim's sentence
// (read for reports called false) and each article's story (for incidents only reposts tell).
import { type Sentence, splitSentences } from "../extract/text/sentences.js";
import type { Store, StoredArticle, StoredClaim, StoredIncident } from "../store/types.js";
import { findDuplicates } from "./discount.js";
import { type GradeClaim, type Graded, gradeIncident } from "./grade.js";

/** Every incident's grade, by id; `incidents` may be passed when the caller has read them. */
export function gradeStore(
  store: Store,
  incidents: readonly StoredIncident[] = [...store.incidents()],
): Map<string, Graded> {
  const articles = new Map<number, StoredArticle | undefined>();
  const articleOf = (id: number) => {
    if (!articles.has(id)) articles.set(id, store.article(id));
    return articles.get(id);
  };
  const founderOf = new Map<number, number>();
  for (const incident of incidents)
    for (const c of incident.claims) founderOf.set(c.articleId, articleOf(c.articleId)?.story ?? c.articleId);
  const duplicates = findDuplicates(incidents, founderOf);
  // Each article field split once, however many of its claims are read.
  const split = new Map<string, Sentence[]>();
  const sentenceOf = (c: StoredClaim): string => {
    const key = `${c.articleId}/${c.span.field}`;
    let sentences = split.get(key);
    if (!sentences) {
      const a = articleOf(c.articleId);
      sentences = splitSentences((c.span.field === "title" ? a?.title : a?.text) ?? "");
      split.set(key, sentences);
    }
    return sentences.find((s) => s.start <= c.span.start && c.span.start < s.end)?.text ?? c.quote;
  };
  const graded = new Map<string, Graded>();
  for (const incident of incidents) {
    const claims: GradeClaim[] = incident.claims.map((c) => ({ ...c, sentence: sentenceOf(c) }));
    const duplicate = duplicates.get(incident.id);
    graded.set(incident.id, gradeIncident(claims, duplicate ? { duplicate } : {}));
  }
  return graded;
}
