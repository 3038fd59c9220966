/**
 * The reported clause governed by a cue verb: after it ("sagte, Nordkorea sei bereit …", "betonte, dass …",
 * "warnte: …") or before it in an inverted frame ("Nordkorea sei bereit …, sagte Kim").
 */
import { trimEnd } from "../../../quotes/scan.js";
import type { Cue } from "./cues.js";
import { npAt } from "./np.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_COMPLEMENT_CORRELATES: ReadonlySet<string> = clauseClass("complement.correlates");
const CLASS_RELPREP: ReadonlySet<string> = clauseClass("relprep");

const COMPLEMENTIZERS: ReadonlySet<string> = clauseClass("complement.complementizers");
const SUBORDINATORS: ReadonlySet<string> = clauseClass("complement.subordinators");

/** Index after a pair that opens at i, or i + 1. */
export type Jump = (i: number) => number;

function hasReportedVerb(v: DeView, s: number, e: number, jump: Jump): boolean {
  const lex = v.lex;
  for (let i = s; i < e; ) {
    if (v.isWord(i) && !(v.isCap(i) && i !== s)) {
      const w = v.lower[i];
      if (!quoteTables().functionWords.has(w) && (lex.isDistinctSubj1(w) || lex.isDistinctSubj2(w))) return true;
    }
    i = jump(i);
  }
  return false;
}

function isIndicativeOnly(v: DeView, w: string): boolean {
  const lex = v.lex;
  if (quoteTables().functionWords.has(w) || lex.isDistinctSubj1(w) || lex.isDistinctSubj2(w)) return false;
  const an = lex.verb(w);
  return an.some((a) => a.mood === "ind");
}

const COORD_BREAK: ReadonlySet<string> = clauseClass("complement.coord-break");

/**
 * Where reported content after a cue ends: the unit end, or a comma before a coordinated main clause that
 * is the narrator's again ("…, denn bisher gibt es …", "…, und gab an, …").
 */
export function clauseEnd(v: DeView, start: number, e: number, jump: Jump): number {
  const end = trimEnd(v, start, e);
  for (let i = start; i < end - 1; i = jump(i)) {
    if (i < start + 2 || !v.isPunct(i, ",")) continue;
    const w = v.lower[i + 1];
    if (COORD_BREAK.has(w)) return trimEnd(v, start, i);
    if (w === "und" && i + 2 < end && v.isWord(i + 2) && !v.isCap(i + 2) && v.lex.isVerb(v.lower[i + 2]))
      return trimEnd(v, start, i);
    // "…, die angab, dass X bedroht worden sei, klagte": an indicative finite verb right after a comma is the
    // narrator's main clause resuming after a relative or fronted clause (a Konjunktiv verb there stays reported)
    if (v.isWord(i + 1) && !v.isCap(i + 1) && isIndicativeOnly(v, w)) return trimEnd(v, start, i);
  }
  return end;
}

/** The complement after the cue, or null. `e` is the end of the unit. */
export function complementAfter(
  v: DeView,
  cue: Cue,
  e: number,
  jump: Jump,
  isPairOpen: (i: number) => boolean,
  anyPairOpen: (i: number) => boolean = isPairOpen,
) {
  const last = cue.parts[cue.parts.length - 1];
  let j = Math.max(cue.finite, last) + 1;
  let steps = 0;
  while (j < e && steps < 14) {
    if (v.isFinal(j) && j < e - 1 && !v.isPunct(j + 1)) return null;
    if (v.isPunct(j, ":")) break;
    if (v.isPunct(j, ",")) break;
    // "lobte die Helfer und sagte, …": the complement belongs to the second verb
    if (v.lower[j] === "und" && j + 1 < e && v.isWord(j + 1) && !v.isCap(j + 1) && v.lex.isVerb(v.lower[j + 1]))
      return null;
    if (isPairOpen(j)) {
      // "sagte er „…“" without punctuation
      if (j > last) break;
    }
    j = jump(j);
    steps++;
  }
  if (j >= e || steps >= 14) return null;
  const colon = v.isPunct(j, ":");
  // up to two appositions or infinitive clauses may come first ("sagte X, Kommandant des Korps, ohne … zu …, dass")
  for (let round = 0; round < 3; round++) {
    const start = v.isPunct(j) ? j + 1 : j;
    const end = clauseEnd(v, start, e, jump);
    if (end <= start) return null;
    if (colon || isPairOpen(start)) return { s: start, e: end, colon };
    if (COMPLEMENTIZERS.has(v.lower[start])) return { s: start, e: end, colon };
    // the next clause (to the next comma) must be in Konjunktiv, a main clause (V2), a zu-infinitive or hold a quotation
    let c = start;
    let quoted = false;
    while (c < end && !v.isPunct(c, ",")) {
      if (anyPairOpen(c)) quoted = true;
      // a quotation pair may close beyond the unit (stray marks): the clause still ends with it
      c = Math.min(jump(c), end);
    }
    if (hasReportedVerb(v, start, c, jump) || isMainClause(v, start, c) || (quoted && c - start >= 2))
      return { s: start, e: end, colon };
    const zuInf =
      c - start >= 2 && (v.lower[c - 2] === "zu" || v.lex.verb(v.lower[c - 1]).some((a) => a.mood === "zuinf"));
    const np = npAt(v, start, c);
    const apposition = np !== null && np.e === c;
    const infinitive = (v.lower[start] === "ohne" || v.lower[start] === "um" || v.lower[start] === "statt") && zuInf;
    if (!apposition && !infinitive) {
      if (zuInf) return { s: start, e: end, colon };
      return null;
    }
    if (c >= end) return null;
    j = c;
  }
  return null;
}

const RELATIVE: ReadonlySet<string> = clauseClass("complement.relative");

/** A verb-second main clause: subject NP (or pronoun) followed by a finite verb ("die USA hielten sich …"). */
function isMainClause(v: DeView, s: number, e: number): boolean {
  if (s >= e || SUBORDINATORS.has(v.lower[s]) || COMPLEMENTIZERS.has(v.lower[s])) return false;
  // a relative pronoun directly followed by a non-noun starts a relative clause
  if (RELATIVE.has(v.lower[s]) && s + 1 < e && !v.isCap(s + 1) && !/(e|en|er|es|em)$/.test(v.lower[s + 1]))
    return false;
  const np = npAt(v, s, e);
  const f = np ? np.e : -1;
  if (f < 0 || f >= e || !v.isWord(f) || v.isCap(f)) return false;
  return v.lex.verb(v.lower[f]).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
}

/**
 * A subordinate clause fronted before a verb-first main clause: "Als Kämpfer die Stadt einnahmen, töteten sie …"
 * (the whole sentence is the content of a following "…, teilten die UN mit").
 */
function frontedSubordinate(v: DeView, s: number, end: number): boolean {
  for (let i = s + 2; i + 1 < end; i++) {
    if (!v.isPunct(i, ",")) continue;
    // the main clause after the fronted one may open with a correlate: "Wenn …, dann ist das …"
    const k = CLASS_COMPLEMENT_CORRELATES.has(v.lower[i + 1]) && i + 2 < end ? i + 2 : i + 1;
    const w = v.lower[k];
    if (!v.isWord(k) || v.isCap(k) || quoteTables().functionWords.has(w)) return false;
    return v.lex.verb(w).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
  }
  return false;
}

/**
 * "Da sind einige Dinge nicht berücksichtigt, sagt X", "Damit wird Wasser verschwendet": a conjunction right before a
 * finite verb is the adverb ("da", "damit"), not the subordinator — a subordinate clause ends in its verb ("als sei"
 * is the exception: a clause of its own).
 */
function adverbUse(v: DeView, s: number): boolean {
  if (v.lower[s] === "als" || s + 1 >= v.n || !v.isWord(s + 1) || v.isCap(s + 1)) return false;
  return v.lex.verb(v.lower[s + 1]).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
}

/** The complement before an inverted cue ("…, sagte Kim"): from `from` to the comma before the cue. */
export function complementBefore(
  v: DeView,
  cue: Cue,
  from: number,
  isPairClose: (i: number) => boolean,
): TokSpan | null {
  const f = cue.finite;
  if (f <= from) return null;
  let end = f;
  if (v.isPunct(end - 1, ",")) end--;
  else if (!isPairClose(end - 1)) return null;
  let s = from;
  while (s < end && (v.isPunct(s) || v.lower[s] === "und")) s++;
  if (end - s < 2) return null;
  if (SUBORDINATORS.has(v.lower[s]) && !v.isQuote(s) && !frontedSubordinate(v, s, end) && !adverbUse(v, s)) return null;
  if (!v.isQuote(s)) {
    // "Der Vorsitzende des Verbands, Michael K., kritisierte …": a subject NP with an apposition is no statement
    let c = s;
    while (c < end && !v.isPunct(c, ",")) c++;
    const np = npAt(v, s, c);
    // (an enumeration before a clause of its own is content: "Klima, Gerüche, all das gehöre dazu, sagt X")
    if (np && np.e === c && c < end && !hasReportedVerb(v, c, end, (i) => i + 1)) return null;
    // "In einer Videobotschaft, die … eingespielt wurde, sagte X", "Gegenüber der Agentur „AP“ sagte X": a fronted
    // PP or NP (with a relative clause or apposition) holds no finite verb of its own; "Von X sprach Y" is the
    // complement of the cue's frame
    if (hasFiniteVerb(v, s, end)) return { s, e: end };
    const frames = quoteTables().reportedFrames.get(cue.lemma);
    const w = v.lower[s];
    if (frames?.some((f) => f === w || CONTRACTED[w] === f)) return { s, e: end };
    return null;
  }
  return { s, e: end };
}

/** Preposition + article contractions: "zum Kampf" (zu), "vom Plan" (von). */
export const CONTRACTED: Readonly<Record<string, string>> = {
  zum: "zu",
  zur: "zu",
  vom: "von",
  beim: "bei",
  am: "an",
  ans: "an",
};

/**
 * Whether [s, e) holds a finite verb outside relative clauses: a lower-case verb form in the indicative or
 * Konjunktiv that is no attributive participle ("der gestern veröffentlichten Studie") and no "zu" infinitive.
 */
function hasFiniteVerb(v: DeView, s: number, e: number): boolean {
  const lex = v.lex;
  const fw = quoteTables().functionWords;
  for (let i = s; i < e; i++) {
    if (v.isPunct(i, ",")) {
      const k = CLASS_RELPREP.has(v.lower[i + 1]) ? i + 2 : i + 1;
      // a relative clause runs to the next comma
      if (k < e && RELATIVE.has(v.lower[k]) && !(v.isCap(k + 1) && v.isWord(k + 1))) {
        i = k;
        while (i + 1 < e && !v.isPunct(i + 1, ",")) i++;
      }
      continue;
    }
    if (!v.isWord(i) || v.isCap(i) || fw.has(v.lower[i]) || (i > s && v.lower[i - 1] === "zu")) continue;
    const w = v.lower[i];
    if (i + 1 < e && v.isCap(i + 1) && lex.pos(w).includes("ADJ")) continue;
    if (lex.verb(w).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2")) return true;
  }
  return false;
}
