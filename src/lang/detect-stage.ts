import type { Stage } from "../pipeline/stage.js";
import { detectLanguage } from "./detect.js";

/** Language identification: sets `doc.lang` and warns when it is not German. */
export const langStage: Stage = {
  name: "lang.detect.v1",
  requires: [],
  assigns: ["lang"],
  run(doc) {
    doc.lang = detectLanguage(doc.text);
  },
};
