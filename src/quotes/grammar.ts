/**
 * What the quote engine needs from a language: the pattern families that find statements in a sentence
 * unit (in order), and the few answers the shared resolution asks (how a speaker mention refers, which
 * outlets a unit names, interview transcripts). A language implements `QuoteGrammar` (German:
 * src/lang/de/quotes/grammar.ts); the engine (extract.ts, resolve.ts) knows no word of any language.
 */
import type { Doc, Entity } from "../doc/index.js";
import type { Quote, QuoteKind, TextSpan } from "../doc/schema/index.js";
import type { Kb, KbEntry } from "../kb/index.js";
import type { QuotePair } from "./pairs.js";
import type { TokSpan, TokView } from "./view.js";

/** A source frame without a cue verb ("laut X", "X zufolge", "…, so X", the anaphoric "demnach"). */
export interface SourceFrame {
  kind: "before" | "after" | "so" | "anaphor";
  /** The frame word (laut, zufolge, nach, so, demnach). */
  cue: number;
  /** The source NP (null for an anaphor). */
  np: TokSpan | null;
  /** The frame's token range (cue + NP). */
  span: TokSpan;
}

/** A statement found by a family, before its speaker, source and date are resolved. */
export interface Draft {
  kind: QuoteKind;
  msg: TokSpan;
  /** The pair when the message is exactly one quotation (text = inside the marks). */
  pair: QuotePair | null;
  cue: number[] | null;
  speaker: TokSpan | null;
  /** Speaker inherited from earlier (carry-over, frameless quotation). */
  inherited: Speaker | null;
  frame: SourceFrame | null;
  /** The object of an active "X cites Y" ("Die Zeitung zitiert den Minister: …"): the quoted speaker, while the
   * subject is the channel. */
  quoted?: TokSpan;
}

/** A resolved speaker: entity id, name as written (or the antecedent's), and the mention in the text. */
export interface Speaker {
  entity: string | null;
  text: string | null;
  span: TextSpan | null;
}

/** What flows from unit to unit. */
export interface QuoteState {
  /** The last speaker (for pronouns, carry-over and frameless quotations). */
  last: Speaker | null;
  /** The unit of the last statement. */
  lastUnit: number;
  lastSource: string | null;
  lastIndirect: boolean;
  /** The token span of the last statement's message and whether it was inside quotation marks. */
  lastMessage: { span: TokSpan; marked: boolean } | null;
  /** The last cited report ("einem Reuters-Bericht zufolge"): anaphoric frames inherit it. */
  report: string | null;
}

/** An agency, outlet or report named in a unit. */
export interface SourceHit {
  start: number;
  end: number;
  /** A report ("Reuters-Bericht"): later anaphoric sentences inherit it. */
  report: boolean;
  kbEntry: KbEntry | null;
  /** True if an outlet noun named it ("die Zeitung X"): an outlet even without a KB entry. */
  named: boolean;
}

/** The document-wide view the families share: quotation pairs and where they lie, units, time spans, state. */
export interface DocScan<V extends TokView = TokView> {
  readonly doc: Doc;
  readonly v: V;
  readonly pairs: readonly QuotePair[];
  /** Token → index of the pair it lies in (marks included), else -1. */
  readonly inPair: Int32Array;
  /** Token → index of the pair it opens / closes, else -1. */
  readonly openAt: Int32Array;
  readonly closeAt: Int32Array;
  /** Sentence units: sentences joined while a quotation spans them, split at semicolons outside quotations. */
  readonly units: readonly TokSpan[];
  readonly state: QuoteState;
  /** Inside a quotation. */
  skip(i: number): boolean;
  /** The token after the quotation opening at i, else i + 1. */
  jump(i: number): number;
  isPairOpen(i: number): boolean;
  isPairClose(i: number): boolean;
  /** A pair opening at i that is a quotation rather than a short label. */
  isQuotationOpen(i: number): boolean;
  /** End (exclusive) of the time expression starting at token i, else -1. */
  timeEnd(i: number): number;
}

/** One unit being read: the drafts found so far and the helpers the families share. */
export interface UnitScan<V extends TokView = TokView> extends DocScan<V> {
  readonly u: TokSpan;
  /** Index of the unit. */
  readonly ui: number;
  readonly drafts: Draft[];
  /** Pairs some draft already holds. */
  readonly covered: Set<number>;
  /** Source frames of the unit (filled by the grammar's frame family; the anaphoric one is read in resolution). */
  frames: SourceFrame[];
  /** A token inside some draft's message. */
  inDraft(i: number): boolean;
  /** Direct (exactly one quotation, or after a colon), mixed (holds a quotation) or indirect; marks its pairs covered. */
  kindOf(sp: TokSpan, colon: boolean): { kind: QuoteKind; pair: QuotePair | null };
}

/** One pattern family: reads a unit and adds drafts ("cue clause", "source frame", "carry-over" …). */
export interface QuoteFamily<V extends TokView = TokView> {
  readonly name: string;
  run(scan: UnitScan<V>): void;
}

/** How a speaker mention refers, as far as the resolution needs to know. */
export type SpeakerMention =
  /** "ich", "wir", "man": the speaker of the last statement, if recent */
  | "first-person"
  /** "er", "sie": the last speaker, else the last person named */
  | "pronoun"
  /** a person described by a country adjective ("der norwegische Diplomat"): the last person named */
  | "person-of-place"
  /** "seiner Meinung nach": the last person named */
  | "possessive"
  /** a name or description: its own entity */
  | "self";

export interface QuoteGrammar<V extends TokView = TokView> {
  /** The token view the families read (the language may add its lexicon and tables to it). */
  view(doc: Doc, kb: Kb): V;
  /** Pattern families, in the order they run over each unit. */
  readonly families: readonly QuoteFamily<V>[];
  /** A quotation pair that is a short label or title ("„Bild“"), not a quotation a cue can take. */
  isShortLabel(v: V, p: QuotePair): boolean;
  /** How the speaker mention `sp` (whose overlapping entity is `ent`) refers. */
  speakerMention(v: V, sp: TokSpan, ent: Entity | null): SpeakerMention;
  /**
   * A new entity for a speaker the text names by a description only ("Verfassungsrechtler", "ein Kollege", "die
   * Demonstranten"): its name, type, country and the token span of the mention; null when the phrase names no one
   * (a report noun, a function word).
   */
  speakerEntity(
    v: V,
    sp: TokSpan,
  ): { name: string; type: "PER" | "ORG"; country: string | null; s: number; e: number } | null;
  /** For a relative pronoun as the speaker ("Hans Meier, der erklärte"): the NP it stands for, else null. */
  relativeAntecedent(v: V, sp: TokSpan, unitStart: number): TokSpan | null;
  /** Agencies, outlets and reports named in tokens [s, e) outside quotations. */
  findSources(v: V, s: number, e: number, skip: (i: number) => boolean): SourceHit[];
  /** "sg" for a first-person singular pronoun (ich, mich, mir), "pl" for a plural one (wir, uns), else null. */
  firstPerson(word: string): "sg" | "pl" | null;
  /** Where an interview transcript starts (its first turn label), else -1. */
  transcriptStart(text: string): number;
  /** One statement per answer turn of the transcript from `from` on; ids continue after `idBase`. */
  transcriptQuotes(doc: Doc, from: number, idBase: number): Quote[];
}
