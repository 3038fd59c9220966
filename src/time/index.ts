import type { Stage } from "../pipeline/stage.js";
import { extractTimes } from "./extract.js";

export { type ExtractOptions, extractTimes } from "./extract.js";
export { type GoverningTime, governingTime } from "./govern.js";

/**
 * Time expressions (TIMEX3) normalised against the publication date. Options:
 * `mode: "news" | "narrative"` (narrative anchors relative expressions to the last date mentioned).
 */
export const timeStage: Stage = {
  name: "de.time.v1",
  requires: ["tokens", "sentences"],
  assigns: ["times"],
  languages: ["de"],
  run(doc, ctx) {
    const mode = ctx.options.mode === "narrative" ? "narrative" : "news";
    doc.times = extractTimes(doc, { reference: ctx.reference, mode });
  },
};
