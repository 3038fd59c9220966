/**
 * The German entity grammar for the linker and the tagger (src/entities/grammar.ts): the word lists of this folder,
 * the given names and blocked words of src/kb/curated, the lexicon for common words and the tagger's word classes,
 * German name inflection and the federal titles Austria and Switzerland share with Germany.
 */
import type { EntityGrammar } from "../../../entities/grammar.js";
import { readTsvRows, readWordList } from "../data.js";
import type { Lexicon } from "../lexicon/index.js";
import { loadFederalTitles } from "./federal.js";
import { normaliseName, singularNominative } from "./names.js";
import { germanNerLexicon } from "./ner-lexicon.js";

const list = (name: string): Set<string> => readWordList(`entities/${name}`);

/** Reads the German entity word lists; `getLexicon` gives the German lexicon (asked on first use). */
export function loadEntityGrammar(getLexicon: () => Lexicon): EntityGrammar {
  return {
    firstNames: readWordList("../../kb/curated/first-names.txt"),
    blockedWords: new Set([...readWordList("../../kb/curated/blocked-forms.txt")].map((w) => w.toLowerCase())),
    honorifics: list("honorifics.txt"),
    abbreviations: list("abbreviations.txt"),
    roleSuffixes: list("role-suffixes.txt"),
    locativePrepositions: list("locative-preps.txt"),
    placeOnlyPrepositions: list("place-only-preps.txt"),
    organNouns: list("organ-nouns.txt"),
    directionWords: list("direction-words.txt"),
    compassPrefixes: [...list("compass-prefixes.txt")],
    mediaCues: list("media-cues.txt"),
    regionWords: list("region-words.txt"),
    classNouns: classNouns(),
    homeCountries: list("home-countries.txt"),
    nonCurrent: list("non-current.txt"),
    nonCurrentPrefixes: [...list("non-current-prefixes.txt")],
    pluralDeterminers: list("plural-determiners.txt"),
    affiliationWords: list("affiliation-words.txt"),
    definiteArticles: list("definite-articles.txt"),
    listJoiners: list("list-joiners.txt"),
    singularNominative,
    placeAdjectiveSuffixes: [...list("place-adjective-suffixes.txt")],
    surnameParticles: list("surname-particles.txt"),
    nameParticles: list("name-particles.txt"),
    sharedTitles: loadFederalTitles(),
    ner: germanNerLexicon(getLexicon),
    isCommonWord: (word) => getLexicon().isCommonWord(word),
    normaliseName,
  };
}

/**
 * class-nouns.tsv with the genitive singular of each noun ("des früheren Flughafens Ellenikon", "des Instituts",
 * "des Dorfes"): -s where the noun does not end in a sibilant, -es too after other consonants than l, n, r; a form
 * the table lists itself keeps its type.
 */
function classNouns(): ReadonlyMap<string, "ORG" | "LOC"> {
  const rows = readTsvRows("entities/class-nouns.tsv").map(
    ([noun, type]) => [noun ?? "", type === "LOC" ? "LOC" : "ORG"] as const,
  );
  const out = new Map<string, "ORG" | "LOC">(rows);
  for (const [noun, type] of rows) {
    if (!noun || /(s|x|z|ß)$/.test(noun)) continue;
    const forms = /[^eilnr]$/.test(noun) ? [`${noun}s`, `${noun}es`] : [`${noun}s`];
    for (const g of forms) if (!out.has(g)) out.set(g, type);
  }
  return out;
}
