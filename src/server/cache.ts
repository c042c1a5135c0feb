// Answers that read many rows (stats, timelines), kept until the store changes: the store's
// generation moves on with every write, by this process or another.
import type { Store } from "../store/types.js";

export interface Cache {
  get<T>(key: string, compute: () => T): T;
}

const MAX_CACHED_CHARS = 256 * 1024;

export function storeCache(store: Store, size = 500): Cache {
  let generation = "";
  const entries = new Map<string, unknown>();
  return {
    get<T>(key: string, compute: () => T): T {
      const now = store.generation();
      if (now !== generation) {
        entries.clear();
        generation = now;
      }
      if (entries.has(key)) return entries.get(key) as T;
      const value = compute();
      // A large answer (a page of 500 incidents) is made again rather than kept.
      if (typeof value === "string" && value.length > MAX_CACHED_CHARS) return value;
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
}
