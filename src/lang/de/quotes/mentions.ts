/** How a German speaker mention refers (for the quote engine's resolution; see SpeakerMention). */
import type { Doc, Entity } from "../../../doc/index.js";
import type { SpeakerMention } from "../../../quotes/grammar.js";
import { ARTICLE_FORMS, npBefore, RELATIVE_PRONOUNS } from "./np.js";
import { isPronoun } from "./speaker.js";
import { clauseClass, personEnding } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

export function speakerMention(v: DeView, sp: TokSpan, ent: Entity | null): SpeakerMention {
  if (isPronoun(v, sp)) return clauseClass("first-person").has(v.lower[sp.s]) ? "first-person" : "pronoun";
  // "forderte der norwegische Sozialdemokrat und Diplomat": a person described by the country's adjective
  if (ent && ent.type === "LOC" && personPhrase(v.doc, v, sp, ent)) return "person-of-place";
  // "seiner Meinung nach", "ihren Angaben zufolge": the possessor is the last person
  if (!ent && sp.e - sp.s <= 3 && clauseClass("possessive").has(v.lower[sp.s])) return "possessive";
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
