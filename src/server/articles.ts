// GET /api/articles/:id: an article's text, its claims with their spans, and its verdict.
import { Hono } from "hono";
import type { Store } from "../store/types.js";
import type { Cache } from "./cache.js";
import { notFound } from "./errors.js";
import { articleIdParam } from "./schemas.js";
import { claimViews } from "./views.js";

export function articleRoutes(store: Store, cache: Cache): Hono {
  const app = new Hono();
  app.get("/:id", (c) => {
    const { id } = articleIdParam.parse(c.req.param());
    const text = cache.get(`article ${id}`, () => JSON.stringify(detail(store, id)));
    return c.body(text, 200, { "Content-Type": "application/json" });
  });
  return app;
}

function detail(store: Store, id: number) {
  const article = store.article(id);
  if (!article) throw notFound(`article ${id}`);
  const view = claimViews(store);
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    // Untrusted text, sent as a JSON string: the dashboard renders it as text, never as HTML.
    text: article.text,
    claims: store.articleClaims(id).map((claim) => ({ ...view(claim), incidentId: claim.incidentId })),
    // An article that tells no incident is unverified: nothing checks it.
    verdict: store.verdict(id) ?? { verdict: "unverified", disagreements: [], agreements: 0 },
    incidents: store.incidentsOfArticle(id),
  };
}
