import type { LanguageResources, Stage } from "../pipeline/stage.js";
import { codeEvents } from "./coder.js";
import type { EventGrammar } from "./grammar.js";

/**
 * The PLOVER event stage for one language: clauses → verb or verb–noun frame → actor/target from the entities
 * layer → negated/hypothetical/future flags → events, linked to quotes and dated with the time layer
 * (governingTime). `grammar(resources)` gives the language's grammar (built once per process); the KB comes from
 * the context. German: de.events.v1 in src/lang/de/stages.ts.
 */
export function eventsStage<R extends LanguageResources, V>(
  name: string,
  language: string,
  grammar: (resources: R) => EventGrammar<V>,
): Stage<R> {
  let built: EventGrammar<V> | undefined;
  return {
    name,
    requires: ["tokens", "sentences", "entities", "times", "quotes"],
    assigns: ["events"],
    languages: [language],
    run(doc, ctx) {
      built ??= grammar(ctx.lang);
      doc.events = codeEvents(doc, built, ctx.kb);
    },
  };
}
