/**
 * Role nouns: "der Minister", "die Kanzlerin", "der Landeshauptmann". First a person the text introduced with that
 * role (an apposition, role + name, or the KB's offices of a linked person) — the most recent one that agrees in
 * gender and country; then, for an office the phrase scopes ("der österreichische Außenminister", "Kremlchef"),
 * the KB's holder on the publication date (never without a date).
 */
import type { Candidate } from "../grammar.js";
import { agrees, type Referent } from "../referents.js";
import { factsAgree } from "./kb-facts.js";
import type { Sieve, SieveContext } from "./types.js";

/** Whether a referent was introduced with a role the noun names (same noun, or one is the other's compound head). */
function hasRole(r: Referent, c: Candidate): boolean {
  for (const role of r.roles) if (role === c.head || role.endsWith(c.head) || c.head.endsWith(role)) return true;
  return !!c.role?.noun.roles.some((code) => r.roleCodes.has(code));
}

export const roleInText: Sieve = {
  name: "role-in-text",
  resolve(ctx, c, sent) {
    if (c.kind !== "role" || !c.definite || c.related) return null;
    return ctx.refs.mostRecent(
      sent,
      c.start,
      (r) =>
        r.ent.type === "PER" &&
        hasRole(r, c) &&
        agrees(r, c.genders) &&
        factsAgree(ctx, r, c) &&
        !(c.country && r.ent.country && r.ent.country !== c.country),
    );
  },
};

export const roleAtDate: Sieve = {
  name: "role-at-date",
  resolve(ctx: SieveContext, c) {
    if (c.kind !== "role" || !c.role || c.related || !c.definite || !ctx.published) return null;
    const scope = c.role.scope ?? c.role.noun.org ?? c.role.noun.country;
    if (!scope) return null;
    // the office's holder on that day; the KB says "no-date", "ambiguous", "after-coverage" … rather than guess
    const at = ctx.kb.holderForAt(c.role.noun, ctx.published, scope);
    const holder = at.status === "found" ? at.holder : null;
    if (holder?.type !== "PER") return null;
    const known = ctx.refs.identical(holder.id, holder.wikidata);
    if (known) return agrees(known, c.genders) ? known : null;
    const r = ctx.refs.create({
      name: holder.name,
      type: "PER",
      country: holder.country,
      wikidata: holder.wikidata,
      kbId: holder.id,
      role: holder.role ?? null,
    });
    return agrees(r, c.genders) ? r : null;
  },
};

/**
 * A definite role noun the text did not introduce ("…, sagt der FPÖ-Bezirksrat" after "Michael Stumpf kandidiert"):
 * the person named in this or the previous sentence, when exactly one agrees in gender and country — the writer's
 * way of adding a fact about the person just named.
 */
export const roleOfSalient: Sieve = {
  name: "role-salient",
  resolve(ctx, c, sent) {
    if (c.kind !== "role" || !c.definite || c.related) return null;
    const scope = c.role?.scope && /^[A-Z]{3}$/.test(c.role.scope) ? c.role.scope : c.country;
    const fits = ctx.refs
      .recent(sent, 1)
      .filter(
        (r) =>
          r.ent.type === "PER" &&
          r.last >= 0 &&
          r.last < c.start &&
          sent - r.lastSent <= 1 &&
          agrees(r, c.genders) &&
          factsAgree(ctx, r, c) &&
          !(scope && r.ent.country && r.ent.country !== scope),
      );
    return fits.length === 1 ? fits[0] : null;
  },
};
