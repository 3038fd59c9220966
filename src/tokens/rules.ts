/**
 * What the tokenizer and the sentence splitter need to know about a language: its abbreviations and
 * ordinal conventions. A language module provides them as `tokens` in its resources (src/lang/de/tokens.ts);
 * for a language without a module the engines use `NO_TOKEN_RULES`.
 */
import type { LanguageResources } from "../pipeline/stage.js";

export interface TokenRules {
  /** Lower-cased abbreviations without their final period ("bzw", "dr"): the period joins the word. */
  readonly abbreviations: ReadonlySet<string>;
  /** Lower-cased words after which "N." is an ordinal ("3. September", "1. FC"). */
  readonly ordinalFollowers: ReadonlySet<string>;
  /** Lower-cased words before "N." that make N an ordinal ("am 3.", "der 20."). */
  readonly ordinalPreceders: ReadonlySet<string>;
  /** Abbreviations (lower-cased, with their period) that may also close a sentence ("usw."). */
  readonly sentenceFinalAbbreviations: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/** No language knowledge: only initials join their period, and no "N." is read as an ordinal by its context. */
export const NO_TOKEN_RULES: TokenRules = {
  abbreviations: EMPTY,
  ordinalFollowers: EMPTY,
  ordinalPreceders: EMPTY,
  sentenceFinalAbbreviations: EMPTY,
};

/** Language resources that carry token rules. */
export interface WithTokenRules extends LanguageResources {
  readonly tokens: TokenRules;
}

/** The token rules of a document's language, or NO_TOKEN_RULES. */
export function tokenRulesOf(lang: LanguageResources | null): TokenRules {
  return lang && "tokens" in lang ? (lang as WithTokenRules).tokens : NO_TOKEN_RULES;
}
