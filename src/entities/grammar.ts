/**
 * What the entity linker and the name tagger need from a language: its word lists around names (given names,
 * honorifics, name particles, locative prepositions, media cues, …), which words are common words, how an
 * inflected name reads uninflected, national titles that several countries share, and the word-class features
 * of the tagger. German: src/lang/de/entities/grammar.ts.
 */
import type { LanguageResources } from "../pipeline/stage.js";

/** The tagger's word-class features of a language (its lexicon). */
export interface NerLexicon {
  /**
   * Word-class code 0..127 of a word form: part-of-speech bits (verb 1, auxiliary 2, noun 4, adjective 8, other 16)
   * | listed in the lexicon 32 | a common word 64; 0 when unknown.
   */
  wordClass(form: string): number;
  /** Lower-cased head of a compound ("Gebirgsverein" → "verein"), or null. */
  compoundHead(form: string): string | null;
}

/**
 * Titles that several countries use ("Bundeskanzler" in Germany and Austria): the KB gives them the `home`
 * country; an article about another country means that country's office holder.
 */
export interface SharedTitles {
  /** The country the KB gives these titles (ISO3). */
  readonly home: string;
  /** Whether a role noun is one of these titles. */
  isTitle(roleText: string): boolean;
  /** The country the article's titles refer to (`home` unless another country's cues dominate its words). */
  countryOf(words: readonly string[]): string;
}

export interface EntityGrammar {
  /** Given names ("Anna", "Jean-Claude"). */
  readonly firstNames: ReadonlySet<string>;
  /** Function words that are never names (lower case). */
  readonly blockedWords: ReadonlySet<string>;
  /** Multi-part abbreviations as written, parts joined by a space ("a. D.", "z. B."): never (part of) a name. */
  readonly abbreviations: ReadonlySet<string>;
  /** Honorifics and titles right before a surname ("Frau", "Herrn", "Dr."). */
  readonly honorifics: ReadonlySet<string>;
  /** Endings of role nouns (lower case): a title before a tagged name ("Außenamtssprecher"). */
  readonly roleSuffixes: ReadonlySet<string>;
  /** Prepositions (lower case) that let a one-word place that is also a common word count as a place. */
  readonly locativePrepositions: ReadonlySet<string>;
  /** Adverbs that place a place relative to another ("nordwestlich von Athen"), lower case. */
  readonly directionWords: ReadonlySet<string>;
  /** First parts of compounds naming a part of a place ("Süd" + "osteuropa"), longer ones first. */
  readonly compassPrefixes: readonly string[];
  /** Lower-case ends of nouns naming one state body of a country ("ministerium": "das italienische Außenministerium"). */
  readonly organNouns: ReadonlySet<string>;
  /** Prepositions (lower case) that take a place but never a person's bare name ("in Piräus", "aus Traiskirchen"). */
  readonly placeOnlyPrepositions: ReadonlySet<string>;
  /** Words next to an outlet's name that let it count as an outlet ("Zeitung", "berichtete"). */
  readonly mediaCues: ReadonlySet<string>;
  /** Nouns before a name that make it a region rather than a same-name city ("Provinz", "Kanton"). */
  readonly regionWords: ReadonlySet<string>;
  /** Common nouns that say what the name after them is ("Partei", "Zeitung" → ORG; "Insel", "Dorf" → LOC). */
  readonly classNouns: ReadonlyMap<string, "ORG" | "LOC">;
  /** Countries (ISO3) whose regions the language's news names bare ("Bayern", "Tirol"). */
  readonly homeCountries: ReadonlySet<string>;
  /** Words right before a descriptor that make it former or future ("frühere", "designierte"). */
  readonly nonCurrent: ReadonlySet<string>;
  /** Prefixes of a role noun that make it former or deputy ("Ex-", "Vize"). */
  readonly nonCurrentPrefixes: readonly string[];
  /** Words right before a descriptor that make it plural ("beiden"). */
  readonly pluralDeterminers: ReadonlySet<string>;
  /** Words that link a role to its organisation, lower case ("Chef des Instituts DIW", "Leiter von Wien Energie"). */
  readonly affiliationWords: ReadonlySet<string>;
  /** Definite articles, lower case ("der", "des"): the article of an apposition, not a word linking to an organisation. */
  readonly definiteArticles: ReadonlySet<string>;
  /** Tokens that join the items of a list ("," "und", "sowie"): "Neusiedl, Eisenstadt und Mattersburg". */
  readonly listJoiners: ReadonlySet<string>;
  /**
   * Whether article + noun (both as written) is a singular nominative, a subject that can refer back to one person
   * ("der Niederländer", "die Französin"; not "den Niederländern", "die Niederländer").
   */
  singularNominative(article: string, noun: string): boolean;
  /** Endings that make a place's adjective from its name ("Wien" → "Wiener"): an organisation named with it is there. */
  readonly placeAdjectiveSuffixes: readonly string[];
  /** Particles inside surnames, lower case ("von der Leyen", "al-Assad"): part of the surname key. */
  readonly surnameParticles: ReadonlySet<string>;
  /** Particles between a given name and a surname ("Ursula von der Leyen"). */
  readonly nameParticles: ReadonlySet<string>;
  readonly sharedTitles: SharedTitles;
  /** The tagger's word-class features. */
  readonly ner: NerLexicon;
  /** Whether a word is a common word of the language (on its own rarely a name: "Lage", "Reiche"). */
  isCommonWord(word: string): boolean;
  /** A name with inflected words in their base form ("Deutschen Bahn" → "Deutsche Bahn"). */
  normaliseName(name: string): string;
}

/** Language resources that carry an entity grammar. */
interface WithEntityGrammar extends LanguageResources {
  readonly entities: EntityGrammar;
}

/** The entity grammar of a document's language, or null when its module provides none. */
export function entityGrammarOf(lang: LanguageResources | null): EntityGrammar | null {
  return lang && "entities" in lang ? (lang as WithEntityGrammar).entities : null;
}
