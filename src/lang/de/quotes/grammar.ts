/**
 * The German quote grammar: the pattern families in the order they read a unit, and the German answers to the
 * engine's resolution questions. The lexicon comes from the German resources, the KB from the stage's context.
 */
import type { QuoteGrammar } from "../../../quotes/grammar.js";
import { loadCorefTables } from "../coref/candidates.js";
import type { Lexicon } from "../lexicon/index.js";
import { bareQuotation } from "./families/bare-quotation.js";
import { carryOver } from "./families/carry-over.js";
import { clauseColon } from "./families/clause-colon.js";
import { colonFrame } from "./families/colon-frame.js";
import { continuation } from "./families/continuation.js";
import { cueClause } from "./families/cue-clause.js";
import { demnachAnaphor } from "./families/demnach.js";
import { opinionFrame } from "./families/opinion-frame.js";
import { ownWords } from "./families/own-words.js";
import { sourceFrame } from "./families/source-frame.js";
import { interviewQuotes, interviewStart } from "./interview.js";
import { relativeAntecedent, speakerEntity, speakerMention } from "./mentions.js";
import { isShortLabel } from "./scare.js";
import { findSources } from "./source.js";
import { clauseClass } from "./tables.js";
import { DeView } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_FIRST_PERSON_SG: ReadonlySet<string> = clauseClass("first-person-sg");
const CLASS_FIRST_PERSON_PL: ReadonlySet<string> = clauseClass("first-person-pl");

/** The German quote grammar over a lexicon. */
export function germanQuoteGrammar(lex: Lexicon): QuoteGrammar<DeView> {
  const coref = loadCorefTables();
  return {
    view: (doc, kb) => new DeView(doc, lex, kb),
    families: [
      colonFrame,
      cueClause,
      sourceFrame,
      bareQuotation,
      clauseColon,
      opinionFrame,
      carryOver,
      ownWords,
      demnachAnaphor,
      continuation,
    ],
    isShortLabel,
    speakerMention,
    relativeAntecedent,
    speakerEntity: (v, sp) => speakerEntity(v, sp, coref),
    findSources,
    firstPerson: (w) => (CLASS_FIRST_PERSON_SG.has(w) ? "sg" : CLASS_FIRST_PERSON_PL.has(w) ? "pl" : null),
    transcriptStart: interviewStart,
    transcriptQuotes: interviewQuotes,
  };
}
