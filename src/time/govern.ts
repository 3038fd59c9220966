import type { Doc } from "../doc/index.js";
import { TokenKind } from "../doc/tokens.js";

/** A quote's or event's date and where it came from. */
export interface GoverningTime {
  value: string;
  dateFrom: "text" | "published";
}

const CLAUSE_BOUNDARY = new Set([",", ";", ":", "–", "—"]);

/** The calendar part of a TIMEX3 value (2025-09-03T14:30 → 2025-09-03), or null when it names no calendar period. */
function datePart(value: string): string | null {
  if (!/^(\d{4}|BC\d{4})/.test(value)) return null;
  const t = value.indexOf("T");
  return t > 0 ? value.slice(0, t) : value;
}

/** Whether a clause boundary (comma, semicolon, colon, dash, quote mark) lies between offsets a < b. */
function boundaryBetween(doc: Doc, a: number, b: number): boolean {
  const tk = doc.tokens;
  for (let i = tk.indexAt(a); i < tk.count && (tk.start[i] ?? 0) < b; i++) {
    const k = tk.kind[i] ?? 0;
    if (k >= TokenKind.QUOTE_OPEN && k <= TokenKind.QUOTE_AMBIG) return true;
    if (k === TokenKind.PUNCT && CLAUSE_BOUNDARY.has(doc.text.slice(tk.start[i], tk.end[i]))) return true;
  }
  return false;
}

type Time = Doc["times"][number];
const SORTED = new WeakMap<Time[], { count: number; byStart: { t: Time; k: number }[] }>();

/** The time expressions inside [lo, hi], in layer order (a binary search over them sorted by start, per layer). */
function timesWithin(doc: Doc, lo: number, hi: number): Time[] {
  let ix = SORTED.get(doc.times);
  if (!ix || ix.count !== doc.times.length) {
    const byStart = doc.times.map((t, k) => ({ t, k })).sort((a, b) => a.t.start - b.t.start || a.k - b.k);
    ix = { count: doc.times.length, byStart };
    SORTED.set(doc.times, ix);
  }
  const list = ix.byStart;
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].t.start < lo) a = mid + 1;
    else b = mid;
  }
  const out: { t: Time; k: number }[] = [];
  for (let i = a; i < list.length && list[i].t.start <= hi; i++) if (list[i].t.end <= hi) out.push(list[i]);
  return out.sort((x, y) => x.k - y.k).map((x) => x.t);
}

/**
 * The date that governs a span (a quote, a cue, an event): the DATE/TIME expression in the
 * same sentence(s), preferring one in the same clause, then the nearest; else the
 * publication date; else null.
 */
export function governingTime(doc: Doc, start: number, end: number): GoverningTime | null {
  let s0 = -1;
  let s1 = -1;
  // sentences end in order: none before the first that ends at or after `start` overlaps or holds the span
  let lo0 = 0;
  let hi0 = doc.sentences.length;
  while (lo0 < hi0) {
    const mid = (lo0 + hi0) >> 1;
    if ((doc.sentences[mid]?.end ?? 0) < start) lo0 = mid + 1;
    else hi0 = mid;
  }
  for (let k = lo0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (!s) continue;
    if (s.start > start && s.start >= end) break;
    if (s.end > start && s.start < end) {
      if (s0 < 0) s0 = k;
      s1 = k;
    } else if (s0 < 0 && s.start <= start && start <= s.end) {
      s0 = k;
      s1 = k;
    }
  }
  const lo = s0 >= 0 ? (doc.sentences[s0]?.start ?? start) : start;
  const hi = s1 >= 0 ? (doc.sentences[s1]?.end ?? end) : end;
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const t of timesWithin(doc, lo, hi)) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const v = datePart(t.value);
    if (!v) continue;
    const inside = t.start >= start && t.end <= end;
    const dist = inside ? 0 : t.end <= start ? start - t.end : t.start - end;
    const sameClause =
      inside || (t.end <= start ? !boundaryBetween(doc, t.end, start) : !boundaryBetween(doc, end, t.start));
    const score = (sameClause ? 0 : 100000) + dist;
    if (score < bestScore) {
      bestScore = score;
      best = v;
    }
  }
  if (best) return { value: best, dateFrom: "text" };
  if (doc.published) return { value: doc.published, dateFrom: "published" };
  return null;
}
