// GET /api/stats: what the store holds, in a few numbers.
import { Hono } from "hono";
import type { Store } from "../store/types.js";
import type { Cache } from "./cache.js";

export function statsRoutes(store: Store, cache: Cache): Hono {
  const app = new Hono();
  app.get("/", (c) => c.json(cache.get("stats", () => store.stats())));
  return app;
}
