import type { LanguageResources, Stage } from "../pipeline/stage.js";
import { extractTimes } from "./extract.js";
import type { TimeGrammar } from "./grammar.js";
import type { M } from "./match.js";

/**
 * A time stage: time expressions (TIMEX3) normalised against the publication date, with the grammar its
 * languages' resources provide (German: src/lang/de/stages.ts). Options: `mode: "news" | "narrative"`
 * (narrative anchors relative expressions to the last date mentioned).
 */
export function timeStage<R extends LanguageResources, X extends M>(
  name: string,
  languages: readonly string[],
  grammarOf: (lang: R) => TimeGrammar<X>,
): Stage<R> {
  return {
    name,
    requires: ["tokens", "sentences"],
    assigns: ["times"],
    languages,
    run(doc, ctx) {
      const mode = ctx.options.mode === "narrative" ? "narrative" : "news";
      doc.times = extractTimes(doc, grammarOf(ctx.lang), { reference: ctx.reference, mode });
    },
  };
}
