// Verdicts for every article in a store that reports an incident (judge.ts), from its incidents.
import type { Store } from "../store/types.js";
import { type Judgement, judgeArticle } from "./judge.js";

export function judgeStore(store: Store): Map<number, Judgement> {
  const told = [...store.incidents()].map((incident) => incident.claims);
  const articles = new Set(told.flatMap((claims) => claims.map((c) => c.articleId)));
  const verdicts = new Map<number, Judgement>();
  for (const article of [...articles].sort((a, b) => a - b))
    verdicts.set(article, judgeArticle(article, told));
  return verdicts;
}
