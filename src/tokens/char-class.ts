/** Character classes for the tokenizer's scanner, precomputed for the BMP's first block. */
const C_OTHER = 0;
export const C_SPACE = 1;
export const C_NEWLINE = 2;
const C_LETTER = 3;
export const C_DIGIT = 4;
export const C_HYPHEN = 5;
export const C_QUOTE = 6;
export const C_APOS = 7;
export const C_PERIOD = 8;
export const C_ENDPUNCT = 9;
export const C_UPPER = 10;

const TABLE_SIZE = 0x3000;
const table = new Uint8Array(TABLE_SIZE);
const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const SPACE = /\s/u;
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) table[c] = C_NEWLINE;
  else if (SPACE.test(ch) || c === 0xad /* soft hyphen */ || c === 0x200b) table[c] = C_SPACE;
  else if (UPPER.test(ch)) table[c] = C_UPPER;
  else if (LETTER.test(ch)) table[c] = C_LETTER;
  else if (c >= 48 && c <= 57) table[c] = C_DIGIT;
  else if (c === 45 || c === 0x2010 || c === 0x2011) table[c] = C_HYPHEN;
  else if (c === 46) table[c] = C_PERIOD;
  else if (c === 33 || c === 63 || c === 0x2026) table[c] = C_ENDPUNCT;
  else if (c === 39 || c === 0x2019) table[c] = C_APOS;
  else if (
    c === 34 ||
    c === 0x201e ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xbb ||
    c === 0xab ||
    c === 0x201a ||
    c === 0x2018 ||
    c === 0x2039 ||
    c === 0x203a ||
    c === 0x201f ||
    c === 0x201b
  )
    table[c] = C_QUOTE;
}

/** Class of the UTF-16 code unit `c`. Astral letters (surrogates) count as letters. */
export function charClass(c: number): number {
  if (c < TABLE_SIZE) return table[c];
  if (c >= 0xd800 && c <= 0xdfff) return C_OTHER;
  if (c === 0xfeff || c === 0x3000) return C_SPACE;
  return LETTER.test(String.fromCharCode(c)) ? C_LETTER : C_OTHER;
}

export function isLetterClass(k: number): boolean {
  return k === C_LETTER || k === C_UPPER;
}

/** Quote characters that always open in German typography. */
export function isOpeningOnly(c: number): boolean {
  return c === 0x201e /* „ */ || c === 0x201a /* ‚ */;
}
