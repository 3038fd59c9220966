import type { Doc } from "../doc/index.js";
import type { TimeType } from "../doc/schema/times.js";
import { tokenView } from "../doc/token-view.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import type { Ymd } from "./dates.js";

/** A resolved TIMEX3 value. */
export interface Res {
  value: string;
  mod?: string;
}

/** What a candidate's resolver gets: reference dates and the tense of its clause. */
export interface RC {
  /** Publication date (full day) or null. */
  ref: Ymd | null;
  /** The last date mentioned before this expression (narrative anchor), else ref. */
  anchor: Ymd | null;
  /** The last full day mentioned before this expression, else null. */
  anchorDay: Ymd | null;
  /** Base for deictic expressions ("vergangene Woche", "am Mittwoch"): ref in news mode, anchor in narrative mode. */
  base: Ymd | null;
  /**
   * The day under discussion (for clock times and parts of day): a day named earlier in this sentence, else the
   * discourse's reference day (the narrative anchor; in news the last full day the article established), else null.
   */
  day: Ymd | null;
  /** Tense of the clause: -1 past, 1 future, 0 present/unknown. */
  dir: -1 | 0 | 1;
  /** The clause has only a present-tense finite verb ("Am Dienstag trifft er Macron"): weekdays lie ahead. */
  present: boolean;
  narrative: boolean;
}

/** A recognised expression over tokens [s, e) with a deferred resolver. */
export interface Cand {
  s: number;
  e: number;
  type: TimeType;
  /**
   * The phrase family that found it. The engine reads three names: "vague" never anchors narrative time,
   * "relative-period" does not move the anchor back to an earlier year, and the URL/code refiner judges
   * "year" candidates (src/time/refiners/filter.ts); other names are the grammar's own.
   */
  family: string;
  resolve: (rc: RC) => Res;
}

/**
 * A phrase parser: tries to read one expression (or a sequence, e.g. both ends of a range) starting at token i.
 * `X` is the language's match state (its word tables on top of the token accessors).
 */
export type Parser<X extends M = M> = (m: X, i: number) => Cand | Cand[] | null;

/**
 * Token accessors for the parsers over one document (lower-cased text from the shared token view). A language
 * extends it with its word tables (src/lang/de/time/match.ts).
 */
export class M {
  readonly doc: Doc;
  readonly n: number;
  private readonly lows: readonly string[];

  /** Narrative mode (history): "in zehn Tagen" is a duration, not a future date. */
  readonly narrative: boolean;

  constructor(doc: Doc, narrative = false) {
    this.doc = doc;
    this.narrative = narrative;
    this.n = doc.tokens.count;
    this.lows = tokenView(doc).lower;
  }

  /** Lower-cased token text; "" outside the document. */
  lw(i: number): string {
    return i < 0 || i >= this.n ? "" : this.lows[i];
  }

  raw(i: number): string {
    if (i < 0 || i >= this.n) return "";
    return this.doc.text.slice(this.doc.tokens.start[i], this.doc.tokens.end[i]);
  }

  kind(i: number): number {
    return i < 0 || i >= this.n ? 0 : (this.doc.tokens.kind[i] ?? 0);
  }

  flags(i: number): number {
    return i < 0 || i >= this.n ? 0 : (this.doc.tokens.flags[i] ?? 0);
  }

  cap(i: number): boolean {
    return (this.flags(i) & TokenFlag.CAP) !== 0;
  }

  sentStart(i: number): boolean {
    return (this.flags(i) & TokenFlag.SENT_START) !== 0 || i === 0;
  }

  /** Whitespace before token i. */
  space(i: number): boolean {
    return (this.flags(i) & TokenFlag.SPACE_BEFORE) !== 0;
  }

  sent(i: number): number {
    return this.doc.tokens.sent[i] ?? 0;
  }

  /** True when tokens i and j exist and lie in the same sentence. */
  same(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.n && j < this.n && this.sent(i) === this.sent(j);
  }

  /** Integer value of a plain digit NUMBER token, else NaN. */
  int(i: number): number {
    if (this.kind(i) !== TokenKind.NUMBER) return Number.NaN;
    const s = this.lw(i);
    return /^\d{1,9}$/.test(s) ? Number(s) : Number.NaN;
  }

  /** Value of an ORDINAL token "3.", else NaN. */
  ord(i: number): number {
    if (this.kind(i) !== TokenKind.ORDINAL) return Number.NaN;
    const r = /^(\d{1,3})\.$/.exec(this.lw(i));
    return r ? Number(r[1]) : Number.NaN;
  }
}
