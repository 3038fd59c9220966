/**
 * What the knowledge base knows of a linked person, against what a role noun or description says of it: the age
 * at the publication date ("der 78-Jährige" is not someone born in 1956 — a birthday may still be ahead), and the
 * party a compound names ("der SPD-Politiker", "die CDU-Chefin": a person of known parties must be in it; a person
 * of another country is not of a national party). An unlinked person, or a fact the KB lacks, agrees.
 */
import type { Candidate } from "../grammar.js";
import type { Referent } from "../referents.js";
import type { SieveContext } from "./types.js";

export function factsAgree(ctx: SieveContext, r: Referent, c: Candidate): boolean {
  if ((c.age === null && c.party === null) || !r.ent.kbId) return true;
  const facts = ctx.kb.facts(r.ent.kbId);
  const year = ctx.published ? Number(ctx.published.slice(0, 4)) : Number.NaN;
  if (c.age !== null && facts?.born && Number.isFinite(year)) {
    const gap = year - facts.born - c.age;
    if (gap < 0 || gap > 1) return false;
  }
  if (c.party !== null) {
    if (facts?.parties.length && !facts.parties.includes(c.party)) return false;
    const partyCountry = ctx.kb.byId(c.party)?.country;
    if (partyCountry && r.ent.country && r.ent.country !== partyCountry) return false;
  }
  return true;
}
