/**
 * Speaker resolution: the subject NP of a cue (before the finite verb, after it in inverted
 * frames, inside "wie X mitteilte"), linked to an entity by overlap with entity mentions;
 * pronouns (er/sie/man) go to the last speaker or the last person mentioned.
 */
import type { Doc } from "../../../doc/index.js";
import type { Entity } from "../../../doc/schema/index.js";
import { endsWithRoleNoun } from "../../../kb/index.js";
import { entityIn } from "../../../quotes/entities.js";
import type { Cue } from "./cues.js";
import { npAt, skipAdverbs } from "./np.js";
import { clauseClass, personEnding, quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_SUBORD: ReadonlySet<string> = clauseClass("subord");
const CLASS_PREP: ReadonlySet<string> = clauseClass("prep");
const CLASS_RELOBJ: ReadonlySet<string> = clauseClass("relobj");
const CLASS_NOMPRON: ReadonlySet<string> = clauseClass("nompron");

/** Prepositions whose PP can stand inside a subject before the finite verb. */
const NP_PREPS: ReadonlySet<string> = clauseClass("speaker.np-preps");
/** Demonstratives standing for a document after "in": "In diesem wird festgehalten, …". */
const DEMONSTRATIVE_OBJ: ReadonlySet<string> = clauseClass("speaker.demonstrative-obj");
/** Articles that open a dative or accusative NP, never a subject. */
const OBLIQUE_START: ReadonlySet<string> = clauseClass("speaker.oblique-start");
const ARTICLE_CAPS: ReadonlySet<string> = clauseClass("speaker.article-caps");
const HEISST_PREPS: ReadonlySet<string> = clauseClass("speaker.heisst-preps");
/** Passive auxiliaries: "wurde mitgeteilt", "wurden aufgefordert" (the subject is no speaker). */
export const PASSIVE_AUX: ReadonlySet<string> = clauseClass("speaker.passive-aux");
const DEMONSTRATIVES: ReadonlySet<string> = clauseClass("speaker.demonstratives");
const RELATIVE_SUBJ: ReadonlySet<string> = clauseClass("speaker.relative-subj");
/** Conjunctions joining two main clauses. */
const COORD: ReadonlySet<string> = clauseClass("speaker.coord");

/**
 * The subject of a verb-final subordinate clause opened at `a` by a conjunction ("Während X ankündigte, …",
 * "…, da sie befürchten, …", "…, indem er sagte, …") or by a preposition with a relative pronoun ("…, in dem er
 * verlangte, …"): the first NP after the opener. `undefined` when no such clause holds the cue.
 */
function subordinateSubject(
  v: DeView,
  cue: Cue,
  a: number,
  e: number,
  timeEnd: (i: number) => number,
): TokSpan | null | undefined {
  const f = cue.finite;
  // the clause is verb-final: the cue verb (with its auxiliaries: "betont hatte") closes it
  // and the verb forms stand together there ("Als Begründung gab er an, …" is a main clause)
  const isVerbAt = (k: number) => v.isWord(k) && !v.isCap(k) && v.lex.isVerb(v.lower[k]);
  const first = Math.min(...cue.parts, f);
  let last = Math.max(...cue.parts, f);
  for (let k = first + 1; k < last; k++) if (!cue.parts.includes(k) && !isVerbAt(k)) return undefined;
  while (last + 1 < e && isVerbAt(last + 1)) last++;
  if (last + 1 < e && !v.isPunct(last + 1) && !v.isQuote(last + 1)) return undefined;
  let s = -1;
  if (CLASS_SUBORD.has(v.lower[a])) s = a + 1;
  else if (
    a + 1 < f &&
    a > 0 &&
    v.isPunct(a - 1, ",") &&
    CLASS_PREP.has(v.lower[a]) &&
    CLASS_RELOBJ.has(v.lower[a + 1])
  )
    s = a + 2;
  else {
    // without the comma: "… einen Zettel in dem er verlangte, …"
    for (let i = a + 1; i + 2 < f; i++) {
      if (v.isPunct(i) || v.isQuote(i)) return undefined;
      if (CLASS_PREP.has(v.lower[i]) && CLASS_RELOBJ.has(v.lower[i + 1]) && CLASS_NOMPRON.has(v.lower[i + 2])) {
        for (let k = i + 3; k < f; k++) if (v.isPunct(k) || v.isQuote(k)) return undefined;
        return { s: i + 2, e: i + 3 };
      }
    }
    return undefined;
  }
  s = skipAdverbs(v, s, f, timeEnd);
  if (s >= f || OBLIQUE_START.has(v.lower[s])) return null;
  const np = npAt(v, s, f, true);
  // a verb right after the NP that is no cue verb: "Als Beispiel führte er … an und führte aus, …" is a main clause
  if (np && np.e < first && isVerbAt(np.e)) return undefined;
  return np;
}

/** The subject of a cue. `cs` is the start of the cue's clause. */
export function subjectOf(
  v: DeView,
  cue: Cue,
  cs: number,
  e: number,
  inverted: boolean,
  timeEnd: (i: number) => number,
): TokSpan | null {
  const f = cue.finite;
  const aux = cue.parts.length === 1 && f === cue.tok ? auxOfParticiple(v, cs, f, e) : -1;
  if (aux >= 0) {
    // "X hat in einem Gespräch mit Y (…, …) bekräftigt, …": a participle whose auxiliary the cue missed
    const k = aux < cs ? clauseStart(v, aux) : cs;
    const parts = [aux, f];
    return subjectOf(v, { ...cue, finite: aux, parts, nonFinite: true }, k, Math.max(e, f), false, timeEnd);
  }
  if (cue.lemma === "verlauten" || cue.lemma === "heißen") {
    // "Aus Militärkreisen verlautete, …", "hieß es aus Regierungskreisen": the aus-PP names the source
    for (let i = cs; i < e && i < f + 8; i++) {
      if (v.isPunct(i, ",") && i > f) break;
      if (v.lower[i] !== "aus" || i + 1 >= e) continue;
      const np = npAt(v, i + 1, e);
      if (np && !cue.parts.includes(np.s)) return { s: i, e: np.e };
    }
  }
  // (a passive "wird … zitiert" names the quoted speaker as its subject: "Panetta wird mit den Worten zitiert")
  if (cue.nonFinite && PASSIVE_AUX.has(v.lower[f]) && cue.tok > f && cue.lemma !== "zitieren")
    return passiveSpeaker(v, cue, cs, f);
  if (cs < f && cue.lemma !== "heißen") {
    let a = cs;
    while (a < f && (v.lower[a] === "und" || v.lower[a] === "aber" || v.lower[a] === "doch" || v.isPunct(a))) a++;
    const sub = subordinateSubject(v, cue, a, e, timeEnd);
    if (sub !== undefined) return sub;
  }
  if (!inverted && cs < f) {
    const sub = prefieldSubject(v, cue, cs, e, timeEnd);
    if (sub !== undefined) return sub;
  }
  if (cue.lemma === "heißen" && HEISST_PREPS.has(v.lower[cs])) {
    // "In einem Positionspapier des Ministeriums heißt es, …", "Auf der Homepage heißt es": the document speaks
    const np = npAt(v, cs + 1, f);
    if (np) return np;
  }
  if (cue.lemma === "heißen" && cs === f) {
    // "In der Resolution, die … angenommen wurde, heißt es, …": the fronted PP before a relative clause
    const pp = ppBeforeRelative(v, cs, HEISST_PREPS);
    if (pp) return pp;
  }
  let j = skipAdverbs(v, f + 1, e, timeEnd);
  if (cue.lemma === "heißen") {
    // "heißt es in dem Bericht", "hieß es bei der Agentur X": the document or outlet speaks, never "es"
    let k = v.lower[j] === "es" ? j + 1 : j;
    k = skipAdverbs(v, k, e, timeEnd);
    if (k < e && HEISST_PREPS.has(v.lower[k])) {
      const np = npAt(v, k + 1, e);
      if (np) return v.lower[k].length === 2 && v.lower[k].endsWith("m") ? { s: k, e: np.e } : np;
    }
    if (v.lower[j] === "es") return null;
  }
  let np = npAt(v, j, e);
  // a dative outlet before the subject ("sagte der Zeitung X der Minister") is not the speaker
  if (np && datOutlet(v, np)) {
    j = skipAdverbs(v, np.e, e, timeEnd);
    np = npAt(v, j, e);
  }
  if (np && cue.parts.includes(np.s)) return null;
  // a demonstrative pronoun after the verb: "In einem Interview sagte dieser, dass …"
  if (!np && j < e && DEMONSTRATIVES.has(v.lower[j]) && j + 1 < e && !v.isCap(j + 1)) return { s: j, e: j + 1 };
  return np;
}

/** The speaker of a passive cue: "wurde von der Polizei mitgeteilt", "Von der Regierung wurde … kritisiert" — the
 * agent speaks, the grammatical subject is the content; without an agent the document of an in-PP, else none. */
function passiveSpeaker(v: DeView, cue: Cue, cs: number, f: number): TokSpan | null {
  // passive: "wurde von der Polizei mitgeteilt", "Von der Regierung wurde … kritisiert": the agent speaks,
  // the grammatical subject is the content; without an agent the speaker is unknown
  const last = Math.max(...cue.parts);
  for (let i = cs; i < last; i++) {
    if ((v.lower[i] !== "von" && v.lower[i] !== "vom") || i === f) continue;
    const np = npAt(v, v.lower[i] === "vom" ? i + 1 : i + 1, last);
    if (np) return np;
  }
  // "In dem Bericht wird festgehalten, dass …", "wird in einer Mitteilung gefordert, …": without an agent
  // the document in the in-PP speaks
  if ((v.lower[cs] === "in" || v.lower[cs] === "im") && cs < f) {
    if (cs + 2 === f && DEMONSTRATIVE_OBJ.has(v.lower[cs + 1])) return { s: cs + 1, e: f };
    const np = npAt(v, cs + 1, f);
    if (np && np.e === f) return v.lower[cs] === "im" ? { s: cs, e: np.e } : np;
  }
  // "In einer Erklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, …"
  if (cs === f) {
    const pp = ppBeforeRelative(v, cs, IN_PREPS);
    if (pp) return pp;
  }
  for (let i = f + 1; i < last; i++) {
    if (v.lower[i] !== "in" && v.lower[i] !== "im") continue;
    const np = npAt(v, i + 1, last);
    let report = false;
    for (let k = np?.s ?? i; np && k < np.e; k++) if (quoteTables().reportNouns.has(v.lower[k])) report = true;
    if (np && report) return v.lower[i] === "im" ? { s: i, e: np.e } : np;
  }
  return null;
}

/** The subject before the finite verb of a cue that is not inverted ("X sagte, …", "wie X betont", "…, die
 * angab, …"); undefined when the prefield holds none. */
function prefieldSubject(
  v: DeView,
  cue: Cue,
  cs: number,
  e: number,
  timeEnd: (i: number) => number,
): TokSpan | undefined {
  const f = cue.finite;
  if (v.lower[cs] === "wie" || v.lower[cs] === "was") {
    // the wie-clause is verb-final: its subject runs up to the verb, with a locative PP ("die Mission im
    // Südsudan") and an apposition even when the closing comma is missing ("wie X, Direktor der NASA betont")
    const np = npAt(v, skipAdverbs(v, cs + 1, f, timeEnd), f, true);
    if (np && v.isPunct(np.e, ",") && np.e + 1 < f) {
      const app = npAt(v, np.e + 1, f, true);
      if (app && !isPronounTok(v, app.s)) {
        const end = v.isPunct(app.e, ",") ? app.e + 1 : app.e;
        if (skipAdverbs(v, end, f, timeEnd) === f) return { s: np.s, e: app.e };
      }
    }
    if (np) return np;
  }
  let a = cs;
  while (a < f && (v.lower[a] === "und" || v.lower[a] === "aber" || v.lower[a] === "doch" || v.isPunct(a))) a++;
  // "Auch Feinstein argumentierte, …": a focus adverb before the subject
  if (
    a + 1 < f &&
    (v.lower[a] === "auch" || v.lower[a] === "selbst" || v.lower[a] === "sogar") &&
    !OBLIQUE_START.has(v.lower[a + 1])
  )
    a++;
  // a relative pronoun is the subject of a relative clause: "…, die angab, dass …"
  if (a + 1 <= f && a > 0 && v.isPunct(a - 1, ",") && RELATIVE_SUBJ.has(v.lower[a])) {
    const next = skipAdverbs(v, a + 1, f, timeEnd);
    if (next === f || !(v.isCap(a + 1) || v.lower[a + 1] === "von")) return { s: a, e: a + 1 };
  }
  // a demonstrative pronoun as the subject: "Diese bestätigte, dass …"
  if (a + 1 === f && DEMONSTRATIVES.has(v.lower[a])) return { s: a, e: a + 1 };
  // a fronted adverbial ("Bezüglich des Startortes meldet X", "Des Weiteren verwies X") is no subject
  // a fronted accusative or dative object ("Den Vorschlag kritisierte die Opposition …"): the subject follows the verb
  const oblique =
    OBLIQUE_START.has(v.lower[a]) && !(a + 1 < f && (v.lower[a + 1] === "der" || v.lower[a + 1] === "des"));
  let np = quoteTables().adverbialOpeners.has(v.lower[a]) || oblique ? null : npAt(v, a, f, true);
  if (np && skipAdverbs(v, np.e, f, timeEnd) !== f) {
    // verb second: all before the finite verb is one constituent, so PPs there belong to the subject
    // ("Politiker aus anderen Parteien haben …", "Einige der Verbände im Land schrieben …")
    let k = np.e;
    while (k + 1 < f && NP_PREPS.has(v.lower[k]) && !v.isCap(k)) {
      const sub = npAt(v, k + 1, f, true);
      if (!sub || quoteTables().pronouns.has(v.lower[sub.s])) break;
      // a capitalised article inside marks a heading run into the sentence ("… an den Bundestag Der Bundesrat")
      let heading = false;
      for (let i = sub.s + 1; i < sub.e; i++) if (v.isCap(i) && ARTICLE_CAPS.has(v.text[i])) heading = true;
      if (heading) break;
      k = sub.e;
    }
    if (k > np.e && skipAdverbs(v, k, f, timeEnd) === f) np = { s: np.s, e: k };
  }
  // before the verb "der Sender" is a nominative; only "dem Sender" is a dative outlet there
  if (
    np &&
    skipAdverbs(v, np.e, f, timeEnd) === f &&
    !(datOutlet(v, np) && v.lower[np.s] === "dem") &&
    !feminineDative(v, np)
  ) {
    // a fronted object: "Die Tat bezeichnete er als sinnlos", "Der Politik schlug er vor, …" — a pronoun after
    // the verb that can only be a nominative is the subject (unless a verb follows it: "X sagte er werde …")
    const j = skipAdverbs(v, f + 1, e, timeEnd);
    if (
      !isPronounTok(v, np.s) &&
      j + 1 < e &&
      CLASS_NOMPRON.has(v.lower[j]) &&
      !isClauseVerb(v, j + 1) &&
      !isAux(v, j + 1)
    )
      return { s: j, e: j + 1 };
    return np;
  }
  // a second main clause joined without a comma brings its own subject: "… um die Blockaden und die
  // Anwohner befürchten, dass …"
  // (the first clause has a verb of its own: in "Angesichts der Krise und steigender Preise erhoffen sich …" the
  // conjunction joins two NPs)
  for (let c = f - 2; c > a && cue.lemma !== "heißen"; c--) {
    if (v.isPunct(c) || v.isQuote(c)) break;
    if (!COORD.has(v.lower[c]) || OBLIQUE_START.has(v.lower[c + 1])) continue;
    const own = npAt(v, c + 1, f, true);
    if (!own || skipAdverbs(v, own.e, f, timeEnd) !== f) break;
    for (let k = a + 1; k < c; k++) if (isClauseVerb(v, k)) return own;
    break;
  }
  return undefined;
}

/**
 * The subject a cue verb after "und" shares with the first conjunct ("Auch der Minister sprach sich gegen das
 * Verbot aus und sagte, …", "Die Botschaft im Irak stellte ihre Arbeit ein und empfahl, …"): the subject of the
 * first conjunct's verb in [cs, conj). Participles that share an auxiliary before the clause start ("So hat sich
 * etwa die Vorsitzende, Name, gegen … ausgesprochen und behauptet, …") take the auxiliary's subject; `from` is the
 * start of the sentence. null when the first conjunct names none (its subject then stands before the comma).
 */
export function conjunctSubject(
  v: DeView,
  from: number,
  cs: number,
  conj: number,
  timeEnd: (i: number) => number,
): TokSpan | null {
  const lex = v.lex;
  /** The subject of the verb at `fin`, unless an object stands after it ("X, ein Sprecher, dankte den Helfern und …"). */
  const subjectAt = (fin: number, start: number, end: number) => {
    const np = subjectOf(v, pseudoCue(fin), start, end, false, timeEnd);
    return np && np.s > fin && OBLIQUE_START.has(v.lower[np.s]) ? null : np;
  };
  let participle = -1;
  for (let w = cs; w < conj; w++) {
    if (!isClauseVerb(v, w)) continue;
    if (!lex.verb(v.lower[w]).some((a) => a.mood === "part")) return subjectAt(w, cs, conj);
    // a participle ("hat sich … ausgesprochen und behauptet") is read with its auxiliary
    for (let k = cs; k < w; k++) if (isAux(v, k)) return subjectAt(k, cs, conj);
    participle = w;
    break;
  }
  for (let k = cs - 1; k >= from; k--) {
    if (v.isFinal(k) || v.isQuote(k)) break;
    if (!isAux(v, k)) continue;
    let ks = k;
    while (ks > from && !v.isPunct(ks - 1, ",") && !v.isPunct(ks - 1, ":") && !v.isPunct(ks - 1, ";")) ks--;
    return subjectAt(k, ks, cs);
  }
  // a finite form that looks like a participle: "Der Minister kritisiert die Pläne und fordert, …"
  const finite = participle >= 0 && lex.verb(v.lower[participle]).some((a) => a.mood === "ind" || a.mood === "subj1");
  return finite ? subjectAt(participle, cs, conj) : null;
}

const IN_PREPS: ReadonlySet<string> = clauseClass("speaker.in-preps");

/**
 * A PP opening the sentence before a relative clause that ends right before `cs` ("In der Resolution, die …
 * angenommen wurde, heißt es"): its NP ("im" PPs with the preposition), or null.
 */
function ppBeforeRelative(v: DeView, cs: number, preps: ReadonlySet<string>): TokSpan | null {
  if (cs < 2 || !v.isPunct(cs - 1, ",")) return null;
  for (let r = cs - 2; r > 0 && r > cs - 40; r--) {
    if (v.isFinal(r) || v.isQuote(r)) return null;
    if (!v.isPunct(r, ",")) continue;
    const rel = v.lower[r + 1];
    const relative =
      RELATIVE_SUBJ.has(rel) || CLASS_RELOBJ.has(rel) || (CLASS_PREP.has(rel) && CLASS_RELOBJ.has(v.lower[r + 2]));
    if (!relative) return null;
    const s = clauseStart(v, r);
    if (!preps.has(v.lower[s])) return null;
    const np = npAt(v, s + 1, r);
    if (!np || np.e !== r) return null;
    return v.lower[s].length === 2 && v.lower[s].endsWith("m") ? { s, e: np.e } : np;
  }
  return null;
}

/** The start of the clause holding token i: after the last comma, colon, semicolon or sentence end before it. */
function clauseStart(v: DeView, i: number): number {
  let k = i;
  while (k > 0 && !v.isPunct(k - 1, ",") && !v.isPunct(k - 1, ":") && !v.isPunct(k - 1, ";") && !v.isFinal(k - 1)) k--;
  return k;
}

/**
 * The auxiliary of a verb-final participle cue at f that the cue finder did not attach ("hat … bekräftigt",
 * "hatte ein Talibanführer …, Name, erklärt"): an auxiliary in the cue's clause, or, when the clause is the bare
 * participle after a name apposition, in the clause before it. -1 when there is none.
 */
function auxOfParticiple(v: DeView, cs: number, f: number, e: number): number {
  if (f + 1 < e && !v.isPunct(f + 1) && !v.isQuote(f + 1)) return -1;
  if (!v.lex.verb(v.lower[f]).some((a) => a.mood === "part")) return -1;
  for (let k = cs; k < f; k++) if (isAux(v, k)) return k;
  if (cs !== f || !v.isPunct(cs - 1, ",")) return -1;
  // the bare participle after an apposition: "…, Baitullah Mehsud, erklärt"
  const app = clauseStart(v, cs - 1);
  const np = npAt(v, app, cs - 1);
  if (!np || np.e !== cs - 1 || app < 2 || !v.isPunct(app - 1, ",")) return -1;
  const before = clauseStart(v, app - 1);
  for (let k = before; k < app - 1; k++) if (isAux(v, k)) return k;
  return -1;
}

/** A lower-case verb form that is no function word: a candidate for a clause's verb. */
function isClauseVerb(v: DeView, k: number): boolean {
  return v.isWord(k) && !v.isCap(k) && !quoteTables().functionWords.has(v.lower[k]) && v.lex.isVerb(v.lower[k]);
}

function isAux(v: DeView, k: number): boolean {
  return v.isWord(k) && !v.isCap(k) && v.lex.pos(v.lower[k]).includes("AUX");
}

/** A verb at `w` read as the finite verb of its clause. */
function pseudoCue(w: number): Cue {
  return { finite: w, tok: w, parts: [w], lemma: "", type: "speech", nonFinite: false };
}

/**
 * "Der Zeitung X sagte er, …", "Der englischsprachigen Zeitung sagte Y": an NP of "der", adjectives and a feminine
 * head noun before the verb is a fronted dative.
 */
function feminineDative(v: DeView, np: TokSpan): boolean {
  if (v.lower[np.s] !== "der") return false;
  let h = np.s + 1;
  while (h < np.e && !v.isCap(h)) h++;
  if (h >= np.e) return false;
  const w = v.lower[h];
  const T = quoteTables();
  if (T.outletNouns.has(w)) return T.feminineSuffixes.some((x) => w.endsWith(x));
  // an ending that is feminine for every noun: after "der" a dative or genitive, never a subject
  return T.alwaysFeminineSuffixes.some((x) => w.endsWith(x));
}

/** A dative outlet NP ("der Zeitung X", "dem Sender Y"): the addressee, not the speaker. */
function datOutlet(v: DeView, np: TokSpan): boolean {
  if (v.lower[np.s] !== "der" && v.lower[np.s] !== "dem") return false;
  const T = quoteTables();
  for (let k = np.s; k < np.e; k++) {
    const w = v.lower[k];
    if (!T.outletNouns.has(w)) continue;
    // "der Radiosender" is a nominative; only a feminine outlet is dative after "der" ("der Zeitung")
    if (v.lower[np.s] === "der" && !T.feminineSuffixes.some((x) => w.endsWith(x))) return false;
    return true;
  }
  return false;
}

export interface Resolved {
  entity: Entity | null;
  text: string;
}

function isPronounTok(v: DeView, i: number): boolean {
  return quoteTables().pronouns.has(v.lower[i]);
}

export function isPronoun(v: DeView, sp: TokSpan): boolean {
  return sp.e - sp.s === 1 && quoteTables().pronouns.has(v.lower[sp.s]);
}

/**
 * The speaker is a person or an organisation: a personal pronoun, a PER/ORG entity, a noun with a person
 * ending ("die Journalistin"; person-suffixes.txt), a role noun of the knowledge base ("der Militärsprecher") or a
 * collective actor ("die Staatsanwaltschaft").
 */
export function isAgentive(doc: Doc, v: DeView, sp: TokSpan): boolean {
  const T = quoteTables();
  if (sp.e - sp.s === 1 && T.pronouns.has(v.lower[sp.s]) && v.lower[sp.s] !== "es") return true;
  const ent = entityIn(doc, v.start(sp.s), v.end(sp.e - 1));
  if (ent && (ent.type === "PER" || ent.type === "ORG")) return true;
  for (let i = sp.s; i < sp.e; i++) {
    if (!v.isCap(i)) continue;
    const w = v.lower[i];
    const person = personEnding(w);
    if (person === false) continue;
    if (person || T.actorNouns.some((x) => w.endsWith(x))) return true;
    // an office or role noun of the knowledge base, also as the end of a compound ("Militärsprecher")
    if (endsWithRoleNoun(v.text[i])) return true;
  }
  return false;
}
