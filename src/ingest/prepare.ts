// Everything ingest computes about an article before storing it: its claims, where each claim's
// place is on the map, its content hash and its MinHash signature. Pure and CPU-bound, so it runs
// in worker threads (prepare-worker.ts) while the main thread reads input and writes the store.
import { extractClaimsBatch } from "../extract/index.js";
import { resolvePlace } from "../places/index.js";
import { contentHash, minhash } from "../store/fingerprint.js";
import type { ClaimGeo, NewArticle } from "../store/types.js";
import type { IngestArticle } from "./types.js";

export function originOf(article: IngestArticle): string {
  const { file, line, record } = article.origin;
  return line !== undefined ? `${file}:${line}` : record !== undefined ? `${file}#${record}` : file;
}

export function prepareArticles(articles: readonly IngestArticle[]): NewArticle[] {
  const extracted = extractClaimsBatch(
    articles.map((a) => ({ text: a.text, options: { published: a.published, title: a.title } })),
  );
  return articles.map((a, i) => {
    const claims = extracted[i] ?? [];
    // The article's other places settle an ambiguous name ("Homs" the city or the province).
    const names = [...new Set(claims.map((c) => c.place).filter((p): p is string => p !== null))];
    return {
      docId: a.docId,
      outlet: a.outlet,
      url: a.url,
      title: a.title,
      published: a.published,
      text: a.text,
      hash: a.hash ?? contentHash(a),
      signature: minhash(a.text),
      origin: originOf(a),
      claims: claims.map((claim) => ({ claim, geo: geoOf(claim.place, names) })),
    };
  });
}

function geoOf(place: string | null, names: readonly string[]): ClaimGeo {
  const { query: _query, ...geo } = resolvePlace(place, { names });
  return geo;
}
