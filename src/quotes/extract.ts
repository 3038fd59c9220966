/**
 * Quote extraction over one document: sentence units (sentences joined when a quotation spans them)
 * are read in order; each pattern family contributes drafts; speaker, source and date are resolved;
 * state (last speaker, last cited report) flows from unit to unit.
 */
import type { Doc, Entity } from "../doc/index.js";
import type { Quote, QuoteKind, TextSpan } from "../doc/schema/index.js";
import { lexicon } from "../lang/de/lexicon/index.js";
import { isCarryOver } from "./carry-over.js";
import { type Cue, findCues } from "./cues.js";
import { statementDate } from "./date.js";
import { pairQuotes, type QuotePair } from "./direct/pairs.js";
import { CONTRACTED, clauseEnd, complementAfter, complementBefore, trimEnd } from "./indirect/complement.js";
import { type Frame, findFrames } from "./indirect/frames.js";
import { reportedContent } from "./indirect/reported.js";
import { interviewQuotes, interviewStart } from "./interview.js";
import { ARTICLE_FORMS, isDashTok, npAt, npBefore, RELATIVE_PRONOUNS, skipAdverbs } from "./np.js";
import { hasScareMarker, isShortLabel, pairHasClause, pairWords } from "./scare.js";
import { findSources, type SourceHit, sourceEntity } from "./source.js";
import {
  conjunctSubject,
  entityIn,
  isAgentive,
  isPronoun,
  lastPersonBefore,
  PASSIVE_AUX,
  subjectOf,
} from "./speaker.js";
import { clauseClass, personEnding, quoteTables } from "./tables.js";
import type { TokSpan } from "./view.js";
import { TokView } from "./view.js";

/** Sentence-initial pronouns that point back to the previous sentence as the reported content. */
const ANAPHORS = new Set(["dies", "das", "davon", "dazu", "darauf", "darüber"]);

/** Conjunctions that open a subordinate clause a frame can sit in. */
const CLAUSE_SUBORDINATORS = new Set([
  "weil",
  "da",
  "dass",
  "daß",
  "wobei",
  "obwohl",
  "nachdem",
  "wo",
  "wonach",
  "worauf",
  "woraufhin",
  "womit",
  "wodurch",
  "weshalb",
  "weswegen",
  "so dass",
  "sodass",
]);
/** Words before a frameless quotation that make it a name or title (article, preposition). */
const NAME_GOVERNORS = new Set([
  ...ARTICLE_FORMS,
  "in",
  "im",
  "von",
  "vom",
  "mit",
  "bei",
  "beim",
  "zu",
  "zum",
  "zur",
  "aus",
  "für",
  "über",
  "unter",
  "wie",
]);
/** Focus adverbs and conjunctions that may stand before a fronted subject ("Auch X, …, sagte"). */
const FOCUS = new Set(["auch", "selbst", "sogar", "und", "aber", "doch", "zudem"]);
const POSSESSIVE = new Set(["seiner", "seinen", "seinem", "seine", "ihrer", "ihren", "ihrem", "ihre"]);
const OBLIQUE = new Set(["den", "dem", "einen", "einem", "diesen", "diesem"]);

/** A person or organisation: the kind of referent that makes statements. */
function isAgent(ent: Entity | null): boolean {
  return ent !== null && (ent.type === "PER" || ent.type === "ORG");
}

/** Token i starts a relative clause: "der als …", "die seit …", "mit dem …". A following noun makes it an apposition. */
function isRelativeStart(v: TokView, i: number): boolean {
  const w = v.lower[i];
  const k = clauseClass("relprep").has(w) ? i + 1 : i;
  if (!RELATIVE_PRONOUNS.has(v.lower[k]) || k + 1 >= v.n) return false;
  // "die Anwältin der Frau": article + noun is an apposition
  return !(v.isCap(k + 1) && v.isWord(k + 1)) || clauseClass("relprep").has(w);
}

interface Draft {
  kind: QuoteKind;
  msg: TokSpan;
  /** The pair when the message is exactly one quotation (text = inside the marks). */
  pair: QuotePair | null;
  cue: number[] | null;
  speaker: TokSpan | null;
  /** Speaker inherited from earlier (carry-over, frameless quotation). */
  inherited: Speaker | null;
  frame: Frame | null;
  /** The object of an active "zitieren" ("Die Zeitung zitiert den Minister: …"): the quoted speaker, while the
   * subject is the channel. */
  quoted?: TokSpan;
}

interface Speaker {
  entity: string | null;
  text: string | null;
  span: TextSpan | null;
}

interface State {
  last: Speaker | null;
  lastUnit: number;
  lastSource: string | null;
  lastIndirect: boolean;
  report: string | null;
}

function textSpan(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

export function extractQuotes(doc: Doc): Quote[] {
  const v = new TokView(doc);
  if (v.n === 0) return [];
  // an interview transcript: the answers from the first turn label on are the interviewee's own text
  const transcriptFrom = interviewStart(doc.text);
  const pairs = pairQuotes(v);
  const inPair = new Int32Array(v.n).fill(-1);
  const openAt = new Int32Array(v.n).fill(-1);
  const closeAt = new Int32Array(v.n).fill(-1);
  pairs.forEach((p, k) => {
    for (let i = p.open; i < Math.min(p.close + (p.unclosed ? 0 : 1), v.n); i++) inPair[i] = k;
    openAt[p.open] = k;
    if (!p.unclosed) closeAt[p.close] = k;
  });
  const skip = (i: number) => inPair[i] >= 0;
  const jump = (i: number) => (openAt[i] >= 0 ? pairs[openAt[i]].close + 1 : i + 1);
  const isPairOpen = (i: number) => i < v.n && openAt[i] >= 0;
  const isPairClose = (i: number) => i >= 0 && closeAt[i] >= 0;
  /** A pair opening at i that is a quotation rather than a short label. */
  const isQuotationOpen = (i: number) => isPairOpen(i) && !isShortLabel(v, pairs[openAt[i]]);
  const timeEndAt = new Int32Array(v.n).fill(-1);
  for (const t of doc.times) {
    const a = v.doc.tokens.indexAt(t.start);
    const b = v.doc.tokens.indexAt(t.end - 1);
    if (a < v.n) timeEndAt[a] = Math.max(timeEndAt[a], b + 1);
  }
  const timeEnd = (i: number) => (i < v.n ? timeEndAt[i] : -1);

  // units: sentences joined while a quotation spans their boundary
  const units: TokSpan[] = [];
  for (let k = 0; k < v.sentStart.length; k++) {
    const s = v.sentStart[k];
    const e = v.sentEnd[k];
    const last = units[units.length - 1];
    if (last && inPair[s] >= 0 && inPair[s] === inPair[s - 1]) last.e = e;
    else units.push({ s, e });
  }
  // a semicolon outside quotations joins two main clauses that report separately ("Die Veranstalter zählten
  // 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000."): each is its own unit
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    for (let i = u.s + 2; i < u.e - 2; i++) {
      if (v.isPunct(i, ";") && inPair[i] < 0) {
        units.splice(k + 1, 0, { s: i + 1, e: u.e });
        u.e = i + 1;
        break;
      }
    }
  }

  const state: State = { last: null, lastUnit: -10, lastSource: null, lastIndirect: false, report: null };
  const quotes: Quote[] = [];
  /** The last cue-less carry-over quote and its unit, which a following carry-over sentence extends. */
  let lastCarry: { q: Quote; unit: number } | null = null;

  units.forEach((u, ui) => {
    if (transcriptFrom >= 0 && v.end(u.e - 1) > transcriptFrom) return;
    const drafts: Draft[] = [];
    const covered = new Set<number>();
    const inDraft = (i: number) => drafts.some((d) => i >= d.msg.s && i < d.msg.e);
    const pairsIn = (sp: TokSpan) => {
      const ks: number[] = [];
      for (let k = 0; k < pairs.length; k++) if (pairs[k].open >= sp.s && pairs[k].open < sp.e) ks.push(k);
      return ks;
    };
    const kindOf = (sp: TokSpan, colon: boolean): { kind: QuoteKind; pair: QuotePair | null } => {
      const ks = pairsIn(sp);
      for (const k of ks) covered.add(k);
      if (ks.length === 1) {
        const p = pairs[ks[0]];
        const end = p.unclosed ? p.close : p.close + 1;
        if (p.open === sp.s && trimEnd(v, end, sp.e) === end) return { kind: "direct", pair: p };
      }
      if (ks.length) return { kind: "mixed", pair: null };
      return { kind: colon ? "direct" : "indirect", pair: null };
    };

    // headline / colon frame: "Putin: Verhältnis zu Nordkorea „…“"
    {
      const np = npAt(v, u.s, u.e);
      const named =
        np !== null &&
        v.isCap(np.s) &&
        !quoteTables().functionWords.has(v.lower[np.s]) &&
        (entityIn(doc, v.start(np.s), v.end(np.e - 1)) !== null ||
          (!lexicon().isCommonWord(v.lower[np.e - 1]) && !commonCompound(v.lower[np.e - 1])));
      if (np && named && np.e < u.e && v.isPunct(np.e, ":") && np.e - np.s <= 3 && !isPronoun(v, np)) {
        const msg = { s: np.e + 1, e: trimEnd(v, np.e + 1, u.e) };
        if (msg.e - msg.s >= 2) {
          const { kind, pair } = kindOf(msg, true);
          drafts.push({ kind, msg, pair, cue: null, speaker: np, inherited: null, frame: null });
        }
      }
    }

    // cue verbs
    const cues: Cue[] = drafts.length ? [] : findCues(v, u.s, u.e, skip);
    let segStart = u.s;
    for (const cue of cues) {
      if (inDraft(cue.finite)) continue;
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
            (isPairClose(j) && !isShortLabel(v, pairs[closeAt[j]])) ||
            v.isFinal(j))
        )
          break;
        cs = inPair[j] >= 0 ? pairs[inPair[j]].open : j;
      }
      let before = complementBefore(v, cue, segStart, isPairClose);
      if (before) {
        // an inverted frame needs its subject after the verb ("…, sagte Kim"), else the comma closed an apposition
        const j = skipAdverbs(v, Math.max(...cue.parts) === cue.finite ? cue.finite + 1 : cue.finite + 1, u.e, timeEnd);
        const np = npAt(v, j, u.e);
        if (!np || cue.parts.includes(np.s)) before = null;
        // content that is one noun phrase without quotation marks is the subject with its apposition
        // ("Der Vorsitzende im Landtag, Wolfgang Jüttner, hatte Lenz aufgefordert, …"), not a statement
        const whole = before ? npAt(v, before.s, Math.min(u.e, before.e + 1), true) : null;
        if (
          before &&
          whole &&
          whole.s === before.s &&
          trimEnd(v, before.s, before.e) <= whole.e + 1 &&
          !isPairOpen(before.s)
        )
          before = null;
      }
      // "Wie der Direktor des Amtes, Smith D., mitteilte, …": find a clause-initial "wie" across appositions
      for (let w = cue.finite - 1; w >= u.s && w > cue.finite - 25; w--) {
        if (v.isFinal(w) || v.isQuote(w) || v.isPunct(w, ":")) break;
        if (v.lower[w] === "wie" && (w === u.s || v.isPunct(w - 1, ","))) {
          cs = w;
          break;
        }
      }
      let after: ReturnType<typeof complementAfter> = complementAfter(v, cue, u.e, jump, isQuotationOpen, isPairOpen);
      if (v.lower[cs] === "wie" && (cs === u.s || v.isPunct(cs - 1, ","))) {
        // "Wie die Polizei mitteilte, wurde …" / "…, wie ein Sprecher sagte."
        before = null;
        after = null;
        if (cs === u.s) {
          let j = Math.max(...cue.parts) + 1;
          while (j < u.e && !v.isPunct(j, ",")) j = jump(j);
          if (j + 1 < u.e) after = { s: j + 1, e: trimEnd(v, j + 1, u.e), colon: false };
        } else if (cs - 1 > u.s) {
          before = { s: segStart, e: cs - 1 };
        }
      }
      // in "…, wie X mitteilte" the content comes first but the subject stands inside the wie-clause
      const wieClause = v.lower[cs] === "wie";
      let speaker = subjectOf(v, cue, cs, u.e, before !== null && !wieClause, timeEnd);
      // after "und" the verb opens a second conjunct without its own subject: an NP after it is an object
      // ("Demonstranten zogen vor den Sitz und skandierten Sprüche wie „…“")
      // (a pronoun before the als of an assessment frame is its object: "… und bezeichnete sie als verfassungswidrig")
      const alsObject =
        speaker !== null &&
        isPronoun(v, speaker) &&
        v.lower[speaker.e] === "als" &&
        (quoteTables().reportedFrames.get(cue.lemma) ?? []).includes("als");
      const conjunct =
        cue.finite > u.s &&
        v.lower[cue.finite - 1] === "und" &&
        (!speaker || (speaker.s > cue.finite && (!isPronoun(v, speaker) || alsObject)));
      if (conjunct) {
        // "… biss der Randalierer den Fluggast und rief: …": the subject of the first conjunct
        speaker = conjunctSubject(v, u.s, cs, cue.finite - 1, timeEnd) ?? speaker;
      }
      // an accusative or dative NP is no subject ("nennt den Vorgang „…“")
      // (after "heißt es in …" the NP is the object of the preposition: the document that speaks)
      if (speaker && speaker.s > cue.finite && OBLIQUE.has(v.lower[speaker.s]) && cue.lemma !== "heißen")
        speaker = null;
      // "Der Vorsitzende, Name, hatte Lenz aufgefordert, …": a subject with its apposition right before the
      // verb outranks the (object) NP after it
      const fronted =
        speaker !== null && speaker.s > cue.finite && cs === cue.finite && before === null && !isPronoun(v, speaker);
      if ((!speaker || fronted) && !before && cs > segStart && v.isPunct(cs - 1, ",")) {
        // an apposition or relative clause between subject and verb: "John Kline, ein Abgeordneter, sagte"
        // a focus adverb or conjunction before the subject: "Auch Winfried Hassemer, sein Stellvertreter, glaubt"
        let a = segStart;
        while (a + 1 < cue.finite && FOCUS.has(v.lower[a])) a++;
        const np = npAt(v, a, cue.finite, true);
        if (fronted) {
          if (np && np.e === cs - 1 && !OBLIQUE.has(v.lower[np.s])) speaker = np;
          else if (
            // "Der NDR, der die Umfrage in Auftrag gegeben hatte, begründete die Einblendungen damit, …": a
            // person or organisation with a relative clause before the verb speaks, not a thing after it
            np &&
            speaker &&
            !OBLIQUE.has(v.lower[np.s]) &&
            v.isPunct(np.e, ",") &&
            np.e + 1 < cs &&
            cs - np.e <= 20 &&
            isRelativeStart(v, np.e + 1) &&
            isAgent(entityIn(doc, v.start(np.s), v.end(np.e - 1))) &&
            !isAgent(entityIn(doc, v.start(speaker.s), v.end(speaker.e - 1)))
          )
            speaker = np;
        } else {
          // a relative clause after the subject is not part of it ("Frank Sichau, der als … fungiert, erklärte")
          const rel = np && v.isPunct(np.e, ",") && np.e + 1 < cs && isRelativeStart(v, np.e + 1);
          if (np) speaker = v.isPunct(np.e, ",") && cs - np.e <= 16 && !rel ? { s: np.s, e: trimEnd(v, np.s, cs) } : np;
        }
      }
      if (
        speaker &&
        speaker.s === cs &&
        cs < cue.finite &&
        !before &&
        cs - 1 > segStart &&
        v.isPunct(cs - 1, ",") &&
        !isPronoun(v, speaker) &&
        !RELATIVE_PRONOUNS.has(v.lower[speaker.s])
      ) {
        // "Rob Meier, Sekretär des Vereins sagte, …": an apposition whose closing comma is missing
        const head = npAt(v, segStart, cs - 1);
        if (head && head.s === segStart && head.e === cs - 1 && v.isCap(head.s) && !OBLIQUE.has(v.lower[head.s]))
          speaker = { s: head.s, e: speaker.e };
      }
      if (after && speaker && speaker.s > cue.finite && speaker.s < after.s && speaker.e > after.s) {
        // "sagte Olli Rehn, EU-Kommissar: „…“": the speaker's apposition is no part of the content
        let a = speaker.e;
        while (a < after.e && (v.isPunct(a, ",") || v.isPunct(a, ":"))) a++;
        after = a < after.e ? { ...after, s: a } : null;
      }
      if (speaker && speaker.s > cue.finite && !before && !after) {
        // "sprach Angela Merkel von der Möglichkeit …": the PP the frame governs is no attribute of the speaker
        const preps = quoteTables().reportedFrames.get(cue.lemma) ?? [];
        for (let k = speaker.s + 1; k < speaker.e; k++) {
          if (!preps.includes(CONTRACTED[v.lower[k]] ?? v.lower[k])) continue;
          const end = trimEnd(v, speaker.s, k);
          if (end > speaker.s) speaker = { s: speaker.s, e: end };
          break;
        }
      }
      if (!speaker && cue.finite > u.s && v.isPunct(cue.finite - 1, ",") && drafts.length) {
        // "…, meinte Schieder, betonte aber gleichzeitig: …": a verb right after a comma without a subject of its own
        // continues the statement's speaker
        const prev = drafts[drafts.length - 1];
        if (prev.speaker && prev.msg.e <= cue.finite) speaker = prev.speaker;
      }
      const cueToks = cue.parts;
      const draftsBefore = drafts.length;
      if (before) {
        const { kind, pair } = kindOf(before, false);
        drafts.push({ kind, msg: before, pair, cue: cueToks, speaker, inherited: null, frame: null });
      }
      if (after) {
        const { kind, pair } = kindOf(after, after.colon);
        drafts.push({
          kind,
          msg: { s: after.s, e: after.e },
          pair,
          cue: cueToks,
          speaker,
          inherited: null,
          frame: null,
        });
        segStart = after.e;
      } else if (
        !before &&
        cue.finite === u.s + 1 &&
        ANAPHORS.has(v.lower[u.s]) &&
        ui > 0 &&
        state.lastUnit !== ui - 1
      ) {
        // "Dies teilte die Polizei mit.": the previous sentence is the statement
        speaker = subjectOf(v, cue, cs, u.e, true, timeEnd);
        const pu = units[ui - 1];
        const msg = { s: pu.s, e: trimEnd(v, pu.s, pu.e) };
        if (msg.e - msg.s >= 3) {
          const { kind, pair } = kindOf(msg, false);
          drafts.push({ kind, msg, pair, cue: cueToks, speaker, inherited: null, frame: null });
        }
      } else if (!before) {
        // "verurteilte das Vorgehen als „rücksichtslos“": a quoted fragment in the cue's clause
        let j = Math.max(...cue.parts) + 1;
        while (j < u.e && !v.isPunct(j, ",") && !v.isFinal(j) && !isPairOpen(j)) j++;
        if (isPairOpen(j) && speaker) {
          const p = pairs[openAt[j]];
          const s = speaker.s > cue.finite ? speaker.e : cue.finite + 1;
          if (s <= p.open && !hasScareMarker(v, p)) {
            const end = p.unclosed ? p.close : p.close + 1;
            covered.add(openAt[j]);
            drafts.push({
              kind: "mixed",
              msg: { s, e: end },
              pair: null,
              cue: cueToks,
              speaker,
              inherited: null,
              frame: null,
            });
          }
        }
      }
      if (!before && !after && speaker && drafts.length === draftsBefore) {
        // reported speech with an NP/PP content: "Die Polizei sprach von 800 Autos"
        const msg = reportedContent(doc, v, cue, speaker, u.e, timeEnd, isPairOpen);
        if (msg) {
          const span = { s: msg.s, e: msg.e };
          const { kind, pair } = kindOf(span, false);
          const parts = msg.particle >= 0 ? [...cueToks, msg.particle] : cueToks;
          if (kind !== "direct")
            drafts.push({ kind, msg: span, pair, cue: parts, speaker, inherited: null, frame: null });
        }
      }
      if (cue.lemma === "zitieren" && !cue.nonFinite && speaker && drafts.length > draftsBefore) {
        // "„…“, zitiert die Zeitung den Minister", "Die Zeitung zitiert den Minister mit den Worten: …"
        const j = skipAdverbs(v, speaker.s > cue.finite ? speaker.e : cue.finite + 1, u.e, timeEnd);
        const obj = npAt(v, j, u.e);
        const first = Math.min(...drafts.slice(draftsBefore).map((d) => d.msg.s));
        if (obj && (obj.e <= first || obj.s >= drafts[drafts.length - 1].msg.e) && !isPronoun(v, obj))
          for (let k = draftsBefore; k < drafts.length; k++) drafts[k].quoted = obj;
      }
      if (before || after) segStart = Math.max(segStart, (after ?? before)!.e);
    }

    // source frames
    const frames = findFrames(v, u.s, u.e, skip);
    for (const f of frames) {
      if (f.kind === "anaphor") continue;
      if (f.kind === "so") {
        // "„…“, so X": the quotation right before the frame
        let c = f.cue - 1;
        if (v.isPunct(c, ",")) c--;
        const k = c >= u.s ? closeAt[c] : -1;
        if (k >= 0 && !covered.has(k) && !inDraft(pairs[k].open)) {
          covered.add(k);
          drafts.push({
            kind: "direct",
            msg: { s: pairs[k].open, e: c + 1 },
            pair: pairs[k],
            cue: [f.cue],
            speaker: f.np,
            inherited: null,
            frame: f,
          });
          continue;
        }
      }
      // a "so X" frame closes the content before it: a draft that only starts after the frame is not its owner
      const fallback = [...drafts].reverse().find((d) => f.kind !== "so" || d.msg.s < f.span.s);
      const owner = drafts.find((d) => !(f.span.e <= d.msg.s || f.span.s >= d.msg.e)) ?? fallback;
      if (owner && (f.kind !== "so" || owner.speaker)) {
        if (!owner.speaker && f.np) owner.speaker = f.np;
        if (!owner.frame) owner.frame = f;
        continue;
      }
      let msg: TokSpan;
      if (f.kind === "so") {
        let s = u.s;
        while (s < f.span.s && v.isPunct(s)) s++;
        msg = { s, e: f.cue - 1 };
      } else {
        let s = u.s;
        let e = trimEnd(v, u.s, u.e);
        if (f.span.s <= s + 1) s = f.span.e;
        else if (f.span.e >= e) e = f.span.s;
        else {
          // a frame inside a subordinate or relative clause attributes that clause only: "…, die nach
          // Einschätzung des Amtes die Luft verbessern kann", "…, weil er nach Auffassung des Gerichts …"
          let c = f.span.s - 1;
          while (c > u.s && !v.isPunct(c, ",") && !v.isFinal(c)) c = inPair[c] >= 0 ? pairs[inPair[c]].open - 1 : c - 1;
          const w = c > u.s && v.isPunct(c, ",") ? c + 1 : -1;
          const rel = w >= 0 && (RELATIVE_PRONOUNS.has(v.lower[w]) || CLAUSE_SUBORDINATORS.has(v.lower[w]));
          const prepRel =
            w >= 0 && clauseClass("relprep").has(v.lower[w]) && RELATIVE_PRONOUNS.has(v.lower[w + 1] ?? "");
          if (rel || prepRel) {
            s = w;
            e = clauseEnd(v, w, e + 1, jump);
          }
        }
        while (s < e && v.isPunct(s, ",")) s++;
        e = trimEnd(v, s, e);
        msg = { s, e };
      }
      if (msg.e - msg.s < 2) continue;
      const { kind, pair } = kindOf(msg, false);
      const cue = f.kind === "after" ? [f.cue] : [f.cue];
      drafts.push({ kind, msg, pair, cue, speaker: f.np, inherited: null, frame: f });
    }

    // quotations not yet covered
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      if (p.open < u.s || p.open >= u.e || covered.has(k) || inDraft(p.open)) continue;
      if (isShortLabel(v, p) || hasScareMarker(v, p)) continue;
      // without a frame, a quotation must read as speech: a clause, not a name or title
      if (!pairHasClause(v, p) && pairWords(v, p) <= 10) continue;
      // a short quotation governed by an article or preposition is a title or name: "in „Jeder stirbt für sich
      // allein“", "der „Aktion Deutschland hilft“"
      if (p.open > u.s && NAME_GOVERNORS.has(v.lower[p.open - 1]) && pairWords(v, p) <= 8) continue;
      const end = p.unclosed ? p.close : p.close + 1;
      let speaker: TokSpan | null = null;
      let colonCue: number[] | null = null;
      if (p.open - 1 > u.s && v.isPunct(p.open - 1, ":")) {
        // "… warnte Lagarde: „…“" without a recognised cue: the NP before the colon
        const np = npAt(v, u.s, p.open - 1);
        if (np && np.e === p.open - 1) speaker = np;
        else {
          // "Milinkewitsch kritisierte die Handlungsweise …: „…“", "Dabei griff sie X an: „…“": the subject of
          // the clause before the colon, around its first finite verb
          const colon = p.open - 1;
          let f = -1;
          for (let i = u.s; i < colon && f < 0; i = jump(i)) {
            if (!v.isWord(i) || skip(i) || (v.isCap(i) && !v.isSentStart(i))) continue;
            if (quoteTables().functionWords.has(v.lower[i])) continue;
            if (
              lexicon()
                .verb(v.lower[i])
                .some((a) => a.mood === "ind")
            )
              f = i;
          }
          if (f >= 0) {
            const pseudo: Cue = { finite: f, tok: f, parts: [f], lemma: "", type: "speech", nonFinite: false };
            const sub = subjectOf(v, pseudo, u.s, colon, false, timeEnd);
            if (sub && !(sub.s > f && OBLIQUE.has(v.lower[sub.s]))) {
              speaker = sub;
              colonCue = [f];
            }
          }
        }
      }
      const inherited = !speaker && state.last && ui - state.lastUnit <= 2 ? state.last : null;
      drafts.push({
        kind: "direct",
        msg: { s: p.open, e: end },
        pair: p,
        cue: colonCue,
        speaker,
        inherited,
        frame: null,
      });
    }

    // carry-over
    if (!drafts.length) {
      const recent = ui - state.lastUnit <= 2;
      if (isCarryOver(v, u.s, u.e, skip, recent && state.lastIndirect, recent && state.last !== null)) {
        // "… schloss sich der Kritik an: Die Mittel seien …": the reported part follows the colon
        let ms = u.s;
        for (let i = u.s; i < u.e; i = jump(i)) if (v.isPunct(i, ":") && i + 1 < u.e && i - u.s >= 3) ms = i + 1;
        // the whole sentence is the statement, its final mark included ("Der Zug sei zu schnell gewesen.")
        const te = trimEnd(v, ms, u.e);
        const msg = { s: ms, e: te < u.e && v.isFinal(te) && te === u.e - 1 ? u.e : te };
        const { kind, pair } = kindOf(msg, false);
        let inherited = recent ? state.last : null;
        if (ui > 0 && (!inherited || state.lastUnit !== ui - 1)) {
          // the subject of the previous sentence ("X begründete dies …. Außerdem sei …"); when that sentence
          // held no quote, a named subject there is closer than the last speaker ("Die Polizei prüft den
          // Brief. Der Mann habe darin …")
          const pu = units[ui - 1];
          const np = quoteTables().adverbialOpeners.has(v.lower[pu.s]) ? null : npAt(v, pu.s, pu.e);
          if (np && np.e < pu.e && v.isWord(np.e) && !v.isCap(np.e) && lexicon().isVerb(v.lower[np.e])) {
            const span = textSpan(doc, v.start(np.s), v.end(np.e - 1));
            const ent = entityIn(doc, span.start, span.end);
            // a subject of a speech-act verb ("Die Stadtreinigung äußerte Zweifel …", "X wies die Vorwürfe zurück")
            // is a speaker even when it is no named entity
            // (not of a passive: "Alle US-Beamten wurden aufgefordert, …" names the addressees)
            const speaks = findCues(v, pu.s, pu.e, skip).some(
              (c) => c.finite === np.e && !(c.nonFinite && PASSIVE_AUX.has(v.lower[c.finite]) && c.tok > c.finite),
            );
            const agent = !isPronoun(v, np) && (speaks || (ent !== null && (ent.type === "PER" || ent.type === "ORG")));
            // without an earlier speaker, a subject that can speak at all ("Besondere Probleme sah die Behörde …"
            // fronts an object)
            if ((!inherited && isAgentive(doc, v, np)) || agent)
              inherited = { entity: ent?.id ?? null, text: span.text, span };
          }
        }
        drafts.push({ kind, msg, pair, cue: null, speaker: null, inherited, frame: null });
      }
    }

    // anaphoric "demnach" with no other quote: the sentence reports the last cited report
    const anaphor = frames.find((f) => f.kind === "anaphor");
    if (!drafts.length && anaphor) {
      let s = u.s;
      let e = trimEnd(v, u.s, u.e);
      if (anaphor.cue === s) s++;
      else if (anaphor.cue === e - 1) e--;
      const { kind, pair } = kindOf({ s, e }, false);
      drafts.push({
        kind,
        msg: { s, e },
        pair,
        cue: [anaphor.cue],
        speaker: anaphor.span,
        inherited: null,
        frame: anaphor,
      });
    }
    if (!drafts.length) return;

    // sources in the unit, outside quotations
    const hits = findSources(v, u.s, u.e, skip);
    drafts.sort((a, b) => a.msg.s - b.msg.s);
    for (const d of drafts) {
      // a carried-over sentence with "demnach" ("Demnach hätten sich die Menschen in eine Kirche geflüchtet"): the
      // anaphor is its cue and the mention of its source; the speaker stays the one carried over unless a cited
      // report is known
      const anaphorIn =
        anaphor !== undefined &&
        d.cue === null &&
        d.inherited !== null &&
        d.pair === null &&
        anaphor.cue >= d.msg.s &&
        anaphor.cue < d.msg.e;
      if (anaphorIn) {
        d.cue = [anaphor.cue];
        if (anaphor.cue === d.msg.s) d.msg = { s: d.msg.s + 1, e: d.msg.e };
      }
      const msgStart = v.start(d.msg.s);
      const msgEnd = v.end(d.msg.e - 1);
      // speaker; for "X zitiert Y" the quoted Y speaks when X is an outlet or organisation, which is the channel
      let channel: string | null = null;
      if (d.quoted && d.speaker) {
        const cs = v.start(d.speaker.s);
        const ce = v.end(d.speaker.e - 1);
        const hit = hits.find((h) => h.start >= cs && h.end <= ce);
        const ent = entityIn(doc, cs, ce);
        channel = hit ? sourceEntity(doc, hit) : ent && (ent.type === "ORG" || ent.type === "MISC") ? ent.id : null;
        if (channel) d.speaker = d.quoted;
      }
      let sp: Speaker = { entity: null, text: null, span: null };
      if (d.speaker && !(d.frame?.kind === "anaphor")) {
        const span = textSpan(doc, v.start(d.speaker.s), v.end(d.speaker.e - 1));
        let ent = entityIn(doc, span.start, span.end);
        if (isPronoun(v, d.speaker)) {
          const w = v.lower[d.speaker.s];
          ent = null;
          if (w !== "ich" && w !== "wir" && w !== "man") {
            const id = state.last?.entity ?? lastPersonBefore(doc, span.start)?.id ?? null;
            ent = id ? (doc.entities.find((x) => x.id === id) ?? null) : null;
          } else if (state.last && ui - state.lastUnit <= 2) {
            ent = state.last.entity ? (doc.entities.find((x) => x.id === state.last?.entity) ?? null) : null;
          }
        } else if (ent && ent.type === "LOC" && personPhrase(doc, v, d.speaker, ent)) {
          // "forderte der norwegische Sozialdemokrat und Diplomat": a person described by the country's adjective
          const id = lastPersonBefore(doc, span.start)?.id ?? null;
          ent = id ? (doc.entities.find((x) => x.id === id) ?? null) : null;
        } else if (!ent && d.speaker.e - d.speaker.s <= 3 && POSSESSIVE.has(v.lower[d.speaker.s])) {
          // "seiner Meinung nach", "ihren Angaben zufolge": the possessor is the last person
          const id = lastPersonBefore(doc, span.start)?.id ?? null;
          ent = id ? (doc.entities.find((x) => x.id === id) ?? null) : null;
        }
        let text = span.text;
        if (d.speaker.e - d.speaker.s === 1 && RELATIVE_PRONOUNS.has(v.lower[d.speaker.s]) && !ent) {
          // "…, der erklärte, …": a relative pronoun speaks for the NP before its comma (the pronoun stays the
          // mention in the text; name and entity come from the antecedent)
          const comma = d.speaker.s - 1;
          const ante = comma > u.s && v.isPunct(comma, ",") ? npBefore(v, comma, u.s) : null;
          if (ante && ante.e === comma) {
            const a = textSpan(doc, v.start(ante.s), v.end(ante.e - 1));
            ent = entityIn(doc, a.start, a.end);
            text = a.text;
          }
        }
        sp = { entity: ent?.id ?? null, text, span };
      } else if (d.inherited) {
        sp = d.inherited;
      }
      // source: an outlet named in the unit outside the message, or the speaker itself
      let source: string | null = null;
      let hit: SourceHit | undefined = hits.find((h) => h.end <= msgStart || h.start >= msgEnd);
      if (!hit && sp.span) hit = hits.find((h) => sp.span && h.start >= sp.span.start && h.end <= sp.span.end);
      if (hit) {
        source = sourceEntity(doc, hit);
        if (hit.report && source) state.report = source;
        if (d.frame?.kind === "after" || d.frame?.kind === "before") {
          if (sp.span && hit.start >= sp.span.start && hit.end <= sp.span.end && !sp.entity) sp.entity = source;
        }
      }
      if (!source && channel) source = channel;
      if (!source && (anaphor || d.frame?.kind === "anaphor") && state.report) source = state.report;
      if (d.frame?.kind === "anaphor") {
        // the cited report (if known) speaks; the span marks the anaphor in the text
        const rep = state.report ? (doc.entities.find((x) => x.id === state.report) ?? null) : null;
        sp = {
          entity: rep?.id ?? null,
          text: rep?.name ?? null,
          span: textSpan(doc, v.start(anaphor!.cue), v.end(anaphor!.cue)),
        };
      }
      if (anaphorIn) {
        const rep = state.report ? (doc.entities.find((x) => x.id === state.report) ?? null) : null;
        sp = {
          entity: rep?.id ?? sp.entity,
          text: rep?.name ?? sp.text,
          span: textSpan(doc, v.start(anaphor.cue), v.end(anaphor.cue)),
        };
      }
      if (!source && d.inherited && ui - state.lastUnit <= 1) source = state.lastSource;

      let start = msgStart;
      let end = msgEnd;
      if (d.pair) {
        start = v.end(d.pair.open);
        end = d.pair.unclosed ? v.end(d.pair.close - 1) : v.start(d.pair.close);
        while (end > start && /\s/.test(doc.text[end - 1])) end--;
        while (start < end && /\s/.test(doc.text[start])) start++;
      }
      const cueParts = d.cue ? d.cue.map((i) => textSpan(doc, v.start(i), v.end(i))) : null;
      const cue = cueParts
        ? cueParts.length === 1
          ? cueParts[0]
          : textSpan(doc, cueParts[0].start, cueParts[cueParts.length - 1].end)
        : null;
      const carry = d.cue === null && d.inherited !== null && d.pair === null && d.kind !== "direct";
      if (
        carry &&
        lastCarry &&
        lastCarry.unit === ui - 1 &&
        lastCarry.q.speakerText === sp.text &&
        lastCarry.q.speaker === sp.entity &&
        drafts.length === 1
      ) {
        // a run of cue-less reported sentences of one speaker is one statement: extend it
        lastCarry.q.end = end;
        lastCarry.q.text = doc.text.slice(lastCarry.q.start, end);
        lastCarry.unit = ui;
        state.lastUnit = ui;
        continue;
      }
      // a message with no word left (its content was taken by the statement before it) is no statement
      if (!/\p{L}/u.test(doc.text.slice(start, end))) continue;
      const date = cue ? statementDate(doc, cue.start, cue.end) : statementDate(doc, start, end);
      const q: Quote = {
        id: `q${quotes.length + 1}`,
        kind: d.kind,
        start,
        end,
        text: doc.text.slice(start, end),
        speaker: sp.entity,
        speakerText: sp.text,
        cue,
        source,
        date: date?.value ?? null,
        dateFrom: date ? date.dateFrom : null,
      };
      if (sp.span) q.speakerSpan = sp.span;
      if (cueParts && cueParts.length > 1) q.cueParts = cueParts;
      quotes.push(q);
      lastCarry = carry ? { q, unit: ui } : null;
      if (sp.text || sp.entity) {
        // after a demnach sentence the speaker carried over stays the one to carry on (with its own mention)
        state.last = anaphorIn && d.inherited ? d.inherited : sp;
        state.lastSource = source;
      }
      state.lastUnit = ui;
      state.lastIndirect = d.kind !== "direct";
    }
  });
  // an interview transcript: each answer turn is a statement of the interviewee
  if (transcriptFrom >= 0) quotes.push(...interviewQuotes(doc, transcriptFrom, quotes.length));
  return quotes;
}

/**
 * A word the dictionary does not list but whose end is a common noun of at least 6 letters
 * ("Europapolitik" → "politik", "Innenpolitik"): a topic label before a colon, not a speaker.
 */
function commonCompound(lower: string): boolean {
  for (let k = 1; k + 6 <= lower.length; k++) {
    const tail = lower.slice(k);
    if (
      lexicon()
        .pos(tail.charAt(0).toUpperCase() + tail.slice(1))
        .includes("NOUN")
    )
      return true;
  }
  return false;
}

/**
 * Whether a speaker phrase opened by an article describes a person whose only entity is the country of an
 * adjective ("der norwegische Sozialdemokrat", "die französische Diplomatin"), not an institution of it.
 */
function personPhrase(doc: Doc, v: TokView, sp: TokSpan, country: Entity): boolean {
  if (!ARTICLE_FORMS.includes(v.lower[sp.s])) return false;
  const start = v.start(sp.s);
  const end = v.end(sp.e - 1);
  const inside = country.mentions.filter((m) => m.start >= start && m.end <= end);
  if (!inside.length || inside.some((m) => m.form !== "adjective")) return false;
  if (doc.entities.some((e) => e.type !== "LOC" && e.mentions.some((m) => m.start >= start && m.end <= end)))
    return false;
  for (let i = sp.s + 1; i < sp.e; i++) {
    if (!v.isCap(i)) continue;
    const person = personEnding(v.lower[i]);
    if (person !== null) return person;
  }
  return false;
}
