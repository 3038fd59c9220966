/**
 * The German stages: the language-neutral engines with the German grammars of src/lang/de, for documents in
 * German. Registered by src/pipeline/stages.ts.
 */
import { entitiesStage } from "../../entities/index.js";
import type { Stage } from "../../pipeline/stage.js";
import { timeStage } from "../../time/stage.js";
import type { GermanResources } from "./resources.js";

/** de.time.v1: the time engine with the German time grammar (src/lang/de/time). */
export const germanTimeStage: Stage<GermanResources> = timeStage("de.time.v1", ["de"], (lang) => lang.time);

/** de.entities.v1: the entity linker (KB, rules, name tagger) with the German entity grammar (src/lang/de/entities). */
export const germanEntitiesStage: Stage<GermanResources> = entitiesStage(
  "de.entities.v1",
  ["de"],
  (lang) => lang.entities,
);
