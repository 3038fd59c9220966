/** How a German speaker mention refers (for the quote engine's resolution; see SpeakerMention). */
import type { Doc, Entity } from "../../../doc/index.js";
import type { SpeakerMention } from "../../../quotes/grammar.js";
import { type CorefTables, nounClass } from "../coref/candidates.js";
import { ARTICLE_FORMS, npBefore, RELATIVE_PRONOUNS } from "./np.js";
import { isPronoun } from "./speaker.js";
import { clauseClass, personEnding, quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_FIRST_PERSON: ReadonlySet<string> = clauseClass("first-person");
const CLASS_POSSESSIVE: ReadonlySet<string> = clauseClass("possessive");

export function speakerMention(v: DeView, sp: TokSpan, ent: Entity | null): SpeakerMention {
  if (isPronoun(v, sp)) return CLASS_FIRST_PERSON.has(v.lower[sp.s]) ? "first-person" : "pronoun";
  // "forderte der norwegische Sozialdemokrat und Diplomat": a person described by the country's adjective
  if (ent && ent.type === "LOC" && personPhrase(v.doc, v, sp, ent)) return "person-of-place";
  // "seiner Meinung nach", "ihren Angaben zufolge": the possessor is the last person
  if (!ent && sp.e - sp.s <= 3 && CLASS_POSSESSIVE.has(v.lower[sp.s])) return "possessive";
  return "self";
}

/**
 * "…, der erklärte, …": a relative pronoun speaks for the NP before its comma (the pronoun stays the mention in
 * the text; name and entity come from the antecedent).
 */
export function relativeAntecedent(v: DeView, sp: TokSpan, unitStart: number): TokSpan | null {
  if (sp.e - sp.s !== 1 || !RELATIVE_PRONOUNS.has(v.lower[sp.s])) return null;
  const comma = sp.s - 1;
  const ante = comma > unitStart && v.isPunct(comma, ",") ? npBefore(v, comma, unitStart) : null;
  return ante && ante.e === comma ? ante : null;
}

/**
 * Whether a speaker phrase opened by an article describes a person whose only entity is the country of an
 * adjective ("der norwegische Sozialdemokrat", "die französische Diplomatin"), not an institution of it.
 */
function personPhrase(doc: Doc, v: DeView, sp: TokSpan, country: Entity): boolean {
  if (!ARTICLE_FORMS.includes(v.lower[sp.s])) return false;
  const start = v.start(sp.s);
  const end = v.end(sp.e - 1);
  const inside = country.mentions.filter((m) => m.start >= start && m.end <= end);
  if (!inside.length || inside.some((m) => m.form !== "adjective")) return false;
  if (doc.entities.some((e) => e.type !== "LOC" && e.mentions.some((m) => m.start >= start && m.end <= end)))
    return false;
  for (let i = sp.s + 1; i < sp.e; i++) {
    if (!v.isCap(i)) continue;
    const person = personEnding(v.lower[i]);
    if (person !== null) return person;
  }
  return false;
}

/**
 * A speaker named by a description only ("Verfassungsrechtler", "ein Kollege", "die slowakische Regierung"): the
 * entity to create — named by the head noun (and what follows it in the phrase), a person unless the head is an
 * organisation noun, with the country of an adjective before it. Report nouns ("Einschätzung", "Angaben") and
 * function words name no one.
 */
export function speakerEntity(
  v: DeView,
  sp: TokSpan,
  coref: CorefTables,
): { name: string; type: "PER" | "ORG"; country: string | null; s: number; e: number } | null {
  if (isPronoun(v, sp)) return null;
  let h = sp.s;
  let country: string | null = null;
  while (h < sp.e && !(v.isCap(h) && v.isWord(h) && !ARTICLE_FORMS.includes(v.lower[h]))) {
    country = v.kb.countryOfAdjective(v.lower[h])?.country ?? country;
    h++;
  }
  if (h >= sp.e) return null;
  const T = quoteTables();
  const w = v.lower[h];
  if (T.functionWords.has(w) || T.reportNouns.has(w) || RELATIVE_PRONOUNS.has(w)) return null;
  let e = h + 1;
  while (e < sp.e && !v.isPunct(e) && !v.isQuote(e)) e++;
  const cls = nounClass(v.text[h], v.kb, coref);
  const name = v.doc.text.slice(v.start(h), v.end(e - 1));
  return { name, type: cls === "org" ? "ORG" : "PER", country, s: h, e };
}
