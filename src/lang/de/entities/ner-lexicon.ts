/**
 * Lexicon features: the word classes the German form table (src/lang/de/lexicon) gives a token.
 * A capitalised word that is a listed common noun ("Bericht") is rarely a name; an unlisted
 * capitalised word ("Putin") often is.
 */
import { type Lexicon, lexicon } from "../lexicon/index.js";

const POS_BIT: Record<string, number> = { VERB: 1, AUX: 2, NOUN: 4, ADJ: 8, OTHER: 16 };

let lx: Lexicon | null | undefined;

function get(): Lexicon | null {
  if (lx === undefined) lx = lexicon();
  return lx;
}

/** Lexicon code 0..127 of a word form: POS bits | listed (32) | common word (64). */
export function lexiconCode(form: string): number {
  const l = get();
  if (!l || !form) return 0;
  let code = 0;
  for (const p of l.pos(form)) code |= POS_BIT[p] ?? 0;
  if (l.isListed(form)) code |= 32;
  if (l.isCommonWord(form)) code |= 64;
  return code;
}

/** Lower-cased head of a compound noun/adjective ("Gebirgsverein" → "verein"), or null. */
export function compoundHead(form: string): string | null {
  const l = get();
  if (!l || form.length < 6) return null;
  return l.compound(form)?.head ?? null;
}
