/**
 * Lexicon features of the name tagger: the word classes the German form table (src/lang/de/lexicon) gives a token.
 * A capitalised word that is a listed common noun ("Bericht") is rarely a name; an unlisted capitalised word
 * ("Putin") often is.
 */
import type { NerLexicon } from "../../../entities/grammar.js";
import type { Lexicon } from "../lexicon/index.js";

const POS_BIT: Record<string, number> = { VERB: 1, AUX: 2, NOUN: 4, ADJ: 8, OTHER: 16 };

/** The German word-class features over the lexicon (asked on first use). */
export function germanNerLexicon(getLexicon: () => Lexicon): NerLexicon {
  return {
    wordClass(form: string): number {
      if (!form) return 0;
      const l = getLexicon();
      let code = 0;
      for (const p of l.pos(form)) code |= POS_BIT[p] ?? 0;
      if (l.isListed(form)) code |= 32;
      if (l.isCommonWord(form)) code |= 64;
      return code;
    },
    compoundHead(form: string): string | null {
      if (form.length < 6) return null;
      return getLexicon().compound(form)?.head ?? null;
    },
  };
}
