import type { Stage } from "../pipeline/stage.js";
import { codeEvents } from "./coder.js";

/** PLOVER event coding for German articles (see src/events/README in the module docs). */
export const eventsStage: Stage = {
  name: "de.events.v1",
  requires: ["tokens", "sentences", "entities", "times", "quotes"],
  assigns: ["events"],
  languages: ["de"],
  run(doc) {
    doc.events = codeEvents(doc);
  },
};
