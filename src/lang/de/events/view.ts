/**
 * The German event rules' view of one document: the shared token view plus the German lexicon, the knowledge base
 * and the entities layer's mentions, handed in by the stage from its context (never loaded by a rule itself), and
 * the memos of the grammar they were built for (kept across documents).
 */
import type { Doc } from "../../../doc/index.js";
import { TokenView } from "../../../doc/token-view.js";
import type { MentionRef } from "../../../events/mentions.js";
import { type KbWords, kbWords } from "../../../events/mentions.js";
import type { Kb } from "../../../kb/index.js";
import type { Lexicon } from "../lexicon/index.js";
import type { VerbLemmas } from "./lemma.js";

export class DeEventView extends TokenView {
  /** Country adjectives and compound prefixes of the KB. */
  readonly words: KbWords;
  /** Per token, whether it is a lower-case verb form (clauses.ts isLowerVerb): 0 not asked yet, 1 yes, 2 no. */
  readonly lowerVerb: Int8Array;
  /** Per token, whether it is a lower-case form read only as a finite verb (clauses.ts onlyFinite): 0/1/2 as above. */
  readonly finiteOnly: Int8Array;

  constructor(
    doc: Doc,
    readonly lex: Lexicon,
    readonly kb: Kb,
    readonly mentions: ReadonlyMap<number, MentionRef>,
    /** Verb forms → frame lemmas (memoised per lexicon). */
    readonly verbs: VerbLemmas,
    /** Word → whether it can modify a noun (memoised per lexicon and KB; see phrases.ts). */
    readonly modifiers: Map<string, boolean>,
  ) {
    super(doc);
    this.words = kbWords(kb);
    this.lowerVerb = new Int8Array(this.n);
    this.finiteOnly = new Int8Array(this.n);
  }
}
