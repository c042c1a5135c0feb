// GET /api/incidents (filtered, sorted, paged summaries) and GET /api/incidents/:id (an incident
// explained: its figures and their rules, its grade and reasons, every claim with its article).
import { Hono } from "hono";
import { talliesCovering } from "../incidents/period-tallies.js";
import { reconcile } from "../incidents/reconcile.js";
import type { Store } from "../store/types.js";
import { type Cache, storeCache } from "./cache.js";
import { notFound } from "./errors.js";
import { filterOf, incidentIdParam, incidentsQuery } from "./schemas.js";
import { claimViews } from "./views.js";

/** Answers as JSON text, kept in the cache until the store changes. */
const JSON_TYPE = { "Content-Type": "application/json" };

export function incidentRoutes(store: Store, cache: Cache): Hono {
  const app = new Hono();
  // Each place's aggregate claims, read once until the store changes: the incidents of a place
  // share them, and choosing those that cover a day is cheaper than asking SQLite each time.
  const aggregates = storeCache(store, 5000);
  app.get("/", (c) => {
    const q = incidentsQuery.parse(c.req.query());
    const filter = filterOf(q);
    const text = cache.get(`incidents ${JSON.stringify(q)}`, () => {
      // Counted once per filter, whatever the page and order.
      const known = cache.get(`count ${JSON.stringify(filter)}`, () => store.countIncidents(filter));
      const { total, items } = store.incidentSummaries(
        filter,
        q.sort,
        { offset: (q.page - 1) * q.limit, limit: q.limit },
        known,
      );
      return JSON.stringify({ total, page: q.page, limit: q.limit, items });
    });
    return c.body(text, 200, JSON_TYPE);
  });
  app.get("/:id", (c) => {
    const { id } = incidentIdParam.parse(c.req.param());
    return c.body(
      cache.get(`incident ${id}`, () => JSON.stringify(detail(store, aggregates, id))),
      200,
      JSON_TYPE,
    );
  });
  return app;
}

function detail(store: Store, aggregates: Cache, id: string) {
  const incident = store.incident(id);
  const stored = store.incidentSummary(id);
  if (!incident || !stored) throw notFound(`incident ${id}`);
  const { summary, reasons } = stored;
  const view = claimViews(store);
  const figures = reconcile(incident.claims).map((f) => ({
    measure: f.measure,
    victim: f.victim,
    low: f.low,
    best: f.best,
    high: f.high,
    rule: f.rule,
    sources: f.sources,
    claims: f.claims,
  }));
  // Period tallies of its place, shown beside it and never summed with it (as `tally incident`).
  const tallies =
    summary.date && summary.geoPrecision !== "country"
      ? store.claimsByIds(
          talliesCovering(
            aggregates.get(`${summary.gazetteerId} ${summary.admin1}`, () => store.aggregateSpans(summary)),
            summary.date,
          ).map((a) => a.id),
        )
      : [];
  return {
    summary,
    grade: { grade: summary.grade, reasons },
    figures,
    claims: incident.claims.map(view),
    periodTallies: tallies.map(view),
  };
}
