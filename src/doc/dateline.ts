/**
 * Where an article's dateline can stand ("Wien – …", "MOSKAU (dpa) – …", "Innsbruck/Eisenstadt – …"): the start of one
 * of its first sentences (a title and a teaser may come first) or of a line near its beginning, and the marks that
 * end its places. The entities stage (the dateline's country for unlinked names) and the events stage (the country of
 * collective actors) read the places at these starts, each from its own layer.
 */
import type { Doc } from "./doc.js";
import { TokenFlag } from "./tokens.js";

/** The dateline is looked for at the start of this many first sentences … */
const FIRST_SENTENCES = 3;
/** … and at line starts within this many first tokens. */
const FIRST_TOKENS = 200;

/** Tokens that end a dateline's places (a dash, or the agency's bracket). */
export const DATELINE_ENDS: ReadonlySet<string> = new Set(["–", "-", "—", "("]);

/** The tokens a dateline can begin at, in the order they are tried: sentence starts first, then line starts. */
export function datelineStarts(doc: Doc): number[] {
  const toks = doc.tokens;
  const starts: number[] = [];
  for (let k = 0; k < Math.min(doc.sentences.length, FIRST_SENTENCES); k++)
    starts.push(toks.indexAt(doc.sentences[k].start));
  for (let i = 1; i < Math.min(toks.count, FIRST_TOKENS); i++)
    if ((toks.flags[i] & TokenFlag.LINE_START) !== 0) starts.push(i);
  return starts;
}
