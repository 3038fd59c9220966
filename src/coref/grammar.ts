/**
 * What the coreference engine needs from a language: the candidate mentions of a document (pronouns, role
 * nouns, descriptions, appositions — names come from the entities layer) with the grammatical facts the
 * resolution rules compare (gender, number, what kind of referent the head can denote, role, country), and the
 * natural gender of a person's name. German: src/lang/de/coref/.
 */
import type { Doc, Entity } from "../doc/index.js";
import type { MentionKind } from "../doc/schema/index.js";
import type { Kb, RoleNoun } from "../kb/index.js";

/** Grammatical gender of a form, or natural gender of a person; "pl" for plural forms and groups. */
export type Gender = "m" | "f" | "n" | "pl";

/** What an expression can denote. */
export type Denotes = "person" | "org" | "any";

export interface Candidate {
  /** Token range [s, e) and character range. */
  s: number;
  e: number;
  start: number;
  end: number;
  kind: Exclude<MentionKind, "name" | "name-part">;
  /** Lower-case head (the pronoun itself, or the head noun). */
  head: string;
  /** Genders the form allows (article + noun ending, or the pronoun's forms); empty = any. */
  genders: readonly Gender[];
  denotes: Denotes;
  /** 1 for ich/wir (the speaker's side), 3 otherwise. */
  person: 1 | 3;
  /** A role noun as the KB knows it ("Außenminister", "Kremlchef"), with the scope the phrase gives it. */
  role: { noun: RoleNoun; scope: string | null; text: string } | null;
  /** A country the phrase names ("der Norweger", "das russische Ministerium"). */
  country: string | null;
  /** A possessive or "von X" phrase: a new referent defined through another ("seine Frau", "ein Sprecher von X"). */
  related: boolean;
  /** Definite ("der Minister") or demonstrative — may refer back; an indefinite NP introduces someone new. */
  definite: boolean;
  /** Opens with an indefinite article ("ein Konzern", "eines Medienkonzerns"; not "kein"): introduces something. */
  indefinite: boolean;
  /** Likely the clause's subject (sentence-initial, or right after the finite verb). */
  subject: boolean;
  /** Character offset where the candidate's clause starts (after the last comma, colon or sentence start): a personal
   * pronoun does not refer to another phrase of its own clause ("Merkel lobte ihn"). */
  clauseStart: number;
  /** For an apposition: the character start of the name it follows. */
  anchor: number | null;
  /**
   * For a title right before coordinated names ("die Sender Kanaltürk und Bugün TV", "die Parteien X, Y und Z"): the
   * character starts of the names after the first, which the title describes as well; empty otherwise.
   */
  coordinated: readonly number[];
  /**
   * A name for a new document entity when nothing earlier is meant: a body that acts under its name ("Polizei",
   * "Küstenwache"), or someone defined through another ("Sprecher der Feuerwehr", "Polizeisprecher", "Frau").
   */
  newName: string | null;
  /** Character range of what a related phrase is defined through ("der Feuerwehr" in "ein Sprecher der Feuerwehr";
   * the possessive "seine"), or null. */
  through: { start: number; end: number; genders: readonly Gender[] } | null;
  /** For an organisation noun: the kind of organisation it names ("government", "party", "company", "igo",
   * "country", …), by which a generic head ("die Partei", "der Konzern") finds the organisation meant. */
  orgKind: string | null;
  /** The age a description gives ("der 78-Jährige" → 78), or null. */
  age: number | null;
  /** A pronoun right after the finite verb that opens a later clause of its sentence ("…, teilte er mit"). */
  cueSubject: boolean;
  /**
   * For an organisation noun whose first part, before a hyphen, is a capitalised word other than a country ("Bild" in
   * "der Bild-Zeitung", "Funke" in "der Funke-Mediengruppe", "Lufthansa" in "der Lufthansa-Konzern"): that word. The
   * phrase names an organisation of its own (or the one named so), never merely the last one of the head's kind.
   */
  namePrefix: string | null;
  /** KB id of the party a compound's first part names ("der SPD-Politiker" → org:spd), or null. */
  party: string | null;
  /**
   * For a bare number standing for people ("Hunderttausende gingen auf die Straße"): the heads of the groups that
   * are crowds ("demonstrant", "bürger"), the last of which it is; null for every other candidate.
   */
  crowdOf: ReadonlySet<string> | null;
}

export interface CorefGrammar {
  /** The candidate mentions of a tokenised document with its entities layer, in text order. */
  candidates(doc: Doc, kb: Kb): Candidate[];
  /** Natural gender of a person entity from its name (first names) or KB data, else null. */
  personGender(ent: Entity, kb: Kb): "m" | "f" | null;
  /** Grammatical gender of an organisation or place from the article before a name mention ("die FPÖ" → f). */
  nameGender(doc: Doc, start: number): Gender | null;
  /** The kind of an organisation or country entity, in the terms of Candidate.orgKind, or null. */
  orgKind(ent: Entity, kb: Kb): string | null;
  /** Whether the mention starting at token i stands where a subject stands (sentence start, after the finite verb). */
  subjectAt(doc: Doc, i: number): boolean;
}
