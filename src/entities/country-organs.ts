/**
 * A country adjective before a noun naming a state body ("das italienische Außenministerium", "die slowakische
 * Botschaft") names that country's body: an organisation of that country, a document entity over both words (one
 * per country: "die türkische Botschaft" and "die deutsche Botschaft" are two). The nouns' ends are the language's (EntityGrammar.organNouns); the words must not be part of a longer tagged name.
 */
import { isCap, isWord, type LinkContext } from "./context.js";

/** Whether a lower-case noun ends in one of the language's organ nouns. */
function isOrganNoun(ctx: LinkContext, lower: string): boolean {
  for (const end of ctx.grammar.organNouns) if (lower.endsWith(end)) return true;
  return false;
}

/** Per list of organ nouns: the char codes they end in (a cheap pre-test before lower-casing a word). */
const LAST_CHARS = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();
function organLastChars(organNouns: ReadonlySet<string>): ReadonlySet<number> {
  let out = LAST_CHARS.get(organNouns);
  if (!out) {
    out = new Set([...organNouns].map((n) => n.charCodeAt(n.length - 1)));
    LAST_CHARS.set(organNouns, out);
  }
  return out;
}

/**
 * The compound form of a country's state body ("die US-Botschaft", "das Russland-Außenministerium"): a country's name
 * or code before a hyphen and an organ noun after it name that country's body, an organisation of that country
 * rather than the country itself. Returns the token after it, or -1.
 */
export function matchCountryOrganCompound(ctx: LinkContext, i: number): number {
  const { doc, kb, builder, words } = ctx;
  if (!isCap(doc, i) || builder.taken(i, i + 1)) return -1;
  const t = words[i];
  const h = t.indexOf("-");
  if (h < 2 || h === t.length - 1 || t.indexOf("-", h + 1) > 0) return -1;
  const tail = t.slice(h + 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(tail)) return -1;
  const lower = tail.toLowerCase();
  // the genitive's "-s" is no part of the name ("des US-Außenministeriums")
  const genitive = !isOrganNoun(ctx, lower) && lower.endsWith("s") && isOrganNoun(ctx, lower.slice(0, -1));
  if (!genitive && !isOrganNoun(ctx, lower)) return -1;
  const entry = kb.lookup(t.slice(0, h)).find((e) => e.kind === "country" && !e.ambiguous && e.country);
  if (!entry?.country) return -1;
  // the body first (when the country is new to the article, the body comes first among the two); the country is
  // named too (its mention inside the word); the body's mention over the whole word owns the token
  const d = builder.forLocal("ORG", genitive ? t.slice(0, -1) : t);
  const base = doc.tokens.start[i];
  builder.mention(builder.forKb(entry), i, i + 1, "name", base, base + h);
  // its country is counted once, by the country's own mention; the word is a description of the body by its
  // country's name, not a name of its own (NER corpora tag "US-Konsulat" as a part of a name, not a name)
  if (!d.country) d.country = entry.country;
  builder.mention(d, i, i + 1, "descriptor");
  return i + 1;
}

/** Returns the token after the organ's noun, or -1. */
export function matchCountryOrgan(ctx: LinkContext, i: number): number {
  const { doc, kb, builder, words } = ctx;
  if (!isWord(doc, i) || i + 1 >= doc.tokens.count || doc.tokens.sent[i + 1] !== doc.tokens.sent[i]) return -1;
  const noun = words[i + 1];
  // the organ noun's end first: the cheapest test that fails for almost every word (its last letter, already lower
  // case in a word the pattern below admits, before the whole end)
  if (!organLastChars(ctx.grammar.organNouns).has(noun.charCodeAt(noun.length - 1))) return -1;
  if (!isOrganNoun(ctx, noun.toLowerCase())) return -1;
  if (!isCap(doc, i + 1) || !/^\p{Lu}\p{Ll}+$/u.test(noun) || builder.taken(i, i + 2)) return -1;
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
