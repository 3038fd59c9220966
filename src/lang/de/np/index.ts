/**
 * What the two German noun-phrase finders share. quotes/np.ts finds the span of one NP at or before a token (a
 * speaker or a source: "der Sprecher des Ministeriums, Dmitri Peskow", "einem Bericht der Zeitung X zufolge"),
 * crossing appositions, PPs ("vom Institut für …") and genitive chains and trimming to the last noun.
 * events/phrases.ts cuts a whole clause into participant phrases, each with its governing preposition, determiner,
 * heads and coordinated members (entity, country), stopping at every preposition that is not a place attachment.
 * Their answers differ on purpose (a speaker NP keeps "vom Institut für Kernphysik"; an event participant must not
 * swallow the "für X" that names a target), so the finders stay two; they read the same article forms and
 * adjective endings from here.
 */
import { readWordList } from "../data.js";

/** Definite and indefinite article forms (article-forms.txt). */
export const ARTICLE_FORMS: readonly string[] = [...readWordList("np/article-forms.txt")];

/** Adjective inflection endings: "-e", "-en", "-er", "-es", "-em". */
export const INFLECTION_ENDING = /(e|en|er|es|em)$/;
