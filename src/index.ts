// Tally as a library: the CLI, store and server are thin layers over these.
export { TallyError } from "./errors.js";
export { extractClaims } from "./extract/index.js";
export type * from "./extract/types.js";
