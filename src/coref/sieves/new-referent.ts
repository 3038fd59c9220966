/**
 * New referents. A definite phrase naming a body that acts under that name ("die Polizei", "die griechische
 * Küstenwache", "das russische Verteidigungsministerium") that nothing earlier answers becomes an entity of its own
 * with the country the phrase gives — an organisation as itself, not its country. Someone defined through another
 * ("ein Sprecher der Feuerwehr", "ein Polizeisprecher", "seine Frau") is a new person, related to that other: the
 * organisation named in the complement, or the possessor (resolved like a pronoun).
 */
import type { Candidate } from "../grammar.js";
import { GROUP_KIND, type Referent } from "../referents.js";
import { onlyPlural } from "./description.js";
import { pronoun } from "./pronoun.js";
import type { Sieve, SieveContext } from "./types.js";

function relatedTo(ctx: SieveContext, c: Candidate, sent: number): Referent | null {
  const t = c.through;
  if (!t) return null;
  const inside = ctx.refs.overlapping(t.start, t.end);
  if (inside) return inside;
  // the complement names a body mentioned before ("ein Sprecher der Feuerwehr" after "Die Feuerwehr rückte aus")
  let named: Referent | null = null;
  for (const word of ctx.doc.text.slice(t.start, t.end).split(/[\s-]+/)) {
    const r = ctx.refs.named(word).find((x) => x.ent.type !== "LOC");
    if (r && (!named || r.seq < named.seq)) named = r;
  }
  if (named) return named;
  if (!t.genders.length) return null;
  // the possessor of "seine Frau": the referent "sein" would have as a pronoun
  return pronoun.resolve(
    ctx,
    { ...c, kind: "pronoun", head: "sein", genders: t.genders, denotes: "any", person: 3 },
    sent,
  );
}

export const newReferent: Sieve = {
  name: "new-entity",
  resolve(ctx, c, sent) {
    if (!c.newName) return null;
    // a group of people in the plural ("zahlreiche Aktivisten", "Angestellte") acts together like a body: an
    // organisation-like participant of its own kind, never one person (the quote and pronoun rules read PER as one)
    const group = onlyPlural(c) && c.denotes === "person";
    const type = c.denotes === "org" || group ? "ORG" : "PER";
    const other = c.related ? relatedTo(ctx, c, sent) : null;
    if (!c.related) {
      const same = ctx.refs
        .named(c.newName)
        .find((r) => (r.ent.country ?? null) === (c.country ?? null) && r.ent.type === type);
      if (same) return same;
    }
    const r = ctx.refs.create({
      name: c.newName,
      type,
      country: c.country ?? other?.ent.country ?? null,
      wikidata: null,
      kbId: null,
      role: null,
    });
    if (other) r.ent.relatedTo = other.ent.id;
    r.roles.add(c.head);
    // a group in the plural ("zahlreiche Aktivisten") is "sie" (plural) from now on, never "er" or "sie" (one woman)
    if (group) {
      r.genders.add("pl");
      r.orgKind = GROUP_KIND;
    } else {
      // the gender the article gives, when it gives one: "der" before a body's name is also the feminine genitive or
      // dative ("von der Opposition"), so it makes the body neither "er" nor "sie"
      const one = c.genders.filter((g) => g === "m" || g === "f");
      if (type === "PER" || one.length === 1) for (const g of one) r.genders.add(g);
    }
    return r;
  },
};
