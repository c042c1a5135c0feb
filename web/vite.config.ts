// The dashboard: built from web/ into dist/web (the map's boundaries cut from world-atlas at build time), which `tally serve` sends for every non-/api GET.
// In `vite` dev mode (npx vite web), /api is answered by a small fixture mock unless TALLY_API names a
// running `tally serve` to proxy to (e.g. TALLY_API=http://127.0.0.1:8080).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { mockApi } from "./dev/mock-api.js";
import { regionAtlasPlugin } from "./dev/region-atlas.js";

const api = process.env.TALLY_API;

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // No inline polyfill script: the server's CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
  plugins: [regionAtlasPlugin(), ...(api ? [] : [mockApi()])],
  server: api ? { proxy: { "/api": api } } : {},
});
