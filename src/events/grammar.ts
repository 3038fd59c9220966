/**
 * What the event engine asks a language: the clauses of a sentence, the cue (verb or verb–noun frame) of a clause,
 * its participant phrases, who is actor and who target, its flags (negated, hypothetical, future), a few markers
 * (a verb of saying, a complementizer, a reflexive …), how a pronoun refers and what a preposition does. The
 * engine (coder.ts) chooses the frame row, adjusts types for intent and future, resolves members to entities and
 * countries and assembles the events; it knows no word of any language. German: src/lang/de/events/grammar.ts.
 */
import type { Doc } from "../doc/index.js";
import type { PloverType } from "../doc/schema/events.js";
import type { Kb } from "../kb/index.js";
import type { MentionRef } from "./mentions.js";

export type ClauseKind = "main" | "cond" | "sub" | "rel" | "zu";

/** A clause of a sentence (main, conditional, subordinate, relative, infinitive complement). */
export interface Clause {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  inQuote: boolean;
  /** Sentence index. */
  sent: number;
  /** A verb phrase coordinated with the clause before it that shares its subject ("… bestritt X und sprach von Y"). */
  coord?: boolean;
}

/** The conditions and markers a frame row can carry (the flags column of a language's frame tables). */
export const FRAME_FLAGS = [
  "recip",
  "refl",
  "norefl",
  "comp",
  "intent",
  "weapon",
  "mil",
  "noun",
  "tgtloc",
  "needtgt",
  "said",
  "thingobj",
  "eval",
  "argued",
  "verbal",
  "nothingobj",
  "against",
  "thingacc",
  "police",
  "pp",
  "agent",
  "authority",
] as const;
export type FrameFlag = (typeof FRAME_FLAGS)[number];

/** How a cue verb occurs: F finite, S finite of a split verb, P participle, I infinitive, Z zu-infinitive. */
export type VerbKind = "F" | "S" | "P" | "I" | "Z";

/** One reading of a frame: its PLOVER type, mode and conditions. */
export interface FrameRow {
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<FrameFlag>;
}

/** The event cue of a clause: a verb, or a verb with its frame noun. */
export interface Cue {
  /** Token of the verb (or the noun for noun-only frames). */
  token: number;
  lemma: string;
  verbKind: VerbKind;
  /** Token of the frame noun, or -1. */
  noun: number;
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<FrameFlag>;
  /** Alternative rows for the lemma (conditions checked by the engine). */
  rows: readonly FrameRow[];
}

export type ActorKind =
  | "state"
  | "military"
  | "police"
  | "court"
  | "legislature"
  | "opposition"
  | "protest"
  | "rebel"
  | "unknown"
  | "union"
  | "delegation"
  | "civilian";

/** A collective actor noun ("Polizei", "Demonstranten"). */
export interface ActorNoun {
  noun: string;
  kind: ActorKind;
  armed: boolean;
}

/** One coordinated part of a participant phrase. */
export interface Member {
  entity: string | null;
  country: string | null;
  /** Name of the entity, or the phrase's head text for collective/unnamed actors. */
  text: string;
  /** Where the country came from. */
  via: "entity" | "adjective" | "attached" | "none";
  mention: MentionRef | null;
}

/** A participant phrase of a clause. */
export interface Phrase {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  /** The governing preposition as written (lower case), or null. */
  prep: string | null;
  det: string | null;
  members: Member[];
  /** The collective actor noun of the head, if any ("Polizei", "Demonstranten"). */
  actor: ActorNoun | null;
  /** Lower-cased head nouns in order (the first is the main head). */
  heads: string[];
  weapon: boolean;
  /** All members are places (LOC entities). */
  place: boolean;
  pronoun: string | null;
  /** Coordinated with a negative correlative ("weder … noch"). */
  neither: boolean;
}

/** A phrase over tokens [start, end) with nothing in it yet (the fields filled by whoever builds it). */
export function emptyPhrase(start: number, end: number): Phrase {
  return {
    start,
    end,
    prep: null,
    det: null,
    members: [],
    actor: null,
    heads: [],
    weapon: false,
    place: false,
    pronoun: null,
    neither: false,
  };
}

export interface Roles {
  actor: Phrase | null;
  target: Phrase | null;
  passive: boolean;
  /** The clause's subject when it names no participant ("Der Großteil reise sofort weiter"): no one acts. */
  thingSubject?: Phrase | null;
  /** A reduced participle clause ("…, unterstützt von Neos, …"): its target is the phrase before it. */
  reduced?: boolean;
}

export interface ClauseFlags {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  /** A modal of obligation governs the verb ("muss … versorgen"): the act is demanded or needed, not done. */
  deontic: boolean;
}

/**
 * Words of a clause the engine's rules look for: a verb of saying; a predicative adjective of intent ("bereit",
 * which takes a complement like an intent verb); a complementizer opening the clause ("dass", "ob"); a reflexive or
 * reciprocal pronoun ("sich", "einander"); a marker of joint action ("sich", "gemeinsam", "bilateral"); an
 * ambiguous third-person pronoun next to a plural verb (German "sie unterstützten": they, not she); an instrument
 * argument of a threat ("mit", "damit"); a word that puts a statement on the side of the one before it ("auch",
 * "ebenfalls").
 */
export type ClauseMarker =
  | "speech"
  | "intent-adjective"
  | "complementizer"
  | "reflexive"
  | "joint"
  | "plural-pronoun"
  | "instrument"
  | "verbal-manner"
  | "parallel"
  /** A preposition "against" someone or something ("sprach sich gegen … aus"). */
  | "against"
  /** The clause opens with "otherwise": it states what follows if an earlier demand is not met ("Sonst werde es
   * keinen Frieden geben"). */
  | "otherwise"
  /** The clause calls itself a reaction ("erklärte in einer ersten Reaktion", "reagierte"): it answers the side that
   * acted just before. */
  | "reaction"
  /** The clause speaks of an agreement ("stellt die Art des Abkommens infrage", "kündigte den Vertrag"). */
  | "agreement"
  /** The clause opens with a pronoun for a thing or a state of affairs as its subject ("Das kommt alles zusammen"). */
  | "thing-subject";

/**
 * How a pronoun refers: a reflexive (never an actor of its own), a relative pronoun (its antecedent is in the
 * clause before), the first person (inside a quotation: the speaker), a third-person singular (the last subject),
 * an ambiguous third person (German "sie": the last plural participants when the verb is plural, else the last
 * subject), or none of these.
 */
/** `object`: a personal pronoun only ever an object ("ihm", "ihn", "ihnen"). */
export type PronounKind =
  | "reflexive"
  | "relative"
  | "first-person"
  | "third-singular"
  | "third-ambiguous"
  | "object"
  | "other";

/**
 * What a preposition does for the engine: `locative` — the place where the event happens ("in Kiew");
 * `presence` — the place where a collective actor is (locative, and "bei"); `partner` — the other side of a joint
 * act ("mit X"); `party` — a target that is a party to a two-sided act ("mit", "gegen", "an", "bei").
 */
export type PrepRole = "locative" | "presence" | "partner" | "party" | "between";

/** Words of a statement that make it an event of its speaker (a threat, an accusation, a rejection, praise). */
export interface StatementHit {
  type: PloverType;
  mode: string | null;
  /** The token of the (first) word. */
  token: number;
  /** A negation stands right before the word ("kein Skandal"). */
  negated: boolean;
}

/** An event noun of a clause with its arguments ("die Festnahme des Bürgermeisters durch die Polizei"). */
export interface NominalHit {
  token: number;
  type: PloverType;
  mode: string | null;
  actor: Phrase | null;
  target: Phrase | null;
  /** "zwischen X und Y": the actor phrase holds both sides. */
  recip: boolean;
  /** The participant phrase the noun heads. */
  phrase: Phrase;
}

export interface EventGrammar<V> {
  /** The per-document view the rules read (the language's lexicon and the KB handed in by the stage). */
  view(doc: Doc, kb: Kb, mentions: ReadonlyMap<number, MentionRef>): V;
  /** The clauses of sentence `sentence`, tokens [s, e). */
  clauses(v: V, sentence: number, s: number, e: number): Clause[];
  /** The event cue of a clause: a frame noun with its verb, else a verb of the frame tables; null for none. */
  cue(v: V, c: Clause): Cue | null;
  /** Participant phrases of a clause; with `relative`, the clause's first word may be a relative pronoun. */
  phrases(v: V, c: Clause, relative: boolean): Phrase[];
  /** Actor and target among the phrases, and whether the clause is passive. */
  roles(v: V, phrases: readonly Phrase[], cue: Cue | null, c: Clause): Roles;
  /** Negated / hypothetical / future; `condSentence`: the sentence has a conditional clause. */
  flags(v: V, c: Clause, condSentence: boolean): ClauseFlags;
  /** Whether the clause has a word of the marker's kind. */
  marks(v: V, c: Clause, marker: ClauseMarker): boolean;
  /** A sentence about sport or another non-political matter, tokens [s, e): it codes no event. */
  nonPolitical(v: V, s: number, e: number): boolean;
  /** How a pronoun (as the phrase holds it) refers. */
  pronoun(pronoun: string): PronounKind;
  /** Whether a preposition (as the phrase holds it) has the role. */
  prepIs(prep: string, role: PrepRole): boolean;
  /** Whether a lower-case head noun names a person ("Besucher", "Ministerin"), not a thing. */
  isPersonNoun(head: string): boolean;
  /** Whether a lower-case collective head noun is in a plural form ("Demonstranten"). */
  isPluralHead(head: string): boolean;
  /** The text of an unnamed collective actor from the phrase's heads ("Polizei"). */
  headText(p: Phrase): string;
  /** Whether tokens [s, e) hold an event noun (before any phrase is built). */
  hasNominal(v: V, s: number, e: number): boolean;
  /** The event nouns of a clause that stand as participants, with their arguments; `skip`: a verb frame's noun. */
  nominals(v: V, c: Clause, phrases: readonly Phrase[], skip: number): NominalHit[];
  /** The highest-ranked statement cue in tokens [s, e) (a quotation, or an evaluation clause), if any. */
  statement(v: V, s: number, e: number): StatementHit | null;
  /** The name a possessive or genitive form stands for ("Armeniens" → "Armenien"); null without such an ending. */
  possessiveBase(word: string): string | null;
  /** Whether a lower-case word is never a name, even when the entities layer tagged it as one ("Erstens"). */
  notAName(word: string): boolean;
  /**
   * The organisation a role compound names as its holder's own ("Verdi-Chef" → "Verdi", "FPÖ-Generalsekretär" →
   * "FPÖ"), as written; null for any other word.
   */
  roleOrg(word: string): string | null;
  /**
   * The security body a compound names as the one who acted ("Polizeieinsatz", "Polizeigewalt" → "polizei",
   * "Militäreinsatz" → "militär"), lower case; null for any other word.
   */
  actBody(word: string): string | null;
}
