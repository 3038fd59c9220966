import type { Stage } from "../pipeline/stage.js";
import { tokenRulesOf } from "./rules.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

export { mergeOrdinals } from "./merge-ordinals.js";
export { NO_TOKEN_RULES, type TokenRules, tokenRulesOf } from "./rules.js";
export { splitSentences } from "./sentences.js";
export { tokenize } from "./tokenize.js";

/** Tokens: the scanner, then ordinals ("3." before "September") joined into one token; abbreviations and
 * ordinal words come from the document's language (none for a language without a module). */
export const tokensStage: Stage = {
  name: "tokens.v1",
  requires: [],
  assigns: ["tokens"],
  run: (doc, ctx) => tokenize(doc, tokenRulesOf(ctx.lang)),
};

/** Sentences: ordinals, abbreviations, quotes and headline lines; the language's abbreviations that may close a
 * sentence ("usw.") come from its token rules. */
export const sentencesStage: Stage = {
  name: "sentences.v1",
  requires: ["tokens"],
  assigns: ["sentences"],
  run: (doc, ctx) => splitSentences(doc, tokenRulesOf(ctx.lang)),
};
