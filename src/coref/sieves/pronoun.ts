/**
 * Third-person pronouns ("er", "sie", "ihm", "dessen", "dieser"): among the referents mentioned in this sentence
 * before the pronoun or in the two sentences before it, those that agree in gender and number; a personal pronoun
 * prefers the last sentence's subject, then the nearest mention; a demonstrative ("dieser", "jener") the nearest
 * mention that is not the current subject. Places and other names (works, events) are left out ("er" is rarely a
 * country).
 * A demonstrative marks its referent as not the topic: a personal pronoun that is the inverted subject of a later
 * clause of the same sentence ("Dieser habe zugesagt, …, teilte er mit") is the topic — the last sentence's
 * subject — before the demonstrative's referent.
 */
import type { Candidate } from "../grammar.js";
import { agrees, type Referent } from "../referents.js";
import type { Sieve } from "./types.js";

const WINDOW = 2;
const DEMONSTRATIVE = /^(dies|jen|letzter)/;
/** Ranks the referent of a demonstrative earlier in the sentence below the last sentence's subject. */
const NOT_TOPIC = 150;

export function isDemonstrative(c: Candidate): boolean {
  return DEMONSTRATIVE.test(c.head);
}

export const pronoun: Sieve = {
  name: "pronoun",
  resolve(ctx, c, sent) {
    if (c.kind !== "pronoun" || c.person !== 3) return null;
    const demonstrative = isDemonstrative(c);
    const cue = !demonstrative && c.cueSubject;
    let best: Referent | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const r of ctx.refs.recent(sent, WINDOW)) {
      if (
        r.ent.type === "LOC" ||
        r.ent.type === "MISC" ||
        r.last < 0 ||
        r.last >= c.start ||
        sent - r.lastSent > WINDOW
      )
        continue;
      // not a phrase of the pronoun's own clause ("Merkel lobte ihn", "Erstens verlange er")
      if (r.last >= c.clauseStart && !demonstrative) continue;
      if (c.denotes === "person" && r.ent.type !== "PER") continue;
      // an organisation is "er", "sie" or "es" by the gender of its name's article: unknown, it is no antecedent
      if (r.ent.type !== "PER" && !r.genders.size) continue;
      if (!agrees(r, c.genders)) continue;
      // a referent of unknown gender agrees with anything: rank it below one that is known to agree
      const known = r.genders.size > 0 ? 1 : 0;
      const subject = r.lastSubjectSent >= 0 && sent - r.lastSubjectSent <= 1 ? 1 : 0;
      const notTopic = cue && r.lastDemonstrative && r.lastSent === sent ? NOT_TOPIC : 0;
      const score =
        -100 * (sent - r.lastSent) +
        20 * known +
        (demonstrative ? -30 * subject : 30 * subject) -
        notTopic +
        r.last / 1e7;
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return best;
  },
};
