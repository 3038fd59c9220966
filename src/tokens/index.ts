import type { Stage } from "../pipeline/stage.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export { mergeOrdinals } from "./merge-ordinals.js";
export { splitSentences } from "./sentences.js";
export { tokenize } from "./tokenize.js";

/** Tokens: the scanner, then ordinals ("3." before "September") joined into one token. */
export const tokensStage: Stage = {
  name: "tokens.v1",
  requires: [],
  assigns: ["tokens"],
  run: (doc) => tokenize(doc),
};

/** Sentences: German rules for ordinals, abbreviations, quotes and headline lines. */
export const sentencesStage: Stage = {
  name: "de.sentences.v1",
  requires: ["tokens"],
  assigns: ["sentences"],
  run: (doc) => splitSentences(doc),
};
