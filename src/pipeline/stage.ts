import type { Doc } from "../doc/index.js";

/** Names of the Doc layers stages read and write. */
export type Layer = "lang" | "tokens" | "sentences" | "entities" | "times" | "quotes" | "events";

/** What every stage receives besides the Doc. Stages never call `new Date()`. */
export interface Context {
  /** Reference date for relative expressions: the publication date (YYYY-MM-DD) or null. */
  readonly reference: string | null;
  /** Free-form options from the pipeline configuration. */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * A pipeline component. It reads the layers in `requires` and fills those in `assigns`.
 * `languages` lists the languages it applies to; absent means language-independent.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  readonly languages?: readonly string[];
  run(doc: Doc, ctx: Context): void;
}
