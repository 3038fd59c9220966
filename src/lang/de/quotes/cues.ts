/**
 * Cue verbs: finite speech/thought/writing verbs ("sagte", "betonte"), separated particle verbs
 * ("kündigte … an", "wies … zurück", "teilte … mit") and participles with their auxiliary
 * ("hat angekündigt", "habe erklärt"). Lemmas come from the lexicon; the cue list is data.
 */
import { INFLECTION_ENDING } from "./np.js";
import { type CueType, clauseClass, quoteTables } from "./tables.js";
import type { DeView } from "./view.js";

export interface Cue {
  /** The finite verb (or the auxiliary of a participle cue): the clause's verb position. */
  finite: number;
  /** The lexical cue token (verb or participle). */
  tok: number;
  /** All cue tokens in order (auxiliary, verb, separated particle). */
  parts: number[];
  lemma: string;
  type: CueType;
  /** True when the lexical verb is a participle or infinitive (verb-final position). */
  nonFinite: boolean;
}

const AUX: ReadonlySet<string> = clauseClass("cues.aux");

/** Determiners that open the subject after an inverted cue ("…, meinen die Experten"). */
const DETERMINERS_AFTER_CUE: ReadonlySet<string> = clauseClass("cues.determiners-after-cue");

/**
 * Whether a relative clause opens at token i after a noun and its comma: "das"/"welches" not followed by a noun or an
 * inflected adjective ("ein Ergebnis, das für … akzeptabel sei"; "dem Vorwurf, das BZÖ habe …" opens an NP).
 */
function relativeAfter(v: DeView, i: number, e: number): boolean {
  return (
    (v.lower[i] === "das" || v.lower[i] === "welches") &&
    i + 1 < e &&
    !v.isCap(i + 1) &&
    !INFLECTION_ENDING.test(v.lower[i + 1])
  );
}

/** Verb moods of a finite form. */
export const FINITE: ReadonlySet<string> = new Set(["ind", "subj1", "subj2"]);

/** Finite modals and "lassen" that take a bare infinitive cue ("ließ verlauten", "musste betonen"). */
const MODALS: ReadonlySet<string> = clauseClass("cues.modals");

/** True if token i ends a clause for particle search (comma, colon, quote, final punctuation). */
function clauseBreak(v: DeView, i: number): boolean {
  return v.isQuote(i) || v.isFinal(i) || v.isPunct(i, ",") || v.isPunct(i, ":") || v.isPunct(i, ";");
}

/** Whether "sich" stands in the clause around the cue's finite verb. */
function hasSich(v: DeView, cue: Cue, s: number, e: number): boolean {
  for (let j = cue.finite - 1; j >= s && j > cue.finite - 10; j--) {
    if (clauseBreak(v, j)) break;
    if (v.lower[j] === "sich") return true;
  }
  for (let j = cue.finite + 1; j < e && j < cue.finite + 8; j++) {
    if (clauseBreak(v, j)) break;
    if (v.lower[j] === "sich") return true;
  }
  return false;
}

/** Cue verbs in tokens [s, e), skipping tokens for which `skip(i)` is true (inside quotations). */
export function findCues(v: DeView, s: number, e: number, skip: (i: number) => boolean): Cue[] {
  const T = quoteTables();
  const lex = v.lex;
  const out: Cue[] = [];
  for (let i = s; i < e; i++) {
    if (!v.isWord(i) || skip(i)) continue;
    const cueNoun = v.isCap(i) && T.cueNouns.has(v.lower[i]);
    // "ist zuversichtlich, …", "zeigte sich überzeugt, dass …": a predicative attitude adjective
    const cueAdj = !v.isCap(i) && T.cueAdjectives.has(v.lower[i]);
    if ((cueNoun || cueAdj) && i + 2 < e && v.isPunct(i + 1, ",") && !(cueNoun && relativeAfter(v, i + 2, e))) {
      // "vertritt die Ansicht, dass …": the clause's verb is the finite position, the noun the cue
      let f = -1;
      for (let j = i - 1; j >= s && j > i - 8; j--) {
        if (clauseBreak(v, j)) break;
        if (!v.isCap(j) && v.isWord(j) && lex.verb(v.lower[j]).some((a) => FINITE.has(a.mood))) {
          f = j;
          break;
        }
      }
      if (f >= 0 && !out.some((c) => c.finite === f)) {
        const type = cueAdj ? "thought" : "speech";
        out.push({ finite: f, tok: i, parts: [f, i], lemma: v.lower[i], type, nonFinite: false });
      }
      continue;
    }
    if (v.isCap(i) && !v.isSentStart(i)) continue; // nouns
    const form = v.lower[i];
    // a structural label at the line start ("Frage: …", "Antwort: …") is no verb
    if (v.isCap(i) && i + 1 < e && v.isPunct(i + 1, ":") && T.dialogueLabels.has(form)) continue;
    // a function word is no verb, except a cue form after a comma before a determiner that opens its subject:
    // "…, meinen die Experten" (meinen is also the possessive: "meinen Informationen nach")
    if (
      T.functionWords.has(form) &&
      !(i > s && v.isPunct(i - 1, ",") && i + 1 < e && DETERMINERS_AFTER_CUE.has(v.lower[i + 1]))
    )
      continue;
    if (i > s && v.lower[i - 1] === "zu") continue; // "ohne … zu verweisen": an infinitive
    let found: Cue | null = null;
    for (const a of lex.verb(form)) {
      // second-person forms are not narrated ("äußerst" is the adverb, not "du äußerst")
      if (!FINITE.has(a.mood) || a.person === 2) continue;
      const c = T.cues.get(a.lemma);
      // an unsplit particle verb ("mitteilte" in a verb-final clause) counts as well
      if (c && (!c.particle || form.startsWith(c.particle))) {
        found = { finite: i, tok: i, parts: [i], lemma: c.lemma, type: c.type, nonFinite: false };
        break;
      }
    }
    if (!found) {
      // separated particle: "kündigte … an"
      for (const a of lex.splitVerb(form)) {
        if (!FINITE.has(a.mood)) continue;
        const c = T.cues.get(a.lemma);
        if (!c || c.particle !== a.particle) continue;
        let p = -1;
        let commas = 0;
        for (let j = i + 1; j < e && j < i + 30; j++) {
          if (clauseBreak(v, j)) {
            if (v.lower[j - 1] === a.particle && j - 1 > i) {
              p = j - 1;
              break;
            }
            // an apposition may stand before the particle ("…, Joachim Rücker, davon aus")
            if (!v.isPunct(j, ",") || ++commas > 2) break;
            continue;
          }
          if (j === e - 1 && v.lower[j] === a.particle) p = j;
        }
        if (p > 0) {
          found = { finite: i, tok: i, parts: [i, p], lemma: c.lemma, type: c.type, nonFinite: false };
          break;
        }
      }
    }
    if (!found) {
      // a particle verb the lexicon lacks: particle + base lemma ("fügte … hinzu" → hinzufügen)
      const base = lex.verb(form).find((a) => FINITE.has(a.mood))?.lemma;
      if (base) {
        let commas = 0;
        for (let j = i + 1; j < e && j < i + 30; j++) {
          if (!clauseBreak(v, j)) continue;
          const c = T.cues.get(v.lower[j - 1] + base);
          if (j - 1 > i && c && c.particle === v.lower[j - 1]) {
            found = { finite: i, tok: i, parts: [i, j - 1], lemma: c.lemma, type: c.type, nonFinite: false };
            break;
          }
          if (!v.isPunct(j, ",") || ++commas > 2) break;
        }
      }
    }
    if (!found && i > s) {
      // verb-final particle verb written apart: "wie X bekannt gab"
      const base = lex.verb(form).find((a) => FINITE.has(a.mood))?.lemma;
      const c = base ? T.cues.get(v.lower[i - 1] + base) : undefined;
      if (c && c.particle === v.lower[i - 1])
        found = { finite: i, tok: i, parts: [i - 1, i], lemma: c.lemma, type: c.type, nonFinite: false };
    }
    if (found && i + 1 < e && clauseBreak(v, i + 1)) {
      // "hat erklärt": a finite-looking form at the clause end after an auxiliary is a participle
      for (let j = i - 1; j >= s && j > i - 20; j--) {
        if (clauseBreak(v, j)) break;
        if (AUX.has(v.lower[j]) && lex.participleLemma(form) === found.lemma) {
          found = { ...found, finite: j, parts: [j, i], nonFinite: true };
          break;
        }
      }
    }
    if (!found) {
      const lemma = lex.participleLemma(form);
      const c = lemma ? T.cues.get(lemma) : undefined;
      if (c && !v.isCap(i)) {
        // its auxiliary: the nearest preceding auxiliary in the clause
        let aux = -1;
        for (let j = i - 1; j >= s && j > i - 20; j--) {
          if (clauseBreak(v, j) && !v.isPunct(j, ",")) break;
          if (AUX.has(v.lower[j])) {
            aux = j;
            break;
          }
        }
        // "ist ein Denken gefragt" (= in demand): some participles under "sein" are a state, not a speech act
        const stative =
          aux >= 0 &&
          T.stativeParticiples.has(form) &&
          lex.verb(v.lower[aux]).some((a) => a.lemma === "sein" && FINITE.has(a.mood));
        if (aux >= 0 && !stative) {
          found = { finite: aux, tok: i, parts: [aux, i], lemma: c.lemma, type: c.type, nonFinite: true };
        }
      }
    }
    if (!v.isCap(i) && (!found || (found.finite === i && found.parts.length === 1))) {
      // an infinitive under a modal or "lassen": "ließ X verlauten, …", "musste er betonen, dass …"
      const inf = lex.verb(form).find((a) => a.mood === "inf" && T.cues.has(a.lemma));
      if (inf && i + 1 < e && clauseBreak(v, i + 1)) {
        for (let j = i - 1; j >= s && j > i - 20; j--) {
          if (clauseBreak(v, j)) break;
          if (MODALS.has(v.lower[j])) {
            const c = T.cues.get(inf.lemma)!;
            found = { finite: j, tok: i, parts: [j, i], lemma: c.lemma, type: c.type, nonFinite: true };
            break;
          }
        }
      }
    }
    if (found) {
      const rule = T.reflexiveCues.get(found.lemma);
      if (rule && hasSich(v, found, s, e) !== (rule === "required")) continue;
      out.push(found);
    }
  }
  return out;
}
