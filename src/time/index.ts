/**
 * The time engine: recognises time expressions with a language's grammar (src/time/grammar.ts; German under
 * src/lang/de/time) and normalises them against the publication date or, in narrative mode, the last date
 * mentioned.
 */
export { type ExtractOptions, extractTimes } from "./extract.js";
export { type GoverningOptions, type GoverningTime, governingTime } from "./govern.js";
export type { TimeGrammar } from "./grammar.js";
export { timeStage } from "./stage.js";
