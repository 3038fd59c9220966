/**
 * Appositions and role + name: "Igor Konaschenkow, der Sprecher des Ministeriums, …" and "Innenministerin Johanna
 * Mikl-Leitner", "der österreichische Außenminister Sebastian Kurz": the phrase is the name's referent, and the
 * referent learns the role (for later "der Minister") and the gender of the phrase. A title right before a name the
 * KB does not know also sets the name's type (person or organisation) where the tagger guessed otherwise. A title
 * before coordinated names ("die Parteien X, Y und Z") gives its head to each organisation among them.
 */
import type { Candidate } from "../grammar.js";
import { agrees } from "../referents.js";
import type { Sieve } from "./types.js";

/** Whether a candidate is a title right before the name it describes ("die Mediengruppe Koza Ipek"). */
export function isTitle(c: Candidate): c is Candidate & { anchor: number } {
  return c.anchor !== null && c.end <= c.anchor && c.anchor - c.end <= 1;
}

export const apposition: Sieve = {
  name: "apposition",
  resolve(ctx, c) {
    if (c.anchor === null) return null;
    const r = ctx.nameAt.get(c.anchor);
    if (!r) return null;
    // a title right before a name the KB does not know tells what the name is: "die US-Ratingagentur Moodys",
    // "die Partei Syriza" (an organisation), "der Politiker Amilcar Pop" (a person)
    const title = isTitle(c);
    if (title && !r.ent.kbId && r.ent.type !== "LOC") {
      if (c.denotes === "org" && r.ent.type === "PER") r.ent.type = "ORG";
      else if (c.denotes === "person" && r.ent.type !== "PER") r.ent.type = "PER";
    }
    if ((c.denotes === "person" && r.ent.type !== "PER") || !agrees(r, c.genders)) return null;
    if (c.denotes === "org" && r.ent.type === "PER") return null;
    r.roles.add(c.head);
    // "die Sender Kanaltürk und Bugün TV": every organisation of the coordination is called by the head, so that a
    // later "der Sender" is the most recent of them
    if (c.denotes === "org")
      for (const start of c.coordinated) {
        const other = ctx.nameAt.get(start);
        if (other && other.ent.type === "ORG") other.roles.add(c.head);
      }
    if (c.role) r.roles.add(c.role.text.toLowerCase());
    if (r.ent.type === "PER") for (const g of c.genders) if (g === "m" || g === "f") r.genders.add(g);
    return r;
  },
};
