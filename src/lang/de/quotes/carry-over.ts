/**
 * Carry-over: a sentence in Konjunktiv I without a cue ("Russland werde sich davon nicht beeindrucken
 * lassen.") continues the reported speech of the last speaker.
 */

import { wordMemo } from "../../../doc/memo.js";
import type { Lexicon } from "../lexicon/index.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView } from "./view.js";

const MODAL_SUBJ2: ReadonlySet<string> = clauseClass("carry-over.modal-subj2");
/** Infinitives that end a deontic or planning "sollen" clause ("soll wiederholt werden", "soll fahren können"). */
const DEONTIC_END: ReadonlySet<string> = clauseClass("carry-over.deontic-end");
const SUBORDINATORS: ReadonlySet<string> = clauseClass("carry-over.subordinators");

/** What reportedMood reads off a lower-case word form alone (bits), worked out once per form. */
const FUNCTION_WORD = 1;
/** A distinct Konjunktiv I that is no third-person indicative of another verb ("sei", "habe"; not "raste"). */
const SUBJ1 = 2;
/** A distinct Konjunktiv II that is no hedging modal ("wäre", "hätte"; not "könnte"). */
const SUBJ2 = 4;
/** A third-person indicative ("wirft"). */
const IND3 = 8;

/** A word form's mood flags, asked of the lexicon once per form. */
const moodFlags = wordMemo(50_000, (lex: Lexicon, w: string): number => {
  const ind3 = lex.verb(w).some((a) => a.mood === "ind" && a.person === 3);
  return (
    (quoteTables().functionWords.has(w) ? FUNCTION_WORD : 0) |
    (lex.isDistinctSubj1(w) && !ind3 ? SUBJ1 : 0) |
    (lex.isDistinctSubj2(w) && !MODAL_SUBJ2.has(w) ? SUBJ2 : 0) |
    (ind3 ? IND3 : 0)
  );
});

/**
 * "subj1" if the span holds a distinct Konjunktiv I form, "subj2" for a distinct Konjunktiv II
 * (wäre, hätte, würde), null otherwise. `skip(i)` excludes tokens inside quotations.
 */
export function reportedMood(v: DeView, s: number, e: number, skip: (i: number) => boolean): "subj1" | "subj2" | null {
  const lex = v.lex;
  let mood: "subj1" | "subj2" | null = null;
  const firstPerson = hasIch(v, s, e, skip);
  for (let i = s; i < e; i++) {
    if (!v.isWord(i) || skip(i) || (v.isCap(i) && !v.isSentStart(i))) continue;
    const w = v.lower[i];
    const flags = moodFlags(lex, w);
    if (flags & FUNCTION_WORD) continue;
    // a sentence-initial capitalised noun is no verb: "Versuche, den Mann zu beruhigen, …", "Ende Mai …"
    if (v.isCap(i) && lex.pos(v.text[i]).includes("NOUN")) continue;
    // nor is a sentence-initial word right before a finite indicative verb: the subject of a verb-second clause
    // ("Google wirft seine Macht in den Ring", not "googeln")
    if (v.isCap(i) && i + 1 < e && v.isWord(i + 1) && !v.isCap(i + 1) && moodFlags(lex, v.lower[i + 1]) & IND3)
      continue;
    // with "ich" in the clause, a form in -e is the first person indicative ("Ich arbeite … und plane einen Film")
    if (firstPerson && w.endsWith("e")) continue;
    // a form that is also a third-person indicative of another verb ("raste": rasen, past) is no clear Konjunktiv I
    if (flags & SUBJ1 && !(i > s && v.lower[i - 1] === "ich")) return "subj1";
    // a modal in Konjunktiv II ("könnte", "dürfte", "müsste") is mostly the narrator's own hedge
    if (!mood && flags & SUBJ2) mood = "subj2";
  }
  return mood;
}

/** Whether the span holds "ich" outside quotations. */
function hasIch(v: DeView, s: number, e: number, skip: (i: number) => boolean): boolean {
  for (let i = s; i < e; i++) if (v.lower[i] === "ich" && !skip(i)) return true;
  return false;
}

/** True if the sentence [s, e) can continue the last speaker's reported speech. */
export function isCarryOver(
  v: DeView,
  s: number,
  e: number,
  skip: (i: number) => boolean,
  lastWasIndirect: boolean,
  recentSpeaker = false,
): boolean {
  if (SUBORDINATORS.has(v.lower[s])) return false;
  if (v.text[e - 1] === "?") return false;
  const mood = reportedMood(v, s, e, skip);
  if (mood === "subj1" || (mood === "subj2" && lastWasIndirect)) return true;
  return recentSpeaker && hasReportiveSollen(v, s, e, skip);
}

/**
 * Reportive "sollen" in the indicative present: "Der Mann soll sofort ausgestiegen sein.", "Außerdem sollen
 * zehn Menschen verletzt worden sein." Right after a speaker's statement it continues that statement
 * (SpkAtt's FreeIndirect). "sollte" (past / Konjunktiv II) is left out: it is mostly narrative or conditional.
 */
export function hasReportiveSollen(v: DeView, s: number, e: number, skip: (i: number) => boolean): boolean {
  // "soll … wiederholt werden", "soll … transportieren können": a plan or duty (passive or modal infinitive at the
  // clause end), not a report
  let t = e - 1;
  while (t > s && (v.isPunct(t) || v.isQuote(t))) t--;
  if (DEONTIC_END.has(v.lower[t])) return false;
  for (let i = s; i < e; i++) {
    if (skip(i) || !v.isWord(i)) continue;
    const w = v.lower[i];
    // a verb-final "sollen" closes a subordinate or relative clause ("…, die helfen sollen."): not reportive
    const final = i + 1 >= e || v.isPunct(i + 1);
    if (
      (w === "soll" || w === "sollen") &&
      !final &&
      !(i > s && v.lower[i - 1] === "ich") &&
      !(i > s && v.lower[i - 1] === "wir")
    )
      return true;
  }
  return false;
}
