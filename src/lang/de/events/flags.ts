/**
 * Clause flags: negation ("nicht", "kein", "weder"), hypothetical (conditional clauses, Konjunktiv II
 * auxiliaries, V1 "Sollte …"), future/intent ("wird … treffen", "will", "kündigte an"; not the passive "wird …
 * vorgeworfen").
 */

import { TokenKind } from "../../../doc/tokens.js";
import type { Clause, ClauseFlags } from "../../../events/grammar.js";
import { eventTables } from "./tables.js";
import type { DeEventView } from "./view.js";
import { isClass } from "./words.js";

/** Flags of one clause; `condSentence` says whether the sentence has a conditional clause. */
export function clauseFlags(v: DeEventView, c: Clause, condSentence: boolean): ClauseFlags {
  const cues = eventTables().cues;
  const lower = v.lower;
  let negated = false;
  let subj2 = false;
  let future = false;
  let pastSubj2 = false;
  let deontic = false;
  let perfect = false;
  for (let i = c.start; i < c.end; i++) {
    if (v.doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const w = lower[i];
    if (isClass("perfaux-inf", w) || isClass("perfaux", w)) perfect = true;
    const role = cues.get(w);
    if (!role) continue;
    if (role === "neg" || role === "negdet") {
      const next = i + 1 < c.end ? v.lower[i + 1] : "";
      if (w === "nicht" && isClass("flags.after-nicht", next)) continue;
      negated = true;
    } else if (role === "subj2") subj2 = true;
    else if (role === "subj2neg") pastSubj2 = true;
    else if (role === "intent" || (role === "fut" && !passiveAuxiliary(v, c, i))) future = true;
    else if (role === "deont") deontic = true;
  }
  // "hätte … getötet" alone is often reported speech; negated it denies the act ("Er hätte keinen Journalisten
  // getötet") — unless a condition turns it round ("hätte nicht angegriffen, wenn …": it did)
  if (pastSubj2 && negated && !condSentence && !c.inQuote) subj2 = true;
  const hypothetical = c.kind === "cond" || subj2 || (condSentence && (future || subj2));
  // "muss … getötet worden sein" (an inferred act), "hat … einstecken müssen" (a done act): not an obligation
  return { negated, hypothetical, future, deontic: deontic && !perfect };
}

/**
 * Whether the form of "werden" at i is the passive auxiliary, not the future one: the verb it goes with — the clause's
 * last word, or the word before the auxiliary when that ends the clause ("dass ihm Betrug vorgeworfen wird") — is a
 * participle of the event dictionary that is no infinitive ("wird … vorgeworfen"; "wird … treffen" and "wird …
 * getroffen werden" are future).
 */
function passiveAuxiliary(v: DeEventView, c: Clause, i: number): boolean {
  let last = c.end - 1;
  while (last > i && v.doc.tokens.kind[last] !== TokenKind.WORD) last--;
  const verb = last === i ? i - 1 : last;
  if (verb < c.start || verb === i) return false;
  const readings = v.verbs.readings(v.lower[verb]);
  return readings.some((r) => r.kind === "P") && !readings.some((r) => r.kind === "I");
}
