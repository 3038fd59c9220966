/** German token rules: abbreviations and ordinal conventions (data files in this folder). */
import type { TokenRules } from "../../../tokens/rules.js";
import { readWordList } from "../data.js";

/** Loads the German token rules (the pipeline does this once, through the German resources). */
export function loadTokenRules(): TokenRules {
  return {
    abbreviations: readWordList("tokens/abbreviations.txt"),
    ordinalFollowers: readWordList("tokens/ordinal-followers.txt"),
    ordinalPreceders: readWordList("tokens/ordinal-preceders.txt"),
    sentenceFinalAbbreviations: readWordList("tokens/sentence-final-abbreviations.txt"),
  };
}
