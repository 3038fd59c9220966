/**
 * The quotes stage (de.quotes.v1): direct, indirect and mixed quotations with speaker, cue,
 * source chain and date. Pattern families live in small modules: direct/ (quote-mark pairing),
 * indirect/ (cue complements and source frames), carry-over, scare (titles and scare quotes),
 * speaker, source, date.
 */
import type { Stage } from "../pipeline/stage.js";
import { extractQuotes } from "./extract.js";

export { extractQuotes } from "./extract.js";

export const quotesStage: Stage = {
  name: "de.quotes.v1",
  requires: ["tokens", "sentences", "entities", "times"],
  assigns: ["quotes", "entities"],
  languages: ["de"],
  run(doc) {
    doc.quotes = extractQuotes(doc);
  },
};
