/**
 * Every stage the pipeline knows, registered by name, and the language modules that serve them. Adding a
 * stage: write its module, import it here, and list its name in config/pipeline.default.json.
 */
import { eventsStage } from "../events/stage.js";
import { langStage } from "../lang/detect-stage.js";
import "../lang/de/index.js";
import { germanEntitiesStage, germanTimeStage } from "../lang/de/stages.js";
import { quotesStage } from "../quotes/index.js";
import { sentencesStage, tokensStage } from "../tokens/index.js";
import { registerStage } from "./registry.js";

for (const stage of [
  langStage,
  tokensStage,
  sentencesStage,
  germanEntitiesStage,
  germanTimeStage,
  quotesStage,
  eventsStage,
])
  registerStage(stage);
