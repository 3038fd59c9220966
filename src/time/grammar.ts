/**
 * What the time engine needs from a language (like chrono's per-locale parser lists): its phrase parsers, a cheap
 * gate for where an expression may start, the refiners that drop false candidates, and the clause-level cues
 * the resolvers read (a preposition before the expression, the tense of its clause, whether a date anchors
 * narrative time). German: src/lang/de/time/grammar.ts.
 */
import type { Doc } from "../doc/index.js";
import type { Cand, M, Parser } from "./match.js";

/** What the word before an expression fixes: its direction ("seit Juni" lies in the past) and a TIMEX3 mod. */
export interface Prefix {
  dir?: -1 | 1;
  mod?: string;
}

/** Tense of a clause: -1 past, 1 future, 0 unknown; `present` when only a present-tense verb was found. */
export interface ClauseTense {
  dir: -1 | 0 | 1;
  present: boolean;
}

/** Drops (or rewrites) candidates that the parsers cannot judge locally. */
export type Refiner<X extends M = M> = (m: X, cands: Cand[]) => Cand[];

export interface TimeGrammar<X extends M = M> {
  /** The match state of one document: token accessors plus the language's word tables. */
  match(doc: Doc, narrative: boolean): X;
  /** Phrase parsers in priority order (on equal length the earlier one wins). */
  readonly parsers: readonly Parser<X>[];
  /** Parsers tried after the others in narrative mode only (vague references: "bald", "damals"). */
  readonly narrativeParsers?: readonly Parser<X>[];
  /** Cheap test whether some parser could start at word or number token i (most tokens cannot). */
  mayStart(m: X, i: number): boolean;
  /** Applied in order to the candidates of a document. */
  readonly refiners: readonly Refiner<X>[];
  /** The direction and mod the words before candidate c give it ("seit …", "bis …", "vor dem …"). */
  prefixOf(m: X, c: Cand): Prefix;
  /** Tense of the clause around tokens [s, e). */
  clauseDir(m: X, s: number, e: number): ClauseTense;
  /** Whether a resolved date (with mod `mod`) may become the narrative anchor ("(1908)", "bis 1881" may not). */
  anchors(m: X, c: Cand, mod: string | undefined): boolean;
}
