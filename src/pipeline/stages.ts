/**
 * Every stage the pipeline knows, registered by name, and the language modules that serve them. Adding a
 * stage: write its module, import it here, and list its name in config/pipeline.default.json.
 */
import { langStage } from "../lang/detect-stage.js";
import "../lang/de/index.js";
import { GERMAN_STAGES } from "../lang/de/stages.js";
import { sentencesStage, tokensStage } from "../tokens/index.js";
import { registerStage } from "./registry.js";
import type { Stage } from "./stage.js";

for (const stage of [langStage, tokensStage, sentencesStage]) registerStage(stage);
for (const stage of GERMAN_STAGES) registerStage(stage as Stage);
