import type { Stage } from "../pipeline/stage.js";
import { codeEvents } from "./coder.js";

/**
 * PLOVER event coding for German articles: clauses → verb or verb–noun frame (src/lang/de/events/*.tsv)
 * → actor/target from the entities layer → negated/hypothetical/future flags → events, linked to quotes
 * and dated with the time layer (governingTime).
 */
export const eventsStage: Stage = {
  name: "de.events.v1",
  requires: ["tokens", "sentences", "entities", "times", "quotes"],
  assigns: ["events"],
  languages: ["de"],
  run(doc) {
    doc.events = codeEvents(doc);
  },
};
