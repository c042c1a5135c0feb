// Which store a --db value names. Today every value is a SQLite file; a PostgreSQL store would
// be chosen here by its URL ("postgres://…") and implement the same Store interface.
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./types.js";

export const DEFAULT_DB = "tally.db";

export function openStore(db: string = DEFAULT_DB): Store {
  return openSqliteStore(db);
}
