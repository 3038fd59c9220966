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
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (!s) continue;
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
  let reference: string | null = null;
  let referenceStart = -1;
  for (const t of doc.times) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const v = datePart(t.value);
    if (!v) continue;
    const open = !!t.mod && OPEN_MODS.has(t.mod);
    if (t.start < lo || t.end > hi) {
      // the reference date: the last full day established before the sentence
      if (discourse && t.end <= lo && t.start > referenceStart && !open && isReference(doc, t.start, v)) {
        reference = v;
        referenceStart = t.start;
      }
      continue;
    }
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
  if (reference) return { value: reference, dateFrom: "text" };
  if (doc.published) return { value: doc.published, dateFrom: "published" };
  return null;
}
