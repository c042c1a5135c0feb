// Everything ingest computes about an article before storing it: its claims, where each claim's
// place is on the map, and its MinHash signature. Pure and CPU-bound, so it runs in worker threads
// (prepare-worker.ts) while the main thread reads input and writes the store. Only what extraction
// needs goes to a worker, and only what it computes comes back: the text crosses threads once.
import { extractClaimsBatch } from "../extract/index.js";
import { resolvePlace } from "../places/index.js";
import { contentHash, minhash, type Signature } from "../store/fingerprint.js";
import type { ClaimGeo, NewArticle } from "../store/types.js";
import type { IngestArticle } from "./types.js";

/** What a worker is sent of an article. */
export type PrepareInput = Pick<IngestArticle, "text" | "title" | "published">;

/** What a worker computes of an article. */
export interface Preparation {
  signature: Signature;
  claims: NewArticle["claims"];
}

export function originOf(article: IngestArticle): string {
  const { file, line, record } = article.origin;
  return line !== undefined ? `${file}:${line}` : record !== undefined ? `${file}#${record}` : file;
}

export function inputOf({ text, title, published }: IngestArticle): PrepareInput {
  return { text, title, published };
}

export function prepareInputs(inputs: readonly PrepareInput[]): Preparation[] {
  const extracted = extractClaimsBatch(
    inputs.map((a) => ({ text: a.text, options: { published: a.published, title: a.title } })),
  );
  return inputs.map((a, i) => {
    const claims = extracted[i] ?? [];
    // The article's other places settle an ambiguous name ("Homs" the city or the province).
    const names = [...new Set(claims.map((c) => c.place).filter((p): p is string => p !== null))];
    return {
      signature: minhash(a.text),
      claims: claims.map((claim) => ({ claim, geo: geoOf(claim.place, names) })),
    };
  });
}

/** The article as the store takes it: what was read, with what was computed. */
export function newArticle(a: IngestArticle, { signature, claims }: Preparation): NewArticle {
  return {
    docId: a.docId,
    outlet: a.outlet,
    url: a.url,
    title: a.title,
    published: a.published,
    text: a.text,
    hash: a.hash ?? contentHash(a),
    signature,
    origin: originOf(a),
    claims,
  };
}

/** Prepares articles on this thread. */
export function prepareArticles(articles: readonly IngestArticle[]): NewArticle[] {
  const prepared = prepareInputs(articles.map(inputOf));
  return articles.map((a, i) => newArticle(a, prepared[i] as Preparation));
}

function geoOf(place: string | null, names: readonly string[]): ClaimGeo {
  const { query: _query, ...geo } = resolvePlace(place, { names });
  return geo;
}
