/** The corpus store: one interface (types.ts), shared query semantics (query.ts), engines (sqlite/). */

export { minhash, NEAR_DUP_THRESHOLD, similarity } from "./minhash.js";
export { DEFAULT_DB, type OpenOptions, openStore } from "./open.js";
export {
  contentHash,
  dateRange,
  entityKey,
  ftsQuery,
  normalizeForHash,
  normName,
  parseDateBound,
  plover,
} from "./query.js";
export { SqliteStore } from "./sqlite/store.js";
export * from "./types.js";
