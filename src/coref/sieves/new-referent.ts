/**
 * New referents. A definite phrase naming a body that acts under that name ("die Polizei", "die griechische
 * Küstenwache", "das russische Verteidigungsministerium") that nothing earlier answers becomes an entity of its own
 * with the country the phrase gives — an organisation as itself, not its country. Someone defined through another
 * ("ein Sprecher der Feuerwehr", "ein Polizeisprecher", "seine Frau") is a new person, related to that other: the
 * organisation named in the complement, or the possessor (resolved like a pronoun).
 */
import type { Candidate } from "../grammar.js";
import type { Referent } from "../referents.js";
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
    const type = c.denotes === "org" ? "ORG" : "PER";
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
    for (const g of c.genders) if (g === "m" || g === "f") r.genders.add(g);
    return r;
  },
};
