/**
 * The event engine: PLOVER events read by a language's grammar (src/lang/<code>/events/) and assembled in one
 * place. A language module makes its stage with `eventsStage` (German: de.events.v1 in src/lang/de/stages.ts).
 */
export { codeEvents } from "./coder.js";
export type { EventGrammar } from "./grammar.js";
export { eventsStage } from "./stage.js";
