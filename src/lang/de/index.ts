/**
 * The German language module: its resources (token rules, lexicon, grammar tables) for the stages, registered
 * under "de". The German stages are listed in src/pipeline/stages.ts.
 */
import { registerLanguage } from "../../pipeline/languages.js";
import { german } from "./resources.js";

export { type GermanResources, german } from "./resources.js";

registerLanguage("de", german);
