// GET /api/timeline: sums of incidents' reconciled figures per day, ISO week or month, by measure
// and victim, over the incidents the filters select.
import { Hono } from "hono";
import { MEASURES } from "../extract/types.js";
import type { Store } from "../store/types.js";
import type { Cache } from "./cache.js";
import { filterOf, timelineQuery } from "./schemas.js";

export function timelineRoutes(store: Store, cache: Cache): Hono {
  const app = new Hono();
  app.get("/", (c) => {
    const q = timelineQuery.parse(c.req.query());
    const { measure, victim, ...rest } = q;
    // Without a measure: killed and injured, of every victim.
    const measures = measure ? [measure] : MEASURES.filter((m) => m === "killed" || m === "injured");
    const text = cache.get(`timeline ${JSON.stringify(q)}`, () =>
      JSON.stringify({
        interval: q.interval,
        buckets: store.timeline(filterOf(rest), q.interval, victim ? { measures, victim } : { measures }),
      }),
    );
    return c.body(text, 200, { "Content-Type": "application/json" });
  });
  return app;
}
