/**
 * A person's clause ending in a colon: "Und Theo Öhlinger verstärkt das: Die Ausgabe … wird auf der Unionsebene
 * entschieden", "Die Ministerin blieb dabei: Es gibt keine Obergrenze." — what follows the colon is that person's
 * statement even when the verb before it is no speech verb (the cue-clause family reads those). Only a named person
 * as the subject in the first position (after "und", "auch"), a verb right after it, no quotation before the colon,
 * and a clause with a finite verb after it: a list after a colon ("nannte drei Gründe: die Wirtschaft, …") is none;
 * nor is hearsay about the person ("X soll … haben: …") or a colon in parentheses ("(sprich: …)").
 */
import { entityIn } from "../../../../quotes/entities.js";
import type { QuoteFamily } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { FINITE } from "../cues.js";
import { isDashTok, npAt } from "../np.js";
import { isPronoun } from "../speaker.js";
import { clauseClass } from "../tables.js";
import type { DeView } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_SOURCE_CLAUSE_COLON_OPENERS: ReadonlySet<string> = clauseClass("source.clause-colon-openers");
const CLASS_SOURCE_HEARSAY: ReadonlySet<string> = clauseClass("source.hearsay");

/** Tokens a person's clause before the colon may run. */
const MAX_CLAUSE = 12;

function finiteAt(v: DeView, i: number): boolean {
  return i < v.n && v.isWord(i) && !v.isCap(i) && v.lex.verb(v.lower[i]).some((a) => FINITE.has(a.mood));
}

export const clauseColon: QuoteFamily<DeView> = {
  name: "clause-colon",
  run(s) {
    const { v, u, doc } = s;
    if (s.drafts.length) return;
    let a = u.s;
    while (a < u.e && CLASS_SOURCE_CLAUSE_COLON_OPENERS.has(v.lower[a])) a++;
    const np = npAt(v, a, u.e);
    if (!np || np.e >= u.e || isPronoun(v, np) || !finiteAt(v, np.e) || CLASS_SOURCE_HEARSAY.has(v.lower[np.e])) return;
    const ent = entityIn(doc, v.start(np.s), v.end(np.e - 1));
    if (ent?.type !== "PER") return;
    let colon = -1;
    for (let i = np.e + 1; i < u.e && i <= np.e + MAX_CLAUSE; i++) {
      // a dash parts a headline's segments ("X bringt Y ins Spiel – Ministerium: …")
      if (s.skip(i) || v.isQuote(i) || v.isFinal(i) || isDashTok(v, i) || v.isPunct(i, "(")) return;
      // hearsay about the person ("Wassilew soll im Kreis gewirtschaftet haben: …") is not the person speaking
      if (CLASS_SOURCE_HEARSAY.has(v.lower[i])) return;
      if (v.isPunct(i, ":")) {
        colon = i;
        break;
      }
    }
    if (colon < 0) return;
    const msg = { s: colon + 1, e: trimEnd(v, colon + 1, u.e) };
    if (msg.e - msg.s < 4) return;
    let verb = false;
    for (let i = msg.s; i < msg.e && !verb; i++) verb = !s.skip(i) && finiteAt(v, i);
    if (!verb) return;
    const { kind, pair } = s.kindOf(msg, true);
    s.drafts.push({ kind, msg, pair, cue: null, speaker: np, inherited: null, frame: null });
  },
};
