import type { Doc } from "../../doc/index.js";
import type { Kb } from "../../kb/index.js";
import type { Candidate } from "../grammar.js";
import type { Referent, Referents } from "../referents.js";

/** What a rule sees besides the candidate. */
export interface SieveContext {
  readonly doc: Doc;
  readonly kb: Kb;
  readonly refs: Referents;
  /** Publication date (YYYY-MM-DD) or null: offices are resolved at this date only. */
  readonly published: string | null;
  /** Referent of the name mention starting at a character offset. */
  readonly nameAt: ReadonlyMap<number, Referent>;
  /** The document's candidate mentions in text order (a rule may read ahead: "eines Konzerns" named next). */
  readonly candidates: readonly Candidate[];
}

/** One resolution rule (a sieve pass): the referent it links the candidate to, or null to let later rules try. */
export interface Sieve {
  readonly name: string;
  resolve(ctx: SieveContext, c: Candidate, sent: number): Referent | null;
}
