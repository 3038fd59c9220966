/** The German time grammar, loaded once per process by the German resources (src/lang/de/resources.ts). */
import type { TimeGrammar } from "../../../time/grammar.js";
import type { Lexicon } from "../lexicon/index.js";
import { germanTimeGrammar } from "./grammar.js";
import type { DeM } from "./match.js";
import { loadTimeTables } from "./tables.js";

export type { DeM } from "./match.js";

/** Reads the German time tables; `getLexicon` gives the lexicon for the clause tense (null when it is missing). */
export function loadTimeGrammar(getLexicon: () => Lexicon | null): TimeGrammar<DeM> {
  return germanTimeGrammar(loadTimeTables(), getLexicon);
}
