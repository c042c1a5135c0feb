// Answers that read many rows (stats, timelines), kept until the store changes: the store's
// generation moves on with every write, by this process or another.
import type { Store } from "../store/types.js";

export interface Cache {
  get<T>(key: string, compute: () => T): T;
}

export function storeCache(store: Store, size = 200): Cache {
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
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
}
