/**
 * "Reported" speech: a speech act whose content is a noun phrase or PP rather than a clause
 * ("Die Polizei sprach von 800 Autos", "X warnte vor einer Eskalation", "X forderte einen Waffenstillstand",
 * "X kritisierte die Entscheidung"). Only cue lemmas listed in reported-frames.tsv qualify, and only with the
 * complement listed there; an accusative object that is a pronoun or a person is no statement content.
 */
import type { Doc } from "../../../doc/index.js";
import { entityIn } from "../../../quotes/entities.js";
import { trimEnd } from "../../../quotes/scan.js";
import { CONTRACTED } from "./complement.js";
import { type Cue, FINITE } from "./cues.js";
import { npAt, RELATIVE_PRONOUNS, skipAdverbs } from "./np.js";
import { isAgentive } from "./speaker.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

/** Object pronouns and reflexives: "forderte dies", "kritisierte ihn" carry no content of their own. */
const OBJECT_PRONOUNS: ReadonlySet<string> = clauseClass("reported.object-pronouns");

/** Indefinite articles that open a predicate noun ("nannte X einen Fehler"). */
const INDEFINITE: ReadonlySet<string> = clauseClass("reported.indefinite");
/** Definite accusative articles: a predicate noun after a pronoun object ("nannte es den schwärzesten Tag"). */
const DEFINITE_ACC: ReadonlySet<string> = clauseClass("reported.definite-acc");

/** Prepositions of a PP that may precede the accusative content. */
const LEADING_PREPS: ReadonlySet<string> = clauseClass("reported.leading-preps");

/** Words that open an accusative NP even when an adverb follows ("die bisher fehlende Unterstützung"). */
const DETERMINERS: ReadonlySet<string> = clauseClass("reported.determiners");

/** The content span and, for a particle verb read from its base, the particle token (else -1). */
export interface ReportedHit extends TokSpan {
  particle: number;
}

const COORD_VP: ReadonlySet<string> = clauseClass("reported.coord-vp");

function isFiniteVerb(v: DeView, i: number): boolean {
  if (!v.isWord(i) || v.isCap(i) || quoteTables().functionWords.has(v.lower[i])) return false;
  return v.lex.verb(v.lower[i]).some((a) => FINITE.has(a.mood));
}

/** Where the cue's clause ends: sentence punctuation, or a comma not opening a relative clause. */
function clauseStop(v: DeView, s: number, e: number, isPairOpen: (i: number) => boolean): number {
  for (let i = s; i < e; i++) {
    if (isPairOpen(i) || v.isFinal(i) || v.isPunct(i, ";") || v.isPunct(i, ":")) return i;
    if (v.isPunct(i, ",") && !(i + 1 < e && RELATIVE_PRONOUNS.has(v.lower[i + 1]))) return i;
    // a second conjunct with its own verb: "verwies auf ihren Vorschlag und bezeichnete es als …"
    if (i > s && COORD_VP.has(v.lower[i]) && i + 1 < e && isFiniteVerb(v, i + 1)) return i;
  }
  return e;
}

/**
 * The NP/PP content of a reported speech act, or null. `speaker` is the cue's subject (it must exist);
 * `e` the end of the unit.
 */
export function reportedContent(
  doc: Doc,
  v: DeView,
  cue: Cue,
  speaker: TokSpan,
  e: number,
  timeEnd: (i: number) => number,
  isPairOpen: (i: number) => boolean,
): ReportedHit | null {
  const T = quoteTables();
  let comps = T.reportedFrames.get(cue.lemma);
  let particle = -1;
  let s = cue.finite + 1;
  if (speaker.s === s || (speaker.s > cue.finite && speaker.s <= s + 3)) {
    s = speaker.e;
    // the comma that closes the speaker's apposition: "hat der Chef der Fraktion, Manfred Weber, vor … gewarnt"
    if (v.isPunct(s, ",")) for (let k = speaker.s; k < speaker.e; k++) if (v.isPunct(k, ",")) s = speaker.e + 1;
  }
  s = skipAdverbs(v, s, e, timeEnd);
  if (cue.nonFinite && cue.tok === s) return null;
  let end = clauseStop(v, s, e, isPairOpen);
  // the clause's own cue parts (participle, separated particle) close the content
  for (const p of cue.parts) if (p > cue.finite && p >= s && p < end) end = p;
  end = trimEnd(v, s, end);
  if (!cue.nonFinite && cue.parts.length === 1 && end - 1 > s) {
    // a particle verb read as its base ("sagte … zu" = zusagen, not sagen)
    const pv = T.reportedFrames.get(v.lower[end - 1] + cue.lemma);
    if (pv && T.cues.get(v.lower[end - 1] + cue.lemma)?.particle === v.lower[end - 1]) {
      comps = pv;
      particle = end - 1;
      end = end - 1;
    } else if (!pv && v.lex.separableLemma(v.lower[cue.finite], v.lower[end - 1]) !== null) {
      // another particle verb without a frame: "sprach sich für X aus" (aussprechen) is no "sprechen von"
      return null;
    }
  }
  if (!comps || end - s > 40) return null;
  const lemma = particle >= 0 ? v.lower[particle] + cue.lemma : cue.lemma;
  if (T.reportedAgentOnly.has(lemma) && !isAgentive(doc, v, speaker)) return null;
  const hit = (span: TokSpan): ReportedHit => ({ s: span.s, e: span.e, particle });
  // the start of the clause before the verb: a fronted object, als-phrase or PP with an inverted subject
  let front = cue.finite;
  while (front > 0 && !v.isPunct(front - 1) && !v.isQuote(front - 1) && !v.isSentStart(front)) front--;
  const fronted = speaker.s > cue.finite && front < cue.finite;
  const after = end - s >= 1 ? contentAfter(doc, v, comps, s, end, timeEnd, hit, fronted ? front : -1) : null;
  if (after || !fronted) return after;
  // the PP a frame governs, fronted before the verb and its subject when none follows: "Mit einer Wetterberuhigung
  // rechnet der Wetterdienst frühestens am Montag", "Vor einer Eskalation warnte der Minister"
  const prep = CONTRACTED[v.lower[front]] ?? v.lower[front];
  if (front < cue.finite - 1 && comps.includes(prep) && !(timeEnd(front + 1) > front + 1))
    return hit({ s: front, e: Math.max(end, speaker.e) });
  return null;
}

/** The content after the verb (and its subject) for the frame's complements, or null; `front` is the start of a
 * fronted constituent before the verb (-1 when the subject stands there). */
function contentAfter(
  doc: Doc,
  v: DeView,
  comps: readonly string[],
  s: number,
  end: number,
  timeEnd: (i: number) => number,
  hit: (span: TokSpan) => ReportedHit,
  front: number,
): ReportedHit | null {
  const T = quoteTables();
  const fronted = front >= 0;
  for (const comp of comps) {
    if (comp === "acc") {
      let a = s;
      // a fronted PP before the object: "sagten für die kommenden Tage weitere Regenfälle voraus"
      if (LEADING_PREPS.has(v.lower[s])) {
        const pp = npAt(v, s + 1, end);
        if (pp && pp.e < end && npAt(v, pp.e, end)) a = pp.e;
      }
      const w = v.lower[a];
      const np = npAt(v, a, end);
      // "das"/"diese" alone are pronouns ("forderte das"); with a noun they are articles ("kritisierte das Gesetz")
      if ((OBJECT_PRONOUNS.has(w) || T.pronouns.has(w)) && !(np && np.e - np.s > 1)) continue;
      if (!np && !DETERMINERS.has(w)) continue;
      // only the head counts: "forderte den Rücktritt von Pierers" is content, "kritisierte den Minister" is not
      let head = np ? np.s : a;
      if (np) {
        while (head < np.e && !v.isCap(head)) head++;
        while (head + 1 < np.e && v.isCap(head + 1)) head++;
      }
      const ent = np && head < np.e ? entityIn(doc, v.start(np.s), v.end(head)) : null;
      if (ent && ent.type === "PER") continue;
      return hit({ s, e: end });
    }
    if (comp === "acc2") {
      // an object and its predicate noun: "nannte den Vorstoß einen Schritt in den Überwachungsstaat", "nannte ihn
      // einen Lügner" (the predicate, opened by an indefinite article, is the assessment)
      const obj = OBJECT_PRONOUNS.has(v.lower[s]) || T.pronouns.has(v.lower[s]) ? { s, e: s + 1 } : npAt(v, s, end);
      // after a pronoun object also a definite predicate: "nannte es den schwärzesten Tag"
      const pronounObj = obj !== null && obj.e === obj.s + 1 && !v.isCap(obj.s);
      const opener = obj ? v.lower[obj.e] : "";
      if (!obj || obj.e >= end || !(INDEFINITE.has(opener) || (pronounObj && DEFINITE_ACC.has(opener)))) continue;
      const pred = npAt(v, obj.e, end);
      if (pred) return hit({ s, e: end });
      continue;
    }
    if (comp.startsWith("acc+")) {
      // an object, then its predicate PP: "hält das Gesetz für verfassungswidrig", "schätzt den Schaden auf …"
      const prep = comp.slice(4);
      const np = npAt(v, s, end);
      if (!np || (np.e - np.s === 1 && (OBJECT_PRONOUNS.has(v.lower[s]) || T.pronouns.has(v.lower[s])))) {
        // "hält es für möglich": the object is the following clause, the PP alone carries the assessment
        if (!(s + 1 < end && v.lower[s + 1] === prep)) continue;
      } else {
        // the PP may have been read into the NP ("den Mann für den Täter")
        let i = np.s + 1;
        while (i <= np.e && i + 1 < end && v.lower[i] !== prep) i++;
        if (!(i <= np.e && i + 1 < end && v.lower[i] === prep)) continue;
      }
      return hit({ s, e: end });
    }
    if (comp === "als") {
      // "bezeichnete die Lösung als Irrweg", "nennt als Hauptursache X"; with the object or the als-phrase before
      // the verb ("Die Tat bezeichnete er als sinnlos", "Als Beispiel nannte die NASA X") the content opens the clause
      if (fronted && v.lower[front] === "als" && end > s) return hit({ s: front, e: end });
      for (let i = s; i < end; i++) {
        if (v.lower[i] !== "als" || i + 1 >= end) continue;
        if (i === s && !fronted) {
          // right after the verb only when the object follows the als-phrase ("nennt als Grund die Kosten");
          // "wurde als Sucht eingestuft", "würdigten das Ergebnis als …" after a missed subject are no such case
          const pred = npAt(v, i + 1, end);
          if (!pred || pred.e >= end || !npAt(v, pred.e, end)) continue;
        }
        return hit({ s: fronted && i === s ? front : s, e: end });
      }
      continue;
    }
    // a PP: the preposition within the first few tokens (a dative or accusative object may precede it)
    for (let i = s; i < end && i < s + 6; i++) {
      if (v.lower[i] === comp || CONTRACTED[v.lower[i]] === comp) {
        // "berichtete vom 7. April" is a date, not a content
        if (i + 1 < end && !OBJECT_PRONOUNS.has(v.lower[i + 1]) && !(timeEnd(i + 1) > i + 1))
          return hit({ s: i, e: end });
        break;
      }
    }
  }
  return null;
}
