/**
 * A country adjective before a noun naming a state body ("das italienische Außenministerium", "die slowakische
 * Botschaft") names that country's body: an organisation of that country, a document entity over both words (one
 * per country: "die türkische Botschaft" and "die deutsche Botschaft" are two). The nouns' ends are the language's (EntityGrammar.organNouns); the words must not be part of a longer tagged name.
 */
import { isCap, isWord, type LinkContext } from "./context.js";

/** Returns the token after the organ's noun, or -1. */
export function matchCountryOrgan(ctx: LinkContext, i: number): number {
  const { doc, kb, builder, words } = ctx;
  if (!isWord(doc, i) || i + 1 >= doc.tokens.count || doc.tokens.sent[i + 1] !== doc.tokens.sent[i]) return -1;
  const noun = words[i + 1];
  if (!isCap(doc, i + 1) || !/^\p{Lu}\p{Ll}+$/u.test(noun) || builder.taken(i, i + 2)) return -1;
  const lower = noun.toLowerCase();
  let organ = false;
  for (const end of ctx.grammar.organNouns) if (lower.endsWith(end)) organ = true;
  if (!organ) return -1;
  const adj = words[i];
  if (kb.isDemonym(adj)) return -1;
  const country = kb.countryOfAdjective(adj)?.country;
  if (!country) return -1;
  // the name after it is the organ's own ("die deutsche Botschaft Kabul" stays as it is)
  const next = words[i + 2];
  if (next !== undefined && doc.tokens.sent[i + 2] === doc.tokens.sent[i] && /^\p{Lu}/u.test(next)) return -1;
  const text = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i + 1]);
  // one name for its inflected forms ("der russischen Botschaft" → "Russische Botschaft")
  const d = builder.forLocal("ORG", ctx.grammar.normaliseName(text.charAt(0).toUpperCase() + text.slice(1)));
  if (!d.country) d.country = country;
  d.adjectiveCountry = true;
  builder.mention(d, i, i + 2, "name");
  return i + 2;
}
