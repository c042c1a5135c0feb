// A worker thread that prepares batches of articles (prepare.ts) for the main thread to store.
import { parentPort } from "node:worker_threads";
import { prepareArticles } from "./prepare.js";
import type { IngestArticle } from "./types.js";

parentPort?.on("message", ({ id, articles }: { id: number; articles: IngestArticle[] }) => {
  try {
    parentPort?.postMessage({ id, prepared: prepareArticles(articles) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
