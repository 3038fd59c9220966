/**
 * An organisation called indefinitely and named in the next sentence, as news leads introduce it: "hat die Polizei
 * die Zentrale eines regierungskritischen Medienkonzerns gestürmt. … verschafften sich Sicherheitskräfte Zugang zum
 * Gelände der regierungskritischen Mediengruppe Koza Ipek." The indefinite phrase ("eines Medienkonzerns"; not
 * "keines") is the organisation the next sentence introduces with a title of the same kind before its name — when
 * exactly one such organisation is introduced there, and it was not mentioned before. Persons are left alone.
 */
import { firstStartingFrom } from "../../doc/sorted.js";
import type { Candidate } from "../grammar.js";
import type { Referent } from "../referents.js";
import { isTitle } from "./apposition.js";
import type { Sieve, SieveContext } from "./types.js";

/** The organisation a title of kind `kind` introduces in sentence `sent`, when exactly one does, else null. */
function introducedIn(ctx: SieveContext, sent: number, kind: string): Referent | null {
  const span = ctx.doc.sentences[sent];
  if (!span) return null;
  let found: Referent | null = null;
  const list = ctx.candidates;
  for (let k = firstStartingFrom(list, span.start); k < list.length && list[k].start < span.end; k++) {
    const t = list[k];
    if (t.denotes !== "org" || t.orgKind !== kind) continue;
    // another phrase of the kind there ("die Mediengruppe" before a name taken for a place) leaves it unclear
    if (!isTitle(t)) return null;
    const r = ctx.nameAt.get(t.anchor);
    // introduced there: no mention of it before that sentence
    if (!r || r.ent.mentions.some((m) => m.start < span.start)) continue;
    if (found && found !== r) return null;
    found = r;
  }
  // (every titled name counts against "exactly one"; the answer must be an organisation — or a name the KB does not
  // know, which the title makes one: apposition — never a place or a person the KB knows)
  if (found && (found.ent.type === "LOC" || (found.ent.type === "PER" && found.ent.kbId))) return null;
  return found;
}

export const namedNext: Sieve = {
  name: "named-next",
  resolve(ctx, c: Candidate, sent) {
    if (c.kind !== "description" || c.denotes !== "org" || !c.indefinite || !c.orgKind) return null;
    if (c.anchor !== null || c.namePrefix !== null) return null;
    return introducedIn(ctx, sent + 1, c.orgKind);
  },
};
