/**
 * The quote engine: direct, indirect and mixed quotations with speaker, cue, source chain and date, read by a
 * language's grammar (families of patterns, src/lang/<code>/quotes/) and resolved in one place. A language module
 * makes its stage with `quotesStage` (German: de.quotes.v1 in src/lang/de/stages.ts).
 */
import type { LanguageResources, Stage } from "../pipeline/stage.js";
import { extractQuotes } from "./extract.js";
import type { QuoteGrammar } from "./grammar.js";
import type { TokView } from "./view.js";

export { extractQuotes } from "./extract.js";
export type { QuoteFamily, QuoteGrammar } from "./grammar.js";

/** The quote stage for one language: `grammar(resources)` gives the language's grammar (built once per process). */
export function quotesStage<R extends LanguageResources, V extends TokView>(
  name: string,
  language: string,
  grammar: (resources: R) => QuoteGrammar<V>,
): Stage<R> {
  let built: QuoteGrammar<V> | undefined;
  return {
    name,
    requires: ["tokens", "sentences", "entities", "times"],
    assigns: ["quotes", "entities"],
    languages: [language],
    run(doc, ctx) {
      built ??= grammar(ctx.lang);
      doc.quotes = extractQuotes(doc, built, ctx.kb);
    },
  };
}
