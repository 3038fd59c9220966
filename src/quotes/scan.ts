/**
 * The scans the quote families read: for the document (quotation pairs, sentence units, time spans, state)
 * and for one unit (its drafts so far). Language-neutral: quotation marks, sentences and punctuation only.
 */
import type { Doc } from "../doc/index.js";
import type { QuoteKind } from "../doc/schema/index.js";
import type { DocScan, Draft, QuoteState, UnitScan } from "./grammar.js";
import { pairQuotes, type QuotePair } from "./pairs.js";
import type { TokSpan, TokView } from "./view.js";

/** Drops trailing sentence punctuation (. ! ? … , ; :) from [s, e). */
export function trimEnd(v: TokView, s: number, e: number): number {
  while (e > s && (v.isFinal(e - 1) || v.isPunct(e - 1, ",") || v.isPunct(e - 1, ";") || v.isPunct(e - 1, ":"))) e--;
  return e;
}

export function createDocScan<V extends TokView>(doc: Doc, v: V, isShortLabel: (p: QuotePair) => boolean): DocScan<V> {
  const pairs = pairQuotes(v);
  const inPair = new Int32Array(v.n).fill(-1);
  const openAt = new Int32Array(v.n).fill(-1);
  const closeAt = new Int32Array(v.n).fill(-1);
  pairs.forEach((p, k) => {
    for (let i = p.open; i < Math.min(p.close + (p.unclosed ? 0 : 1), v.n); i++) inPair[i] = k;
    openAt[p.open] = k;
    if (!p.unclosed) closeAt[p.close] = k;
  });
  const timeEndAt = new Int32Array(v.n).fill(-1);
  for (const t of doc.times) {
    const a = doc.tokens.indexAt(t.start);
    const b = doc.tokens.indexAt(t.end - 1);
    if (a < v.n) timeEndAt[a] = Math.max(timeEndAt[a], b + 1);
  }
  const state: QuoteState = {
    last: null,
    lastUnit: -10,
    lastSource: null,
    lastIndirect: false,
    lastMessage: null,
    report: null,
  };
  const isPairOpen = (i: number) => i < v.n && openAt[i] >= 0;
  return {
    doc,
    v,
    pairs,
    inPair,
    openAt,
    closeAt,
    units: sentenceUnits(v, inPair),
    state,
    skip: (i) => inPair[i] >= 0,
    jump: (i) => (openAt[i] >= 0 ? pairs[openAt[i]].close + 1 : i + 1),
    isPairOpen,
    isPairClose: (i) => i >= 0 && closeAt[i] >= 0,
    isQuotationOpen: (i) => isPairOpen(i) && !isShortLabel(pairs[openAt[i]]),
    timeEnd: (i) => (i < v.n ? timeEndAt[i] : -1),
  };
}

/**
 * Sentences joined while a quotation spans their boundary; a semicolon outside quotations joins two main
 * clauses that report separately ("Die Veranstalter zählten 2.000 Teilnehmer; nach Polizeiangaben waren es
 * 1.000."): each is its own unit.
 */
function sentenceUnits(v: TokView, inPair: Int32Array): TokSpan[] {
  const units: TokSpan[] = [];
  for (let k = 0; k < v.sentStart.length; k++) {
    const s = v.sentStart[k];
    const e = v.sentEnd[k];
    const last = units[units.length - 1];
    if (last && inPair[s] >= 0 && inPair[s] === inPair[s - 1]) last.e = e;
    else units.push({ s, e });
  }
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
  return units;
}

/** A fresh scan of unit `ui`. */
export function createUnitScan<V extends TokView>(scan: DocScan<V>, ui: number): UnitScan<V> {
  const u = scan.units[ui];
  const drafts: Draft[] = [];
  const covered = new Set<number>();
  const { pairs, v, openAt } = scan;
  // the pairs opening inside the span, read off the span's own tokens (scanning every pair of the document for
  // each span made the stage quadratic in the number of quotation marks)
  const pairsIn = (sp: TokSpan) => {
    const ks: number[] = [];
    for (let i = Math.max(0, sp.s); i < sp.e && i < v.n; i++) if (openAt[i] >= 0) ks.push(openAt[i]);
    return ks;
  };
  // every field named (a spread followed by new fields builds each object through the runtime: ~2 µs a field)
  return {
    doc: scan.doc,
    v,
    pairs,
    inPair: scan.inPair,
    openAt,
    closeAt: scan.closeAt,
    units: scan.units,
    state: scan.state,
    skip: scan.skip,
    jump: scan.jump,
    isPairOpen: scan.isPairOpen,
    isPairClose: scan.isPairClose,
    isQuotationOpen: scan.isQuotationOpen,
    timeEnd: scan.timeEnd,
    u,
    ui,
    drafts,
    covered,
    frames: [],
    inDraft: (i) => drafts.some((d) => i >= d.msg.s && i < d.msg.e),
    kindOf(sp, colon): { kind: QuoteKind; pair: QuotePair | null } {
      const ks = pairsIn(sp);
      for (const k of ks) covered.add(k);
      if (ks.length === 1) {
        const p = pairs[ks[0]];
        const end = p.unclosed ? p.close : p.close + 1;
        if (p.open === sp.s && trimEnd(v, end, sp.e) === end) return { kind: "direct", pair: p };
      }
      if (ks.length) return { kind: "mixed", pair: null };
      return { kind: colon ? "direct" : "indirect", pair: null };
    },
  };
}
