/**
 * A read-only view over the doc's token layer with the lower-cased token strings the
 * pattern modules compare against (one string per token, computed once per doc).
 */
import type { Doc } from "../doc/index.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";

/** A token range [s, e) (e exclusive). */
export interface TokSpan {
  s: number;
  e: number;
}

export class TokView {
  readonly doc: Doc;
  readonly n: number;
  readonly lower: string[];
  readonly text: string[];
  /** Sentence token ranges. */
  readonly sentStart: number[] = [];
  readonly sentEnd: number[] = [];

  constructor(doc: Doc) {
    this.doc = doc;
    const t = doc.tokens;
    this.n = t.count;
    this.text = new Array<string>(this.n);
    this.lower = new Array<string>(this.n);
    for (let i = 0; i < this.n; i++) {
      const s = doc.text.slice(t.start[i], t.end[i]);
      this.text[i] = s;
      this.lower[i] = s.toLowerCase();
    }
    let cur = -1;
    for (let i = 0; i < this.n; i++) {
      const s = t.sent[i];
      if (s !== cur) {
        if (cur >= 0) this.sentEnd.push(i);
        this.sentStart.push(i);
        cur = s;
      }
    }
    if (cur >= 0) this.sentEnd.push(this.n);
  }

  private nameStarts: Set<number> | null = null;

  /** Whether a person or organisation mention of the entities layer starts at token i. */
  startsName(i: number): boolean {
    if (!this.nameStarts) {
      this.nameStarts = new Set();
      for (const e of this.doc.entities)
        if (e.type === "PER" || e.type === "ORG")
          for (const m of e.mentions) if (m.form === "name" || m.form === "alias") this.nameStarts.add(m.start);
    }
    return i < this.n && this.nameStarts.has(this.doc.tokens.start[i]);
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
