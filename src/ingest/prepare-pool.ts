// Prepares batches on worker threads, giving results back in submission order. At most two
// batches per worker are in flight, so memory stays bounded however large the input.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { NewArticle } from "../store/types.js";
import { inputOf, newArticle, type Preparation, prepareArticles } from "./prepare.js";
import type { IngestArticle } from "./types.js";

export interface PreparePool {
  /** Queues a batch for preparing. */
  submit(articles: IngestArticle[]): void;
  /** True when as many batches are queued as the pool should hold: take one with next() first. */
  readonly full: boolean;
  /** The oldest queued batch, prepared, or undefined when none is queued. */
  next(): Promise<NewArticle[] | undefined>;
  close(): Promise<void>;
}

/** Workers to use: one per core but one, which the main thread keeps for reading and storing. */
export function defaultWorkers(): number {
  return Math.max(0, availableParallelism() - 1);
}

export function startPreparePool(workers: number): PreparePool {
  if (workers <= 0) return inlinePool();
  const threads = Array.from({ length: workers }, () => startWorker());
  const pending = new Map<number, { resolve: (p: Preparation[]) => void; reject: (e: Error) => void }>();
  const queue: Array<Promise<NewArticle[]>> = [];
  let nextId = 0;
  for (const thread of threads) {
    thread.on("message", (message: { id: number; prepared?: Preparation[]; error?: string }) => {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.prepared) waiting?.resolve(message.prepared);
      else waiting?.reject(new Error(message.error ?? "worker failed"));
    });
    thread.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  return {
    submit(articles) {
      const id = nextId++;
      const thread = threads[id % threads.length];
      const prepared = new Promise<Preparation[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread?.postMessage({ id, inputs: articles.map(inputOf) });
      });
      // The batch stays here; the worker's results are joined back to it in order.
      queue.push(prepared.then((p) => articles.map((a, i) => newArticle(a, p[i] as Preparation))));
    },
    next: async () => queue.shift(),
    get full() {
      return queue.length >= workers * 2;
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

/**
 * A prepare worker. Run from the TypeScript sources (tsx, vitest), the worker is a .ts file: a
 * small bootstrap registers tsx's loader in the new thread before importing it.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./prepare-worker.js", import.meta.url));
  const worker = new URL("./prepare-worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** No workers: prepare on the main thread, in order. */
function inlinePool(): PreparePool {
  const queue: IngestArticle[][] = [];
  return {
    submit(articles) {
      queue.push(articles);
    },
    get full() {
      return queue.length > 0;
    },
    async next() {
      const articles = queue.shift();
      return articles && prepareArticles(articles);
    },
    async close() {},
  };
}
