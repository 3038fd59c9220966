/**
 * The German quote rules' token view: the quote engine's TokView plus the German lexicon and the knowledge
 * base, handed in by the stage from its context (never loaded by a rule itself).
 */
import type { Doc } from "../../../doc/index.js";
import type { Kb } from "../../../kb/index.js";
import { TokView } from "../../../quotes/view.js";
import type { Lexicon } from "../lexicon/index.js";

export type { TokSpan } from "../../../quotes/view.js";

export class DeView extends TokView {
  readonly lex: Lexicon;
  readonly kb: Kb;

  constructor(doc: Doc, lex: Lexicon, kb: Kb) {
    super(doc);
    this.lex = lex;
    this.kb = kb;
  }
}
