/**
 * Closed word classes of the German event rules (lower case), read from src/lang/de/events/function-words.tsv once
 * per process. A class the file does not have is a programming error and throws.
 */
import { ARTICLE_FORMS } from "../np/index.js";
import { readTsv } from "./tables.js";

export type WordClass =
  | "prep"
  | "det"
  | "pron"
  | "werden"
  | "perfaux"
  | "perfaux-inf"
  | "speech"
  | "attach"
  | "intentadj"
  | "adv"
  | "quant"
  | "personsuffix"
  | "sein"
  | "relsubj"
  | "relobj"
  | "marker.reflexive"
  | "marker.joint"
  | "marker.complementizer"
  | "marker.instrument"
  | "marker.verbal-manner"
  | "mention.not-a-name"
  | "role-org.heads"
  | "parallel"
  | "roles.time-nouns"
  | "pronoun.first-person"
  | "pronoun.third-singular"
  | "pronoun.third-ambiguous"
  | "pronoun.reflexive"
  | "pronoun.object"
  | "marker.otherwise"
  | "marker.reaction"
  | "act-heads"
  | "agreement-nouns"
  | "marker.thing-subject"
  | "prep.locative"
  | "prep.presence"
  | "prep.partner"
  | "prep.party"
  | "clause.coord"
  | "clause.relprep"
  | "clause.relpron"
  | "clause.zu-particles"
  | "phrase.coord"
  | "phrase.example"
  | "phrase.singular-det"
  | "nominal.unasserted-verbs"
  | "phrase.correlative-open"
  | "phrase.correlative-first"
  | "phrase.correlative-second"
  | "phrase.genitive-det"
  | "roles.object-det"
  | "roles.dative-det"
  | "roles.possessive"
  | "roles.agent-preps"
  | "roles.attribute-preps"
  | "roles.place-preps"
  | "roles.against-preps"
  | "frames.adverb-particles"
  | "roles.source-preps"
  | "roles.source-nouns"
  | "flags.after-nicht"
  | "nominal.preps"
  | "nominal.agent-preps"
  | "nominal.genitive-preps"
  | "nominal.between-preps"
  | "nominal.target-preps"
  | "nominal.workplace-preps"
  | "nominal.genitive-dets";

let classes: Map<string, ReadonlySet<string>> | undefined;

/** The words of a closed class. */
export function wordClass(cls: WordClass): ReadonlySet<string> {
  if (!classes) {
    classes = new Map();
    for (const [name, words] of readTsv("events/function-words.tsv")) {
      const list = words.split(" ").filter(Boolean);
      // the article forms are the German noun-phrase finders' shared list
      classes.set(name, new Set(name === "det" ? [...ARTICLE_FORMS, ...list] : list));
    }
  }
  const words = classes.get(cls);
  if (!words) throw new Error(`events/function-words.tsv has no class "${cls}"`);
  return words;
}

/** Whether a lower-case word ends with a member of the class ("Besucher" ends with "er" of personsuffix). */
export function endsWithClass(cls: WordClass, lower: string): boolean {
  const words = wordClass(cls);
  for (let k = 1; k <= lower.length && k <= 12; k++) if (words.has(lower.slice(lower.length - k))) return true;
  return false;
}

/** Whether a lower-case word belongs to a closed class. */
export function isClass(cls: WordClass, lower: string): boolean {
  return wordClass(cls).has(lower);
}
