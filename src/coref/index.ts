/**
 * The coreference engine: every participant mention (names, pronouns, role nouns, descriptions, appositions) with
 * the entity it refers to — the Doc's `mentions` layer, which quotes and events read to see "der Minister" as the
 * minister (entities the rules create, such as "die Polizei", get their first mention in the entities layer). A language module makes its stage with `corefStage`
 * (German: de.coref.v1 in src/lang/de/stages.ts).
 */
import type { LanguageResources, Stage } from "../pipeline/stage.js";
import type { CorefGrammar } from "./grammar.js";
import { resolveCoref } from "./resolve.js";

export type { Candidate, CorefGrammar, Denotes, Gender } from "./grammar.js";
export { resolveCoref, SIEVES } from "./resolve.js";

export function corefStage<R extends LanguageResources>(
  name: string,
  language: string,
  grammar: (resources: R) => CorefGrammar,
): Stage<R> {
  let built: CorefGrammar | undefined;
  return {
    name,
    requires: ["tokens", "sentences", "entities"],
    assigns: ["mentions", "entities"],
    languages: [language],
    run(doc, ctx) {
      built ??= grammar(ctx.lang);
      doc.mentions = resolveCoref(doc, built, ctx.kb, ctx.reference);
    },
  };
}
