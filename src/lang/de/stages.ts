/**
 * The German stages: the language-neutral engines with the German grammars of src/lang/de, serving "de" (spaCy's
 * lang/de, chrono's locales/de). src/pipeline/stages.ts registers them; config/pipeline.default.json lists them.
 */
import { corefStage } from "../../coref/index.js";
import { entitiesStage } from "../../entities/index.js";
import { eventsStage } from "../../events/index.js";
import type { Stage } from "../../pipeline/stage.js";
import { quotesStage } from "../../quotes/index.js";
import { timeStage } from "../../time/stage.js";
import { germanCorefGrammar } from "./coref/grammar.js";
import { germanEventGrammar } from "./events/grammar.js";
import { germanQuoteGrammar } from "./quotes/grammar.js";
import type { GermanResources } from "./resources.js";

/** de.entities.v1: the entity linker (KB, rules, name tagger) with the German entity grammar (src/lang/de/entities). */
const germanEntitiesStage: Stage<GermanResources> = entitiesStage("de.entities.v1", ["de"], (lang) => lang.entities);

/** de.coref.v1: every participant mention (pronouns, role nouns, descriptions, appositions) with its entity. */
const deCorefStage: Stage<GermanResources> = corefStage("de.coref.v1", "de", (r: GermanResources) =>
  germanCorefGrammar(r.lexicon),
);

/** de.time.v1: the time engine with the German time grammar (src/lang/de/time). */
export const germanTimeStage: Stage<GermanResources> = timeStage("de.time.v1", ["de"], (lang) => lang.time);

/** de.quotes.v1: direct, indirect and mixed quotations with speaker, cue, source chain and date. */
const deQuotesStage: Stage<GermanResources> = quotesStage("de.quotes.v1", "de", (r: GermanResources) =>
  germanQuoteGrammar(r.lexicon),
);

/** de.events.v1: PLOVER events with actor, target, flags, date, location and quote. */
const deEventsStage: Stage<GermanResources> = eventsStage("de.events.v1", "de", (r: GermanResources) =>
  germanEventGrammar(r.lexicon),
);

export const GERMAN_STAGES: readonly Stage<GermanResources>[] = [
  germanEntitiesStage,
  deCorefStage,
  germanTimeStage,
  deQuotesStage,
  deEventsStage,
];
