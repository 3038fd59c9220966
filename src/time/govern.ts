import type { Doc } from "../doc/index.js";
import { TokenKind } from "../doc/tokens.js";
import { dayNum, parseDay, withinReferenceWindow } from "./dates.js";

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
interface Sorted {
  count: number;
  byStart: { t: Time; k: number }[];
}
const SORTED = new WeakMap<Time[], Sorted>();

/** The time layer sorted by start (ties in layer order), cached per layer. */
function sortedTimes(doc: Doc): { t: Time; k: number }[] {
  let ix = SORTED.get(doc.times);
  if (!ix || ix.count !== doc.times.length) {
    const byStart = doc.times.map((t, k) => ({ t, k })).sort((a, b) => a.t.start - b.t.start || a.k - b.k);
    ix = { count: doc.times.length, byStart };
    SORTED.set(doc.times, ix);
  }
  return ix.byStart;
}

/** Index of the first time expression starting at or after `at`. */
function firstFrom(list: readonly { t: Time }[], at: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].t.start < at) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The time expressions inside [lo, hi], in layer order (a binary search, not a scan of the whole layer). */
function timesWithin(doc: Doc, lo: number, hi: number): Time[] {
  const list = sortedTimes(doc);
  const out: { t: Time; k: number }[] = [];
  for (let i = firstFrom(list, lo); i < list.length && list[i].t.start <= hi; i++)
    if (list[i].t.end <= hi) out.push(list[i]);
  return out.sort((x, y) => x.k - y.k).map((x) => x.t);
}

/** Characters back a reference date is looked for: more than any news article, so a long text stays linear. */
const REFERENCE_REACH = 100_000;

/** How governingTime falls back when no date expression is in the span's clause. */
export interface GoverningOptions {
  /**
   * "published" (default; quotes): the nearest date expression of the sentence(s), else the publication date.
   * "discourse" (events): a date in an earlier clause of the sentence, then in a later one (but no open interval,
   * "seit dem 1. Juli"); in a sentence without a date the discourse's reference date — the last full day the article
   * established in an earlier sentence, within the fortnight before the publication date and not in parentheses —,
   * else the publication date.
   */
  fallback?: "published" | "discourse";
}

/** A date an open interval reaches from or to ("seit dem 1. Juli", "bis Ende Mai"): no reference date. */
const OPEN_MODS: ReadonlySet<string> = new Set(["ON_OR_AFTER", "ON_OR_BEFORE", "BEFORE", "AFTER"]);

/**
 * Whether a day can be the discourse's reference date for later sentences: a full day within the fortnight before
 * the publication date — an announced date ("am 3. Oktober wird gewählt") does not date what the article reports
 * next, nor does a background date ("zuletzt gewann die Austria am 21. September des Vorjahres") — and not in
 * parentheses (a side remark: "vor seinem Geburtstag (5.3.)").
 */
function isReference(doc: Doc, start: number, day: string): boolean {
  const p = parseDay(day);
  if (!p) return false;
  const pub = parseDay(doc.published?.slice(0, 10));
  if (pub && (dayNum(p.y, p.m, p.d) > dayNum(pub.y, pub.m, pub.d) || !withinReferenceWindow(p, pub))) return false;
  for (let i = start - 1; i >= 0 && i >= start - 200; i--) {
    const ch = doc.text[i];
    if (ch === ")" || ch === "\n") return true;
    if (ch === "(") return false;
  }
  return true;
}

/** The sentences a span lies in: character bounds [lo, hi). */
function sentenceBounds(doc: Doc, start: number, end: number): { lo: number; hi: number } {
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
  return { lo, hi };
}

/**
 * The date that governs a span (a quote, a cue, an event): the DATE/TIME expression in the same clause, then
 * (see GoverningOptions) another one of the sentence or the discourse's reference date, else the publication
 * date; else null.
 */
export function governingTime(doc: Doc, start: number, end: number, opts: GoverningOptions = {}): GoverningTime | null {
  const discourse = opts.fallback === "discourse";
  const { lo, hi } = sentenceBounds(doc, start, end);
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const t of timesWithin(doc, lo, hi)) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const v = datePart(t.value);
    if (!v) continue;
    const open = !!t.mod && OPEN_MODS.has(t.mod);
    const inside = t.start >= start && t.end <= end;
    const dist = inside ? 0 : t.end <= start ? start - t.end : t.start - end;
    const sameClause =
      inside || (t.end <= start ? !boundaryBetween(doc, t.end, start) : !boundaryBetween(doc, end, t.start));
    if (discourse && !sameClause && open) continue;
    // discourse: an earlier clause ("Am Montag griffen sie an, töteten …") before a later one ("…, sagte er am Freitag")
    const rank = sameClause ? 0 : discourse && t.end > start ? 2 : 1;
    const score = rank * 100000 + dist;
    if (score < bestScore) {
      bestScore = score;
      best = v;
    }
  }
  if (best) return { value: best, dateFrom: "text" };
  const reference = discourse ? referenceBefore(doc, lo) : null;
  if (reference) return { value: reference, dateFrom: "text" };
  if (doc.published) return { value: doc.published, dateFrom: "published" };
  return null;
}

/**
 * The discourse's reference date before offset `lo`: the full day of the time expression that starts last among
 * those ending before `lo` (the first in layer order among equals), no open interval, that `isReference` accepts.
 */
function referenceBefore(doc: Doc, lo: number): string | null {
  const list = sortedTimes(doc);
  let found: { v: string; start: number; k: number } | null = null;
  for (let i = firstFrom(list, lo) - 1; i >= 0; i--) {
    const { t, k } = list[i];
    if (found && t.start < found.start) break;
    if (t.start < lo - REFERENCE_REACH) break;
    if (t.end > lo || (t.type !== "DATE" && t.type !== "TIME") || (t.mod && OPEN_MODS.has(t.mod))) continue;
    const v = datePart(t.value);
    if (!v || !isReference(doc, t.start, v)) continue;
    if (!found || k < found.k) found = { v, start: t.start, k };
  }
  return found?.v ?? null;
}
