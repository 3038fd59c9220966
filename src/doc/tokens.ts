/**
 * The token layer: flat typed arrays, one slot per token (wink-nlp style).
 * Offsets index into `doc.text`; a token's text is derived, never stored.
 */

/** Token kinds, stored in `TokenLayer.kind`. */
export const TokenKind = {
  WORD: 1,
  NUMBER: 2,
  PUNCT: 3,
  QUOTE_OPEN: 4,
  QUOTE_CLOSE: 5,
  /** A quote mark whose direction is ambiguous (" ' ). */
  QUOTE_AMBIG: 6,
  SYMBOL: 7,
  /** Ordinal number, e.g. "3." in "3. September". */
  ORDINAL: 8,
  ABBREV: 9,
  URL: 10,
} as const;

/** Token flags (bit mask), stored in `TokenLayer.flags`. */
export const TokenFlag = {
  /** Token starts with an upper-case letter. */
  CAP: 1,
  /** Token is preceded by a newline (start of line / paragraph). */
  LINE_START: 2,
  /** Token is preceded by whitespace. */
  SPACE_BEFORE: 4,
  /** Token starts a sentence. */
  SENT_START: 8,
  /** Token is all upper case (length > 1). */
  ALLCAPS: 16,
  /** Token contains a hyphen (compound). */
  HYPHEN: 32,
} as const;

export class TokenLayer {
  count = 0;
  start: Uint32Array;
  end: Uint32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** Index of the sentence each token belongs to (filled by the sentence stage). */
  sent: Uint32Array;

  constructor(capacity = 64) {
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.sent = new Uint32Array(capacity);
  }

  push(start: number, end: number, kind: number, flags: number): number {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    return i;
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const s = new Uint32Array(cap);
    s.set(this.start);
    this.start = s;
    const e = new Uint32Array(cap);
    e.set(this.end);
    this.end = e;
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
    const se = new Uint32Array(cap);
    se.set(this.sent);
    this.sent = se;
  }

  /** Index of the first token whose end is > offset (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
