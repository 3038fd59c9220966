import type { Doc } from "../doc/index.js";
import type { Kb } from "../kb/index.js";

/** Names of the Doc layers stages read and write. */
export type Layer = "lang" | "tokens" | "sentences" | "entities" | "mentions" | "times" | "quotes" | "events";

/**
 * What a language module provides to the stages for documents in its language: word lists, grammar
 * tables and the lexicon, loaded once per process and handed to every stage through the context. Each
 * language extends this with its own fields (src/lang/de/resources.ts); language-neutral engines only see
 * the parts they declare (e.g. `TokenRules` in src/tokens/rules.ts).
 */
export interface LanguageResources {
  /** ISO 639-1 code ("de"). */
  readonly code: string;
}

/** What every stage receives besides the Doc. Stages never call `new Date()`. */
export interface Context<R extends LanguageResources | null = LanguageResources | null> {
  /** Reference date for relative expressions: the publication date (YYYY-MM-DD) or null. */
  readonly reference: string | null;
  /** Free-form options from the pipeline configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The knowledge base (loaded on first use, shared by all stages). */
  readonly kb: Kb;
  /**
   * The resources of the document's language. Language-independent stages may see null (no language module
   * serves `doc.lang`); a stage that declares `languages` always gets its language's resources.
   */
  readonly lang: R;
}

/**
 * A pipeline component. It reads the layers in `requires` and fills those in `assigns`.
 * `languages` lists the languages it serves; absent means language-independent. A stage for
 * one language declares its resources type: `Stage<GermanResources>` gets `ctx.lang` typed as such
 * (the pipeline runs it only on documents of its languages).
 */
export interface Stage<R extends LanguageResources | null = LanguageResources | null> {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  readonly languages?: readonly string[];
  run(doc: Doc, ctx: Context<R>): void;
}
