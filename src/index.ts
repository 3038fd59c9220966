/**
 * lagebild as a library.
 *
 * @example
 * import { analyze } from "lagebild";
 * const doc = analyze({ text: "Putin lobte Kim.", published: "2025-09-04" });
 * console.log(doc.toJSON());
 */
export * from "./doc/index.js";
export { InputError } from "./errors.js";
export { german } from "./lang/de/index.js";
export { germanTimeStage as timeStage } from "./lang/de/stages.js";
export { analyze, Pipeline, type PipelineConfig } from "./pipeline/analyze.js";
export { registerStage } from "./pipeline/registry.js";
export type { Context, Layer, Stage } from "./pipeline/stage.js";
export { readHtml, readInput, readJsonl, readOne } from "./read/index.js";
export { extractTimes, type GoverningTime, governingTime } from "./time/index.js";
