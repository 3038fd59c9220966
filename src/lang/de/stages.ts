/**
 * The German stages: each engine with its German grammar, serving "de" (spaCy's lang/de, chrono's locales/de).
 * src/pipeline/stages.ts registers them; config/pipeline.default.json lists them by name.
 */
import type { Stage } from "../../pipeline/stage.js";
import { quotesStage } from "../../quotes/index.js";
import { germanQuoteGrammar } from "./quotes/grammar.js";
import type { GermanResources } from "./resources.js";

/** de.quotes.v1: direct, indirect and mixed quotations with speaker, cue, source chain and date. */
export const deQuotesStage: Stage<GermanResources> = quotesStage("de.quotes.v1", "de", (r: GermanResources) =>
  germanQuoteGrammar(r.lexicon),
);

export const GERMAN_STAGES: readonly Stage<GermanResources>[] = [deQuotesStage];
