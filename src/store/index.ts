export { contentHash, minhash } from "./fingerprint.js";
export { DEFAULT_DB, openStore } from "./open-store.js";
export type * from "./types.js";
