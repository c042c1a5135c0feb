// The HTTP server's application: the JSON API under /api and the dashboard's files (the vite build
// in dist/web) with a single-page-app fallback, every answer with security headers. Testable
// without a socket: `createApp(store).request("/api/stats")`.
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { ensureSummaries } from "../incidents/refresh.js";
import type { Store } from "../store/types.js";
import { articleRoutes } from "./articles.js";
import { storeCache } from "./cache.js";
import { errorResponse, notFound } from "./errors.js";
import { exportRoutes } from "./export.js";
import { incidentRoutes } from "./incidents.js";
import { ingestRoutes } from "./ingest.js";
import { openApiRoutes } from "./openapi.js";
import { statsRoutes } from "./stats.js";
import { timelineRoutes } from "./timeline.js";

/** Article text is untrusted: no inline script or style may run, whatever a page shows. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** The vite build, next to the package: dist/web (from src/server or dist/src/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(
  new URL(import.meta.url.includes("/dist/src/") ? "../../web" : "../../dist/web", import.meta.url),
);

export interface AppOptions {
  webRoot?: string;
  maxUploadBytes?: number;
  /** Worker threads for ingest (see run-ingest.ts); default as the CLI. */
  ingestWorkers?: number;
  /** Where unexpected errors are logged (never sent to the client); stderr by default. */
  log?: (error: unknown) => void;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const log =
    options.log ??
    ((error: unknown) =>
      process.stderr.write(
        `tally serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ));
  // A store linked by an older Tally gets its summaries before the first request.
  ensureSummaries(store);
  const cache = storeCache(store);
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.onError((error, c) => errorResponse(c, error, log));
  const api = new Hono();
  api.route("/incidents", incidentRoutes(store, cache));
  api.route("/articles", articleRoutes(store, cache));
  api.route("/timeline", timelineRoutes(store, cache));
  api.route("/stats", statsRoutes(store, cache));
  api.route("/export", exportRoutes(store, log));
  api.route(
    "/ingest",
    ingestRoutes(store, { maxUploadBytes: options.maxUploadBytes, workers: options.ingestWorkers }),
  );
  api.route("/openapi.json", openApiRoutes());
  api.all("*", (c) => {
    throw notFound(`API endpoint ${c.req.method} ${c.req.path}`);
  });
  app.route("/api", api);
  const web = staticFiles(resolve(options.webRoot ?? DEFAULT_WEB_ROOT));
  app.get("*", (c) => web(c.req.path));
  return app;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** No inline script or style: the page the CSP allows as it is. */
const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tally</title></head>
<body><h1>Tally</h1><p>The dashboard is not built. Build it into dist/web, or use the API: <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;

/** Files under root by request path; any other path gets index.html (the app routes it). */
function staticFiles(root: string): (path: string) => Promise<Response> {
  const file = async (path: string): Promise<Response | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    if (decoded.includes("\0")) return null;
    const full = normalize(join(root, decoded));
    if (full !== root && !full.startsWith(root + sep)) return null;
    try {
      if (!(await stat(full)).isFile()) return null;
      const body = await readFile(full);
      const type = TYPES[extname(full).toLowerCase()] ?? "application/octet-stream";
      // Hashed assets are immutable; index.html is revalidated so a new build is seen.
      const cache = decoded.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      return new Response(body, { headers: { "Content-Type": type, "Cache-Control": cache } });
    } catch {
      return null;
    }
  };
  return async (path) =>
    (path !== "/" ? await file(path) : null) ??
    (await file("/index.html")) ??
    new Response(NOT_BUILT, {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
    });
}
