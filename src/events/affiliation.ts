/**
 * The organisations a document makes a person's own: a role compound right before the person's name ("Verdi-Chef
 * Frank Bsirske", "FPÖ-Generalsekretär X"), in the words naming the person as a quote's speaker ("sagt der 27 Jahre
 * junge FPÖ-Bezirksrat") or in an apposition the coreference layer resolved to the person, whose first part names an
 * organisation of the document. A statement of
 * the person is not about that organisation: it is no target of the person's verbal events.
 */
import type { Doc } from "../doc/index.js";
import type { EventGrammar } from "./grammar.js";

/** Person entity id → the ids of the organisations the document gives as the person's own. */
export type Affiliations = ReadonlyMap<string, ReadonlySet<string>>;

export function affiliations<V>(doc: Doc, g: EventGrammar<V>): Affiliations {
  const orgs = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== "ORG") continue;
    for (const n of [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)]) {
      const k = n.toLowerCase();
      if (!orgs.has(k)) orgs.set(k, e.id);
    }
  }
  const out = new Map<string, Set<string>>();
  if (orgs.size === 0) return out;
  const add = (person: string, word: string) => {
    const org = g.roleOrg(word);
    const id = org ? orgs.get(org.toLowerCase()) : undefined;
    if (!id || id === person) return;
    let set = out.get(person);
    if (!set) {
      set = new Set();
      out.set(person, set);
    }
    set.add(id);
  };
  const persons = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== "PER") continue;
    persons.add(e.id);
    for (const m of e.mentions) {
      const s = doc.tokens.indexAt(m.start);
      if (s > 0) add(e.id, doc.tokenText(s - 1));
    }
  }
  const words = (person: string, start: number, end: number) => {
    for (let i = doc.tokens.indexAt(start); i < doc.tokens.count && doc.tokens.start[i] < end; i++)
      add(person, doc.tokenText(i));
  };
  // a quote's speaker as written ("sagt der 30-jährige FPÖ-Bezirksobmann"); an apposition the coreference layer
  // resolved (a role resolved by salience alone is not enough: "die Immunität der HDP-Abgeordneten" is no role of
  // the president named before)
  for (const q of doc.quotes)
    if (q.speaker && q.speakerSpan && persons.has(q.speaker)) words(q.speaker, q.speakerSpan.start, q.speakerSpan.end);
  for (const m of doc.mentions)
    if (m.kind === "role" && m.via === "apposition" && m.entity && persons.has(m.entity))
      words(m.entity, m.start, m.end);
  return out;
}

/** Whether `other` is an organisation the document gives as `self`'s own (either way round). */
export function ownSide(aff: Affiliations, self: string | null | undefined, other: string | null | undefined): boolean {
  if (!self || !other) return false;
  return aff.get(self)?.has(other) === true || aff.get(other)?.has(self) === true;
}

/**
 * The outlets and agencies of a document: entities the knowledge base gives an ownership (outlets, agencies) and the
 * sources statements came through ("sagte er der Süddeutschen Zeitung"). Where a statement was told is not whom it
 * is about: an outlet is no target of a statement, nor of a verbal act through a prepositional phrase ("Auf Anfrage
 * des STANDARD lehnt X es ab", "im Gespräch mit der Welt am Sonntag").
 */
export function outlets(doc: Doc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const e of doc.entities) if (e.ownership) out.add(e.id);
  for (const q of doc.quotes) if (q.source) out.add(q.source);
  return out;
}
