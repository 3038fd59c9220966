import type { Doc } from "../doc/index.js";
import type { Time } from "../doc/schema/times.js";
import { TokenKind } from "../doc/tokens.js";
import { parseDay, parsePoint, withinReferenceWindow, type Ymd } from "./dates.js";
import type { TimeGrammar } from "./grammar.js";
import type { Cand, M, RC } from "./match.js";

export interface ExtractOptions {
  /** Publication date YYYY-MM-DD or null. */
  reference: string | null;
  /** "news" resolves deictic expressions against the publication date; "narrative" against the last mentioned date. */
  mode?: "news" | "narrative";
}

/** Finds candidate expressions: at each token the longest parse wins, then the scan jumps past it. */
function recognise<X extends M>(g: TimeGrammar<X>, m: X, narrative: boolean): Cand[] {
  const out: Cand[] = [];
  const parsers = narrative && g.narrativeParsers ? [...g.parsers, ...g.narrativeParsers] : g.parsers;
  let i = 0;
  while (i < m.n) {
    const k = m.kind(i);
    if (k === TokenKind.PUNCT || (k >= TokenKind.QUOTE_OPEN && k <= TokenKind.SYMBOL) || !g.mayStart(m, i)) {
      i++;
      continue;
    }
    let best: Cand[] | null = null;
    let bestEnd = i;
    for (const p of parsers) {
      const r = p(m, i);
      if (!r) continue;
      const arr = Array.isArray(r) ? r : [r];
      const last = arr[arr.length - 1];
      if (!last) continue;
      if (last.e > bestEnd) {
        best = arr;
        bestEnd = last.e;
      }
    }
    if (best) {
      for (const c of best) out.push(c);
      i = bestEnd;
    } else i++;
  }
  let cands = out;
  for (const refine of g.refiners) cands = refine(m, cands);
  return cands;
}

/** Recognises and normalises the time expressions of a tokenised, sentence-split Doc. */
export function extractTimes<X extends M>(doc: Doc, g: TimeGrammar<X>, opts: ExtractOptions): Time[] {
  const narrative = opts.mode === "narrative";
  const m = g.match(doc, narrative);
  const cands = recognise(g, m, narrative);
  const ref = parseDay(opts.reference);
  let anchor: Ymd | null = ref;
  let anchorDay: Ymd | null = null;
  // news: the discourse's reference day for clock times in later sentences (not a background day before the window)
  let refDay: Ymd | null = null;
  let day: Ymd | null = null;
  let daySent = -1;
  const out: Time[] = [];
  for (const c of cands) {
    const sent = m.sent(c.s);
    if (sent !== daySent) {
      day = null;
      daySent = sent;
    }
    const pre = g.prefixOf(m, c);
    const tense = g.clauseDir(m, c.s, c.e);
    const rc: RC = {
      ref,
      anchor,
      anchorDay,
      base: narrative ? anchor : ref,
      // a clock time or part of day without a date of its own: the day of its sentence, else the discourse's
      // reference day (narrative: the anchor; news: the last full day the article established, not a background day
      // more than a fortnight before publication)
      day: day ?? (narrative ? anchor : refDay),
      dir: pre.dir ?? tense.dir,
      present: pre.dir === undefined && tense.present,
      narrative,
    };
    const res = c.resolve(rc);
    const start = doc.tokens.start[c.s] ?? 0;
    const end = doc.tokens.end[c.e - 1] ?? start;
    const t: Time = { start, end, text: doc.text.slice(start, end), value: res.value, type: c.type };
    const mod = res.mod ?? pre.mod;
    if (mod) t.mod = mod;
    out.push(t);
    if (c.type === "DATE" || c.type === "TIME") {
      const p = parsePoint(res.value);
      const backwards = c.family === "relative-period" && anchor !== null && p !== null && p.y < anchor.y;
      // any day named in the sentence is the day of its clock times ("(Samstag, 16.00 Uhr)", "bis 4. September,
      // 13 Uhr"); only an anchoring one becomes the discourse's reference date
      if (p && p.d !== undefined && c.family !== "vague") day = p;
      if (p && c.family !== "vague" && !backwards && g.anchors(m, c, pre.mod)) {
        anchor = p;
        if (p.m !== undefined && p.d !== undefined) {
          anchorDay = p;
          if (withinReferenceWindow({ y: p.y, m: p.m, d: p.d }, ref)) refDay = p;
        }
      }
    }
  }
  return out;
}
