/**
 * Crowds by number. "Die Bürger haben eine Lektion erteilt … Hunderttausende gingen auf die Straßen": a bare number
 * standing for people is the crowd the text spoke of last — the most recent group of people whose head names a crowd
 * (demonstrators, citizens, residents; the language gives the heads) — not a new participant. Without such a group
 * it is left alone.
 */
import { GROUP_KIND } from "../referents.js";
import type { Sieve } from "./types.js";

export const crowdNumber: Sieve = {
  name: "crowd",
  resolve(ctx, c, sent) {
    const heads = c.crowdOf;
    if (!heads) return null;
    return ctx.refs.mostRecent(sent, c.start, (r) => {
      if (r.orgKind !== GROUP_KIND) return false;
      for (const h of r.roles) if (heads.has(h)) return true;
      return false;
    });
  },
};
