/**
 * The German time parsers' view of a document: the engine's token accessors (src/time/match.ts) plus the German
 * word tables (numbers, months, relative adjectives, units) and the lexicon for the clause tense.
 */
import type { Doc } from "../../../doc/index.js";
import { TokenKind } from "../../../doc/tokens.js";
import type { Parser } from "../../../time/match.js";
import { M } from "../../../time/match.js";
import type { Lexicon } from "../lexicon/index.js";
import { adjStem, type TimeTables } from "./tables.js";

/** Marker for "no relative offset" in the per-token cache. */
const NONE = 99;

/** A German time parser. */
export type DeParser = Parser<DeM>;

export class DeM extends M {
  private readonly rels: (number | undefined)[];
  /** Per-token tense cue bits, filled lazily by tense.ts. */
  cueCache: Uint8Array | undefined;

  /**
   * @param t the German time word tables
   * @param getLexicon the German lexicon (null when its table is missing: the tense's suffix rules decide)
   */
  constructor(
    doc: Doc,
    narrative: boolean,
    readonly t: TimeTables,
    readonly getLexicon: () => Lexicon | null,
  ) {
    super(doc, narrative);
    this.rels = new Array(this.n);
  }

  /** Number written in digits or words ("drei", "3", "2,5"), else NaN. */
  num(i: number): number {
    const k = this.kind(i);
    if (k === TokenKind.NUMBER) {
      const s = this.lw(i);
      if (/^\d{1,4}$/.test(s)) return Number(s);
      if (/^\d{1,3},\d{1,2}$/.test(s)) return Number(s.replace(",", "."));
      return Number.NaN;
    }
    if (k === TokenKind.WORD) return this.t.numbers.get(this.lw(i)) ?? Number.NaN;
    return Number.NaN;
  }

  /** Month number of a month name ("September", "Jänner") or abbreviation with period ("Sept."), else 0. */
  month(i: number): number {
    const w = this.lw(i);
    if (w.endsWith(".")) return this.t.months.get(w.slice(0, -1)) ?? 0;
    if (w.length < 5 && w !== "mai" && w !== "juni" && w !== "juli" && w !== "märz") return 0;
    return this.t.months.get(w) ?? 0;
  }

  /** Relative adjective offset ("vergangenen" → -1, "kommende" → 1, "dieses" → 0), else undefined. */
  rel(i: number): number | undefined {
    if (i < 0 || i >= this.n) return undefined;
    let r = this.rels[i];
    if (r === undefined) {
      const w = this.lw(i);
      r = this.t.relative.get(w) ?? this.t.relative.get(adjStem(w)) ?? NONE;
      this.rels[i] = r;
    }
    return r === NONE ? undefined : r;
  }

  /** Time unit of a noun ("Jahren" → Y), else undefined. */
  unit(i: number): string | undefined {
    return this.t.units.get(this.lw(i));
  }
}
