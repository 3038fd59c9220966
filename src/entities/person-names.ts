/**
 * Person names outside the KB, without the tagger: a known given name followed by one or two
 * capitalised words (and name particles): "Anna Müller", "Jean-Claude Juncker", "Ursula von der Leyen"; after a role
 * noun, also a given name no list has ("der Abgeordnete Amilcar Pop").
 * Given names and particles come from the language's grammar (German: src/kb/curated/first-names.txt).
 */

import { isCap, isWord, type LinkContext } from "./context.js";

/**
 * Whether token i is a given name the grammar does not list, right after a role noun: a word the lexicon and the
 * KB do not know at all ("der Abgeordnete Amilcar Pop"), when a capitalised word follows and then no third one.
 */
function unknownNameAfterRole(ctx: LinkContext, i: number): boolean {
  const { doc, kb, words, grammar } = ctx;
  const sent = doc.tokens.sent[i];
  if (i === 0 || doc.tokens.sent[i - 1] !== sent || !kb.roleNoun(words[i - 1])) return false;
  const w = words[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || grammar.ner.wordClass(w) !== 0 || grammar.isCommonWord(w)) return false;
  if (kb.lookup(w).length || kb.countryOfAdjective(w)) return false;
  const next = words[i + 1];
  const after = words[i + 2];
  if (next === undefined || doc.tokens.sent[i + 1] !== sent || !/^\p{Lu}\p{Ll}/u.test(next)) return false;
  return after === undefined || doc.tokens.sent[i + 2] !== sent || !/^\p{Lu}/u.test(after);
}

/** Token span [i, end) of a "Given Surname" name at i, or -1. */
export function personNameAt(ctx: LinkContext, i: number): number {
  const { doc, kb } = ctx;
  const { firstNames, nameParticles, blockedWords } = ctx.grammar;
  if (!isCap(doc, i) || !(firstNames.has(ctx.words[i]) || unknownNameAfterRole(ctx, i))) return -1;
  const n = doc.tokens.count;
  const sent = doc.tokens.sent[i];
  let j = i + 1;
  // a second given name
  if (j < n && doc.tokens.sent[j] === sent && isCap(doc, j) && firstNames.has(ctx.words[j])) j++;
  // particles
  const p0 = j;
  while (j < n && doc.tokens.sent[j] === sent && nameParticles.has(ctx.words[j]) && j - p0 < 3) j++;
  if (j >= n || doc.tokens.sent[j] !== sent || !isWord(doc, j) || !isCap(doc, j)) {
    return p0 > i + 1 ? p0 : -1;
  }
  const last = ctx.words[j];
  if (blockedWords.has(last.toLowerCase()) || kb.roleNoun(last) || kb.countryOfAdjective(last)) {
    return p0 > i + 1 && j === p0 ? p0 : -1;
  }
  if (kb.lookup(last).some((e) => e.kind === "country" || e.kind === "igo")) return -1;
  return j + 1;
}
