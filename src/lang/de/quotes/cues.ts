/**
 * Cue verbs: finite speech/thought/writing verbs ("sagte", "betonte"), separated particle verbs
 * ("kündigte … an", "wies … zurück", "teilte … mit") and participles with their auxiliary
 * ("hat angekündigt", "habe erklärt"). Lemmas come from the lexicon; the cue list is data.
 */

import { wordMemo } from "../../../doc/memo.js";
import type { Lexicon } from "../lexicon/index.js";
import { INFLECTION_ENDING } from "./np.js";
import { type CueType, type CueVerb, clauseClass, quoteTables } from "./tables.js";
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

/** "vertritt die Ansicht, dass …", "ist zuversichtlich, …": a cue noun or attitude adjective before a comma,
 * with the clause's finite verb before it; null when token i is none, undefined when it is one without a verb. */
function nounOrAdjectiveCue(v: DeView, i: number, s: number, e: number): Cue | null | undefined {
  const T = quoteTables();
  const cueNoun = v.isCap(i) && T.cueNouns.has(v.lower[i]);
  // "ist zuversichtlich, …", "zeigte sich überzeugt, dass …": a predicative attitude adjective
  const cueAdj = !v.isCap(i) && T.cueAdjectives.has(v.lower[i]);
  if (!(cueNoun || cueAdj) || !(i + 2 < e) || !v.isPunct(i + 1, ",") || (cueNoun && relativeAfter(v, i + 2, e)))
    return null;
  // "vertritt die Ansicht, dass …": the clause's verb is the finite position, the noun the cue
  for (let j = i - 1; j >= s && j > i - 8; j--) {
    if (clauseBreak(v, j)) break;
    if (!v.isCap(j) && v.isWord(j) && v.lex.verb(v.lower[j]).some((a) => FINITE.has(a.mood))) {
      const type = cueAdj ? "thought" : "speech";
      return { finite: j, tok: i, parts: [j, i], lemma: v.lower[i], type, nonFinite: false };
    }
  }
  return undefined;
}

/** Whether token i cannot be a cue verb: a noun, a dialogue label, a function word, an infinitive after "zu". */
function noVerbAt(v: DeView, i: number, s: number, e: number): boolean {
  const T = quoteTables();
  if (v.isCap(i) && !v.isSentStart(i)) return true; // nouns
  const form = v.lower[i];
  // a structural label at the line start ("Frage: …", "Antwort: …") is no verb
  if (v.isCap(i) && i + 1 < e && v.isPunct(i + 1, ":") && T.dialogueLabels.has(form)) return true;
  // a function word is no verb, except a cue form after a comma before a determiner that opens its subject:
  // "…, meinen die Experten" (meinen is also the possessive: "meinen Informationen nach")
  if (
    T.functionWords.has(form) &&
    !(i > s && v.isPunct(i - 1, ",") && i + 1 < e && DETERMINERS_AFTER_CUE.has(v.lower[i + 1]))
  )
    return true;
  return i > s && v.lower[i - 1] === "zu"; // "ohne … zu verweisen": an infinitive
}

/**
 * What the cue rules read off a word form alone (the lexicon's analyses against the cue list), worked out once per
 * form: the rules below then only look at the positions around it.
 */
interface FormCues {
  /** The cue of a finite analysis (an unsplit particle verb only with its particle: "mitteilte"). */
  finite: CueVerb | null;
  /** Finite analyses as the stem of a separated particle verb that is a cue with that particle ("kündigte" → an). */
  split: readonly { particle: string; cue: CueVerb }[];
  /** The first finite analysis' lemma, when some cue is that lemma with a particle before it (fügte → hinzufügen). */
  particleBase: string | null;
  /** The lexicon's participle lemma ("erklärt" → erklären), or null. */
  participle: string | null;
  /** The cue verb of an infinitive analysis ("betonen"). */
  infinitive: CueVerb | null;
}

/** Base lemmas of the particle cues ("fügen" of hinzufügen): a lemma not among them takes no particle cue. */
let particleBases: ReadonlySet<string> | undefined;

/** A word form's cue answers, read off the lexicon once per form. */
const formCues = wordMemo(50_000, (lex: Lexicon, form: string): FormCues => readFormCues(lex, form));

function readFormCues(lex: Lexicon, form: string): FormCues {
  const T = quoteTables();
  if (!particleBases) {
    const bases = new Set<string>();
    for (const [key, c] of T.cues)
      if (c.particle && key.startsWith(c.particle)) bases.add(key.slice(c.particle.length));
    particleBases = bases;
  }
  const verbs = lex.verb(form);
  let finite: CueVerb | null = null;
  for (const a of verbs) {
    // second-person forms are not narrated ("äußerst" is the adverb, not "du äußerst")
    if (!FINITE.has(a.mood) || a.person === 2) continue;
    const c = T.cues.get(a.lemma);
    if (c && (!c.particle || form.startsWith(c.particle))) {
      finite = c;
      break;
    }
  }
  const split: { particle: string; cue: CueVerb }[] = [];
  for (const a of lex.splitVerb(form)) {
    if (!FINITE.has(a.mood)) continue;
    const c = T.cues.get(a.lemma);
    if (c && c.particle === a.particle) split.push({ particle: a.particle, cue: c });
  }
  const base = verbs.find((a) => FINITE.has(a.mood))?.lemma;
  const inf = verbs.find((a) => a.mood === "inf" && T.cues.has(a.lemma));
  return {
    finite,
    split,
    particleBase: base && particleBases.has(base) ? base : null,
    participle: lex.participleLemma(form),
    infinitive: inf ? (T.cues.get(inf.lemma) ?? null) : null,
  };
}

/** A finite cue verb form, an unsplit particle verb included ("mitteilte" in a verb-final clause). */
function finiteCue(i: number, f: FormCues): Cue | null {
  const c = f.finite;
  return c ? { finite: i, tok: i, parts: [i], lemma: c.lemma, type: c.type, nonFinite: false } : null;
}

/** A separated particle verb: "kündigte … an". */
function separatedParticleCue(v: DeView, i: number, e: number, f: FormCues): Cue | null {
  for (const { particle, cue: c } of f.split) {
    let p = -1;
    let commas = 0;
    for (let j = i + 1; j < e && j < i + 30; j++) {
      if (clauseBreak(v, j)) {
        if (v.lower[j - 1] === particle && j - 1 > i) {
          p = j - 1;
          break;
        }
        // an apposition may stand before the particle ("…, Joachim Rücker, davon aus")
        if (!v.isPunct(j, ",") || ++commas > 2) break;
        continue;
      }
      if (j === e - 1 && v.lower[j] === particle) p = j;
    }
    if (p > 0) return { finite: i, tok: i, parts: [i, p], lemma: c.lemma, type: c.type, nonFinite: false };
  }
  return null;
}

/** A particle verb the lexicon lacks: particle + base lemma ("fügte … hinzu" → hinzufügen), or written apart at
 * the end of a verb-final clause ("wie X bekannt gab"). */
function unknownParticleCue(v: DeView, i: number, s: number, e: number, f: FormCues): Cue | null {
  const T = quoteTables();
  const base = f.particleBase;
  if (!base) return null;
  let commas = 0;
  for (let j = i + 1; j < e && j < i + 30; j++) {
    if (!clauseBreak(v, j)) continue;
    const c = T.cues.get(v.lower[j - 1] + base);
    if (j - 1 > i && c && c.particle === v.lower[j - 1])
      return { finite: i, tok: i, parts: [i, j - 1], lemma: c.lemma, type: c.type, nonFinite: false };
    if (!v.isPunct(j, ",") || ++commas > 2) break;
  }
  if (i > s) {
    const c = T.cues.get(v.lower[i - 1] + base);
    if (c && c.particle === v.lower[i - 1])
      return { finite: i, tok: i, parts: [i - 1, i], lemma: c.lemma, type: c.type, nonFinite: false };
  }
  return null;
}

/** "hat erklärt": a finite-looking form at the clause end after an auxiliary is a participle. */
function asPerfect(v: DeView, found: Cue, i: number, s: number, e: number, f: FormCues): Cue {
  if (!(i + 1 < e && clauseBreak(v, i + 1))) return found;
  for (let j = i - 1; j >= s && j > i - 20; j--) {
    if (clauseBreak(v, j)) break;
    if (AUX.has(v.lower[j]) && f.participle === found.lemma)
      return { ...found, finite: j, parts: [j, i], nonFinite: true };
  }
  return found;
}

/** A participle of a cue verb with the nearest preceding auxiliary of its clause ("hat … mitgeteilt"). */
function participleCue(v: DeView, i: number, s: number, f: FormCues): Cue | null {
  const T = quoteTables();
  const form = v.lower[i];
  const lemma = f.participle;
  const c = lemma ? T.cues.get(lemma) : undefined;
  if (!c || v.isCap(i)) return null;
  let aux = -1;
  for (let j = i - 1; j >= s && j > i - 20; j--) {
    if (clauseBreak(v, j) && !v.isPunct(j, ",")) break;
    if (AUX.has(v.lower[j])) {
      aux = j;
      break;
    }
  }
  if (aux < 0) return null;
  // "ist ein Denken gefragt" (= in demand): some participles under "sein" are a state, not a speech act
  const stative =
    T.stativeParticiples.has(form) && v.lex.verb(v.lower[aux]).some((a) => a.lemma === "sein" && FINITE.has(a.mood));
  return stative ? null : { finite: aux, tok: i, parts: [aux, i], lemma: c.lemma, type: c.type, nonFinite: true };
}

/** An infinitive under a modal or "lassen": "ließ X verlauten, …", "musste er betonen, dass …". */
function modalInfinitiveCue(v: DeView, i: number, s: number, e: number, f: FormCues): Cue | null {
  const c = f.infinitive;
  if (!c || !(i + 1 < e && clauseBreak(v, i + 1))) return null;
  for (let j = i - 1; j >= s && j > i - 20; j--) {
    if (clauseBreak(v, j)) break;
    if (MODALS.has(v.lower[j])) {
      return { finite: j, tok: i, parts: [j, i], lemma: c.lemma, type: c.type, nonFinite: true };
    }
  }
  return null;
}

/** The cue verb at token i (not a noun or attitude adjective), or null. */
function verbCueAt(v: DeView, i: number, s: number, e: number, f: FormCues): Cue | null {
  let found = finiteCue(i, f) ?? separatedParticleCue(v, i, e, f) ?? unknownParticleCue(v, i, s, e, f);
  if (found) found = asPerfect(v, found, i, s, e, f);
  else found = participleCue(v, i, s, f);
  if (!v.isCap(i) && (!found || (found.finite === i && found.parts.length === 1)))
    found = modalInfinitiveCue(v, i, s, e, f) ?? found;
  return found;
}

/** The cue answers of each token of a view, filled as the tokens are read (units are read more than once). */
const TOKEN_FORMS = new WeakMap<DeView, (FormCues | undefined)[]>();

/** Cue verbs in tokens [s, e), skipping tokens for which `skip(i)` is true (inside quotations). */
export function findCues(v: DeView, s: number, e: number, skip: (i: number) => boolean): Cue[] {
  const T = quoteTables();
  let forms = TOKEN_FORMS.get(v);
  if (!forms) {
    forms = new Array<FormCues | undefined>(v.n);
    TOKEN_FORMS.set(v, forms);
  }
  const out: Cue[] = [];
  for (let i = s; i < e; i++) {
    if (!v.isWord(i) || skip(i)) continue;
    const nominal = nounOrAdjectiveCue(v, i, s, e);
    if (nominal !== null) {
      if (nominal && !out.some((c) => c.finite === nominal.finite)) out.push(nominal);
      continue;
    }
    if (noVerbAt(v, i, s, e)) continue;
    let f = forms[i];
    if (!f) {
      f = formCues(v.lex, v.lower[i]);
      forms[i] = f;
    }
    const found = verbCueAt(v, i, s, e, f);
    if (found) {
      const rule = T.reflexiveCues.get(found.lemma);
      if (rule && hasSich(v, found, s, e) !== (rule === "required")) continue;
      out.push(found);
    }
  }
  return out;
}
