/**
 * One read-only view over a Doc's token layer for every stage: the token strings and their lower-cased
 * forms (computed once per Doc and shared), sentence token ranges, and small accessors over the flat
 * arrays. Stages that add their own helpers extend it (quotes' TokView); `tokenView(doc)` returns the
 * Doc's shared instance.
 *
 * @example
 * const v = tokenView(doc);
 * v.lower[3]; // "sagte"
 */
import type { Doc } from "./doc.js";
import { TokenFlag, TokenKind } from "./tokens.js";

/** A token range [s, e) (e exclusive). */
export interface TokSpan {
  s: number;
  e: number;
}

interface Strings {
  count: number;
  sentences: number;
  text: string[];
  lower: string[];
  sentStart: number[];
  sentEnd: number[];
}

const STRINGS = new WeakMap<Doc, Strings>();

/** The Doc's token strings, computed on first use and again only when the token or sentence layer changed. */
function stringsOf(doc: Doc): Strings {
  const t = doc.tokens;
  let s = STRINGS.get(doc);
  if (s && s.count === t.count && s.sentences === doc.sentences.length) return s;
  const n = t.count;
  const text = new Array<string>(n);
  const lower = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const w = doc.text.slice(t.start[i], t.end[i]);
    text[i] = w;
    lower[i] = w.toLowerCase();
  }
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  if (doc.sentences.length) {
    let cur = -1;
    for (let i = 0; i < n; i++) {
      if (t.sent[i] !== cur) {
        if (cur >= 0) sentEnd.push(i);
        sentStart.push(i);
        cur = t.sent[i];
      }
    }
    if (cur >= 0) sentEnd.push(n);
  }
  s = { count: n, sentences: doc.sentences.length, text, lower, sentStart, sentEnd };
  STRINGS.set(doc, s);
  return s;
}

export class TokenView {
  readonly doc: Doc;
  readonly n: number;
  /** Token strings as written. */
  readonly text: readonly string[];
  /** Lower-cased token strings. */
  readonly lower: readonly string[];
  /** Sentence token ranges (empty before the sentence stage ran). */
  readonly sentStart: readonly number[];
  readonly sentEnd: readonly number[];

  constructor(doc: Doc) {
    const s = stringsOf(doc);
    this.doc = doc;
    this.n = s.count;
    this.text = s.text;
    this.lower = s.lower;
    this.sentStart = s.sentStart;
    this.sentEnd = s.sentEnd;
  }

  private startOf: Int32Array | null = null;

  /** The nearest token at or before i that starts a sentence (flag SENT_START), else 0 — one array, built once. */
  sentenceStartOf(i: number): number {
    if (!this.startOf) {
      const st = new Int32Array(this.n);
      for (let k = 1; k < this.n; k++) st[k] = this.isSentStart(k) ? k : st[k - 1];
      this.startOf = st;
    }
    return i < this.n ? this.startOf[i] : 0;
  }

  kind(i: number): number {
    return this.doc.tokens.kind[i];
  }
  isWord(i: number): boolean {
    const k = this.doc.tokens.kind[i];
    return k === TokenKind.WORD || k === TokenKind.ABBREV;
  }
  isCap(i: number): boolean {
    return (this.doc.tokens.flags[i] & TokenFlag.CAP) !== 0;
  }
  isSentStart(i: number): boolean {
    return (this.doc.tokens.flags[i] & TokenFlag.SENT_START) !== 0;
  }
  isLineStart(i: number): boolean {
    return (this.doc.tokens.flags[i] & TokenFlag.LINE_START) !== 0;
  }
  isQuote(i: number): boolean {
    const k = this.doc.tokens.kind[i];
    return k === TokenKind.QUOTE_OPEN || k === TokenKind.QUOTE_CLOSE || k === TokenKind.QUOTE_AMBIG;
  }
  isPunct(i: number, ch?: string): boolean {
    if (this.doc.tokens.kind[i] !== TokenKind.PUNCT) return false;
    return ch === undefined || this.text[i] === ch;
  }
  /** Sentence-final punctuation (. ! ? …). */
  isFinal(i: number): boolean {
    const s = this.text[i];
    return this.doc.tokens.kind[i] === TokenKind.PUNCT && (s === "." || s === "!" || s === "?" || s === "…");
  }
  start(i: number): number {
    return this.doc.tokens.start[i];
  }
  end(i: number): number {
    return this.doc.tokens.end[i];
  }
  /** Character text of a token span. */
  spanText(sp: TokSpan): string {
    return this.doc.text.slice(this.start(sp.s), this.end(sp.e - 1));
  }
}

const VIEWS = new WeakMap<Doc, TokenView>();

/** The Doc's shared token view (rebuilt only when the token or sentence layer changed). */
export function tokenView(doc: Doc): TokenView {
  let v = VIEWS.get(doc);
  if (!v || v.n !== doc.tokens.count || v.sentStart.length !== doc.sentences.length) {
    v = new TokenView(doc);
    VIEWS.set(doc, v);
  }
  return v;
}
