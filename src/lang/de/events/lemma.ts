/**
 * Verb forms → dictionary lemmas. The generated table verb-forms.tsv knows every inflection of the
 * dictionary's verbs; unknown spellings fall back to the lexicon (src/lang/de/lexicon) and then to
 * general suffix rules (strip -t/-te/-ten/-st/-et, "ludt" → "lud").
 */
import type { Lexicon } from "../lexicon/index.js";
import { eventTables, type FormReading, remember } from "./tables.js";

const SUFFIXES = ["t", "et", "te", "ten", "st", "est"];

/** The ending of a present participle, plain or inflected ("billigend", "drohende", "drohenden"). */
const PARTICIPLE_I = /end(?:e|en)?$/;

/** The readings of verb forms over one lexicon, memoised per word (one instance per grammar). */
export class VerbLemmas {
  private readonly cache = new Map<string, readonly FormReading[]>();
  private readonly finite = new Map<string, boolean>();

  constructor(private readonly lex: Lexicon) {}

  /** Readings of a (lower-case) word as a form of a dictionary verb; [] if none. */
  readings(lower: string): readonly FormReading[] {
    const hit = this.cache.get(lower);
    return hit !== undefined ? hit : remember(this.cache, lower, this.uncachedReadings(lower));
  }

  /** Whether the lexicon reads a word only as a finite verb form ("sprach", "kündigte"; no infinitive or
   * participle), plain or separable, and as one at all (memoised per word). */
  onlyFinite(word: string): boolean {
    const hit = this.finite.get(word);
    if (hit !== undefined) return hit;
    const plain = this.lex.verb(word);
    const split = this.lex.splitVerb(word);
    const yes = (plain.length > 0 || split.length > 0) && plain.every(finiteMood) && split.every(finiteMood);
    return remember(this.finite, word, yes);
  }

  private uncachedReadings(lower: string): readonly FormReading[] {
    const forms = eventTables().forms;
    const hit = forms.get(lower);
    if (hit) return hit;
    if (lower.length < 4) return [];
    // Lemma from the general lexicon, when it names a dictionary verb.
    let lemma: string | null = null;
    try {
      lemma = this.lex.verbLemma(lower);
    } catch {
      lemma = null;
    }
    // a present participle ("billigend in Kauf genommen", "drohende Gefahr") is an adverb or adjective, no verb form
    const participle = PARTICIPLE_I.exec(lower);
    if (participle && lemma === `${lower.slice(0, participle.index)}en`) return [];
    if (lemma && eventTables().verbs.has(lemma)) return [{ lemma, kind: "F", particle: null }];
    // Misspelt or unlisted inflection: strip a verbal suffix and retry ("ludt" → "lud").
    for (const s of SUFFIXES) {
      if (lower.length - s.length >= 3 && lower.endsWith(s)) {
        const again = forms.get(lower.slice(0, -s.length));
        if (again) return again.filter((r) => r.kind === "F" || r.kind === "S");
      }
    }
    return [];
  }
}

function finiteMood(r: { mood: string | null }): boolean {
  return r.mood === "ind" || r.mood === "subj1" || r.mood === "subj2";
}
