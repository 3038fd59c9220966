/**
 * Cue clauses: a speech, thought or writing verb with its content before ("…, sagte Kim"), after
 * ("Kim sagte, …", "Kim sagte: „…“") or around it ("Wie die Polizei mitteilte, …"), a quoted fragment in its
 * clause ("verurteilte das Vorgehen als „rücksichtslos“"), reported NP/PP content ("sprach von 800 Autos"),
 * an anaphoric "Dies teilte die Polizei mit." and "X zitiert Y". Runs when the colon frame found nothing.
 */
import type { Draft, QuoteFamily, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { complementAfter, complementBefore } from "../complement.js";
import { type Cue, findCues } from "../cues.js";
import { isDashTok, npAt, skipAdverbs } from "../np.js";
import { reportedContent } from "../reported.js";
import { hasScareMarker, isShortLabel } from "../scare.js";
import { isPronoun, subjectOf } from "../speaker.js";
import { clauseClass } from "../tables.js";
import type { DeView, TokSpan } from "../view.js";
import { cueSpeaker } from "./cue-speaker.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_FIRST_PERSON: ReadonlySet<string> = clauseClass("first-person");
const CLASS_ANAPHOR: ReadonlySet<string> = clauseClass("anaphor");

type Scan = UnitScan<DeView>;
type Content = ReturnType<typeof complementAfter>;

export const cueClause: QuoteFamily<DeView> = {
  name: "cue-clause",
  run(s) {
    if (s.drafts.length) return;
    let segStart = s.u.s;
    const cues = findCues(s.v, s.u.s, s.u.e, s.skip);
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k];
      if (s.inDraft(cue.finite) || ownWords(s, cue, cues[k + 1])) continue;
      segStart = readCue(s, cue, segStart);
    }
  },
};

/**
 * "Ich glaube, dass …, sagt der Bezirksrat": with the quotation marks stripped, a cue whose subject is "ich" or "wir"
 * is the speaker's own words when another cue follows in the unit; that later cue takes them as its content.
 */
function ownWords(s: Scan, cue: Cue, next: Cue | undefined): boolean {
  if (!next) return false;
  const { v } = s;
  const first = (i: number) => i >= s.u.s && i < s.u.e && CLASS_FIRST_PERSON.has(v.lower[i]) && v.isWord(i);
  return first(cue.finite - 1) || (first(cue.finite + 1) && cue.finite === s.u.s);
}

/** Reads one cue's clause; returns where the next cue's content may start. */
function readCue(s: Scan, cue: Cue, segStart: number): number {
  const { v, u } = s;
  let cs = clauseStart(s, cue);
  let before = contentBefore(s, cue, segStart);
  // "Wie der Direktor des Amtes, Smith D., mitteilte, …": find a clause-initial "wie" across appositions
  for (let w = cue.finite - 1; w >= u.s && w > cue.finite - 25; w--) {
    if (v.isFinal(w) || v.isQuote(w) || v.isPunct(w, ":")) break;
    if (v.lower[w] === "wie" && (w === u.s || v.isPunct(w - 1, ","))) {
      cs = w;
      break;
    }
  }
  let after: Content = complementAfter(v, cue, u.e, s.jump, s.isQuotationOpen, s.isPairOpen);
  if (v.lower[cs] === "wie" && (cs === u.s || v.isPunct(cs - 1, ","))) {
    // "Wie die Polizei mitteilte, wurde …" / "…, wie ein Sprecher sagte."
    before = null;
    after = null;
    if (cs === u.s) {
      let j = Math.max(...cue.parts) + 1;
      while (j < u.e && !v.isPunct(j, ",")) j = s.jump(j);
      if (j + 1 < u.e) after = { s: j + 1, e: trimEnd(v, j + 1, u.e), colon: false };
    } else if (cs - 1 > u.s) {
      before = { s: segStart, e: cs - 1 };
    }
  }
  const found = cueSpeaker(s, cue, cs, segStart, before, after);
  after = found.after;
  let speaker = found.speaker;
  const cueToks = cue.parts;
  const draftsBefore = s.drafts.length;
  const push = (d: Omit<Draft, "inherited" | "frame" | "quoted">) =>
    s.drafts.push({
      kind: d.kind,
      msg: d.msg,
      pair: d.pair,
      cue: d.cue,
      speaker: d.speaker,
      inherited: null,
      frame: null,
    });
  if (before) {
    const { kind, pair } = s.kindOf(before, false);
    push({ kind, msg: before, pair, cue: cueToks, speaker });
  }
  if (after) {
    const { kind, pair } = s.kindOf(after, after.colon);
    push({ kind, msg: { s: after.s, e: after.e }, pair, cue: cueToks, speaker });
    segStart = after.e;
  } else if (
    !before &&
    cue.finite === u.s + 1 &&
    CLASS_ANAPHOR.has(v.lower[u.s]) &&
    s.ui > 0 &&
    s.state.lastUnit !== s.ui - 1
  ) {
    // "Dies teilte die Polizei mit.": the previous sentence is the statement
    speaker = subjectOf(v, cue, cs, u.e, true, s.timeEnd);
    const pu = s.units[s.ui - 1];
    const msg = { s: pu.s, e: trimEnd(v, pu.s, pu.e) };
    if (msg.e - msg.s >= 3) {
      const { kind, pair } = s.kindOf(msg, false);
      push({ kind, msg, pair, cue: cueToks, speaker });
    }
  } else if (!before) {
    quotedFragment(s, cue, speaker);
  }
  if (!before && !after && speaker && s.drafts.length === draftsBefore) {
    // reported speech with an NP/PP content: "Die Polizei sprach von 800 Autos"
    const msg = reportedContent(s.doc, v, cue, speaker, u.e, s.timeEnd, s.isPairOpen);
    if (msg) {
      const span = { s: msg.s, e: msg.e };
      const { kind, pair } = s.kindOf(span, false);
      const parts = msg.particle >= 0 ? [...cueToks, msg.particle] : cueToks;
      if (kind !== "direct") push({ kind, msg: span, pair, cue: parts, speaker });
    }
  }
  if (cue.lemma === "zitieren" && !cue.nonFinite && speaker && s.drafts.length > draftsBefore)
    markQuoted(s, cue, speaker, draftsBefore);
  if (before || after) segStart = Math.max(segStart, (after ?? before)!.e);
  return segStart;
}

/** Where the cue's clause starts: back to a comma, colon, quotation or sentence end, over parentheses and dash pairs. */
function clauseStart(s: Scan, cue: Cue): number {
  const { v, u, inPair, pairs, closeAt } = s;
  let cs = cue.finite;
  let depth = 0;
  while (cs > u.s) {
    const j = cs - 1;
    if (v.isPunct(j, ")")) depth++;
    else if (v.isPunct(j, "(")) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isDashTok(v, j)) {
      // a dash pair is a parenthesis ("Der Minister – sichtlich verärgert – sagte"): step over it;
      // a single dash ends a dateline ("Moskau (dpa) – Der Kremlsprecher sagte")
      let open = j - 1;
      while (open >= u.s && !isDashTok(v, open)) open--;
      if (open < u.s) break;
      cs = open;
      continue;
    } else if (
      depth === 0 &&
      (v.isPunct(j, ",") ||
        v.isPunct(j, ":") ||
        v.isPunct(j, ";") ||
        (s.isPairClose(j) && !isShortLabel(v, pairs[closeAt[j]])) ||
        v.isFinal(j))
    )
      break;
    cs = inPair[j] >= 0 ? pairs[inPair[j]].open : j;
  }
  return cs;
}

/** Content before an inverted cue ("„…“, sagte Kim"), if the clause reads as one. */
function contentBefore(s: Scan, cue: Cue, segStart: number): TokSpan | null {
  const { v, u } = s;
  let before = complementBefore(v, cue, segStart, s.isPairClose);
  if (!before) return null;
  // an inverted frame needs its subject after the verb ("…, sagte Kim"), else the comma closed an apposition
  const j = skipAdverbs(v, cue.finite + 1, u.e, s.timeEnd);
  const np = npAt(v, j, u.e);
  if (!np || cue.parts.includes(np.s)) before = null;
  // content that is one noun phrase without quotation marks is the subject with its apposition
  // ("Der Vorsitzende im Landtag, Wolfgang Jüttner, hatte Lenz aufgefordert, …"), not a statement
  // (a finite verb right after the NP makes a clause: "Die Fassade bröckelt, sagt X")
  const whole = before ? npAt(v, before.s, Math.min(u.e, before.e + 1), true) : null;
  const end = before ? trimEnd(v, before.s, before.e) : 0;
  if (
    before &&
    whole &&
    whole.s === before.s &&
    (end <= whole.e || (end === whole.e + 1 && !isFiniteAt(v, whole.e))) &&
    !s.isPairOpen(before.s)
  )
    before = null;
  return before;
}

/** A finite verb form at token i (lower case, indicative or Konjunktiv). */
function isFiniteAt(v: DeView, i: number): boolean {
  if (!v.isWord(i) || v.isCap(i)) return false;
  return v.lex.verb(v.lower[i]).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
}

/** "verurteilte das Vorgehen als „rücksichtslos“": a quoted fragment in the cue's clause. */
function quotedFragment(s: Scan, cue: Cue, speaker: TokSpan | null): void {
  const { v, u, pairs, openAt } = s;
  let j = Math.max(...cue.parts) + 1;
  while (j < u.e && !v.isPunct(j, ",") && !v.isFinal(j) && !s.isPairOpen(j)) j++;
  if (!s.isPairOpen(j) || !speaker) return;
  const p = pairs[openAt[j]];
  const start = speaker.s > cue.finite ? speaker.e : cue.finite + 1;
  if (start > p.open || hasScareMarker(v, p)) return;
  const end = p.unclosed ? p.close : p.close + 1;
  s.covered.add(openAt[j]);
  s.drafts.push({
    kind: "mixed",
    msg: { s: start, e: end },
    pair: null,
    cue: cue.parts,
    speaker,
    inherited: null,
    frame: null,
  });
}

/** "„…“, zitiert die Zeitung den Minister", "Die Zeitung zitiert den Minister mit den Worten: …": the object speaks. */
function markQuoted(s: Scan, cue: Cue, speaker: TokSpan, draftsBefore: number): void {
  const { v, u, drafts } = s;
  const j = skipAdverbs(v, speaker.s > cue.finite ? speaker.e : cue.finite + 1, u.e, s.timeEnd);
  const obj = npAt(v, j, u.e);
  const first = Math.min(...drafts.slice(draftsBefore).map((d) => d.msg.s));
  if (obj && (obj.e <= first || obj.s >= drafts[drafts.length - 1].msg.e) && !isPronoun(v, obj))
    for (let k = draftsBefore; k < drafts.length; k++) drafts[k].quoted = obj;
}
