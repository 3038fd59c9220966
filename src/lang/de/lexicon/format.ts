/**
 * Encoding of the compiled German lexicon table (data/lexicon/de-lexicon.tsv.gz), shared by the
 * build script (scripts/build-lexicon.ts) and the runtime reader (./index.ts).
 *
 * The file is gzip-compressed Latin-1 text (one byte per character: the runtime decodes it as a one-byte
 * string without UTF-8 work and binary-searches it in place):
 *   line 1  `#` provenance header with `forms=N` (number of key lines)
 *   line 2  `L` TAB lemma0 TAB lemma1 …         (verb lemmas, interned; referenced by base-36 index)
 *   line 3+ key TAB flags TAB verbs TAB split   (sorted by key, JS code-unit order, keys lower-cased NFC)
 * flags  = base-36 bit set (FLAG_*)
 * verbs  = analyses of the key as a complete word: groups `lemmaIdx:code,code…` separated by `;`
 * split  = analyses of the key as the finite part of a separated verb: groups `particle>lemmaIdx:code,…`
 * code   = 4 characters: mood, tense, person, number (see MOOD_CODES etc.)
 */

export type Mood = "ind" | "subj1" | "subj2" | "imp" | "inf" | "part" | "zuinf";
export type Tense = "pres" | "past";

export const FORMAT_VERSION = "lagebild-lexicon v1";
export const LEXICON_FILE = "de-lexicon.tsv.gz";

export const FLAG_VERB = 1;
export const FLAG_AUX = 2;
export const FLAG_NOUN = 4;
export const FLAG_ADJ = 8;
export const FLAG_OTHER = 16;
/** The form has a Konjunktiv I analysis that differs from the indicative present of the same lemma/person/number. */
export const FLAG_SUBJ1_DISTINCT = 32;
/** The form has a Konjunktiv II analysis that differs from the indicative past of the same lemma/person/number. */
export const FLAG_SUBJ2_DISTINCT = 64;

const MOOD_CODES: Readonly<Record<Mood, string>> = {
  ind: "i",
  subj1: "k",
  subj2: "j",
  imp: "m",
  inf: "n",
  part: "p",
  zuinf: "z",
};
const TENSE_CODES: Readonly<Record<Tense, string>> = { pres: "r", past: "t" };
const NONE_CODE = "-";

const moodByCode = new Map<string, Mood>(Object.entries(MOOD_CODES).map(([m, c]) => [c, m as Mood]));

export interface DecodedFeatures {
  mood: Mood;
  tense: Tense | null;
  person: 1 | 2 | 3 | null;
  number: "sg" | "pl" | null;
}

export function encodeFeatures(f: DecodedFeatures): string {
  return (
    MOOD_CODES[f.mood] +
    (f.tense ? TENSE_CODES[f.tense] : NONE_CODE) +
    (f.person ? String(f.person) : NONE_CODE) +
    (f.number === "sg" ? "s" : f.number === "pl" ? "p" : NONE_CODE)
  );
}

export function decodeFeatures(code: string): DecodedFeatures {
  const mood = moodByCode.get(code[0]);
  if (!mood) throw new Error(`lexicon: bad feature code "${code}"`);
  const t = code[1];
  const p = code[2];
  const n = code[3];
  return {
    mood,
    tense: t === "r" ? "pres" : t === "t" ? "past" : null,
    person: p === "1" ? 1 : p === "2" ? 2 : p === "3" ? 3 : null,
    number: n === "s" ? "sg" : n === "p" ? "pl" : null,
  };
}

const COMBINING = /[\u0300-\u036f]/;

/**
 * Lookup key of a surface form: lower-cased NFC. Keys in the table are NFC and Doc text is NFC already, so
 * only forms with a combining mark ("a" + U+0308) are re-normalised.
 */
export function lexKey(form: string): string {
  const lower = form.toLowerCase();
  return COMBINING.test(lower) ? lower.normalize("NFC") : lower;
}
