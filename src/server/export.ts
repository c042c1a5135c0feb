// GET /api/export?format=csv|json|geojson&what=incidents|claims|articles: the bytes `tally export`
// writes (the same function writes both), streamed as they are made.
import { Hono } from "hono";
import { stream } from "hono/streaming";
import { writeExport } from "../incidents/write-export.js";
import type { Store } from "../store/types.js";
import { exportQuery } from "./schemas.js";

const TYPES = {
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  json: { type: "application/x-ndjson; charset=utf-8", extension: "jsonl" },
  geojson: { type: "application/geo+json; charset=utf-8", extension: "geojson" },
} as const;

export function exportRoutes(store: Store, log: (error: unknown) => void): Hono {
  const app = new Hono();
  app.get("/", (c) => {
    const q = exportQuery.parse(c.req.query());
    const { type, extension } = TYPES[q.format];
    c.header("Content-Type", type);
    c.header("Content-Disposition", `attachment; filename="${q.what}.${extension}"`);
    return stream(
      c,
      async (out) => {
        // Its own connection: a streamed export keeps a query open between writes, and reads one
        // snapshot while ingests go on.
        const reader = store.openReader();
        try {
          await writeExport(reader, q, (text) => out.write(text).then(() => {}));
        } finally {
          reader.close();
        }
      },
      // Headers are sent by now: a failure ends the body early, and is logged.
      async (error) => log(error),
    );
  });
  return app;
}
