import type { Doc } from "../doc/doc.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import {
  C_APOS,
  C_DIGIT,
  C_ENDPUNCT,
  C_HYPHEN,
  C_NEWLINE,
  C_PERIOD,
  C_QUOTE,
  C_SPACE,
  C_UPPER,
  charClass,
  isLetterClass,
  isOpeningOnly,
} from "./char-class.js";
import { mergeOrdinals } from "./merge-ordinals.js";
import type { TokenRules } from "./rules.js";

/**
 * Splits `doc.text` into tokens (words, numbers, punctuation, quote marks) into the
 * flat token layer. Hyphenated compounds ("EU-Kommission", "Kim Jong-un") stay one
 * token; a word's final period joins it when the word is a known abbreviation or an
 * initial. "3." becomes one ordinal token where the context says so ("3. September",
 * "1. FC Köln"; see merge-ordinals.ts).
 */
export function tokenize(doc: Doc, rules: TokenRules): void {
  scanTokens(doc, rules);
  mergeOrdinals(doc, rules);
}

/** The character scanner behind `tokenize`, before ordinals are joined. */
function scanTokens(doc: Doc, rules: TokenRules): void {
  const text = doc.text;
  const n = text.length;
  const toks = doc.tokens;
  const abbrevs = rules.abbreviations;
  let i = 0;
  let pendingFlags: number = TokenFlag.LINE_START;
  // does the text quote with „? (decided at the first quote mark; -1 = not yet looked)
  let germanQuotes = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === C_SPACE) {
      pendingFlags |= TokenFlag.SPACE_BEFORE;
      i++;
      continue;
    }
    if (k === C_NEWLINE) {
      pendingFlags |= TokenFlag.LINE_START | TokenFlag.SPACE_BEFORE;
      i++;
      continue;
    }
    const start = i;
    let flags = pendingFlags;
    pendingFlags = 0;
    if (isLetterClass(k) || (c >= 0xd800 && c <= 0xdbff && i + 1 < n)) {
      // word: letters, digits, inner hyphens/apostrophes/periods of URLs-free words
      if (k === C_UPPER) flags |= TokenFlag.CAP;
      if (c === 104 || c === 119) {
        const url = matchUrl(text, i);
        if (url > i) {
          toks.push(start, url, TokenKind.URL, flags);
          i = url;
          continue;
        }
      }
      let allCaps = k === C_UPPER;
      i = scanWord(text, i);
      for (let j = start + 1; allCaps && j < i; j++) {
        const kj = charClass(text.charCodeAt(j));
        if (kj !== C_UPPER && kj !== C_DIGIT && kj !== C_HYPHEN) allCaps = false;
      }
      if (allCaps && i - start > 1) flags |= TokenFlag.ALLCAPS;
      for (let j = start + 1; j < i; j++) {
        if (charClass(text.charCodeAt(j)) === C_HYPHEN) {
          flags |= TokenFlag.HYPHEN;
          break;
        }
      }
      // truncated compound: "Nord- und Südkorea"
      if (i < n && charClass(text.charCodeAt(i)) === C_HYPHEN && i + 1 < n) {
        const after = charClass(text.charCodeAt(i + 1));
        if (after === C_SPACE || text.charCodeAt(i + 1) === 44) {
          i++;
          flags |= TokenFlag.HYPHEN;
        }
      }
      let kind: number = TokenKind.WORD;
      if (i < n && text.charCodeAt(i) === 46 /* . */) {
        const len = i - start;
        const word = text.slice(start, i);
        const isInitial = len === 1 || DOTTED_INITIALISM.test(word);
        if (isInitial || abbrevs.has(word.toLowerCase())) {
          i++;
          kind = TokenKind.ABBREV;
        }
      }
      toks.push(start, i, kind, flags);
      continue;
    }
    if (k === C_DIGIT) {
      i = scanNumber(text, i);
      toks.push(start, i, TokenKind.NUMBER, flags);
      continue;
    }
    if (k === C_QUOTE || k === C_APOS) {
      if (germanQuotes < 0) germanQuotes = text.indexOf("„") >= 0 ? 1 : 0;
      toks.push(start, i + 1, quoteKind(text, i, c, germanQuotes === 1), flags);
      i++;
      continue;
    }
    if (k === C_PERIOD || k === C_ENDPUNCT) {
      // group runs of sentence-final punctuation: "...", "?!", "!!!"
      i++;
      while (i < n) {
        const kk = charClass(text.charCodeAt(i));
        if (kk !== C_PERIOD && kk !== C_ENDPUNCT) break;
        i++;
      }
      toks.push(start, i, TokenKind.PUNCT, flags);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      toks.push(start, i + 2, TokenKind.SYMBOL, flags);
      i += 2;
      continue;
    }
    toks.push(start, i + 1, k === C_HYPHEN || isPunctChar(c) ? TokenKind.PUNCT : TokenKind.SYMBOL, flags);
    i++;
  }
}

function isPunctChar(c: number): boolean {
  // , ; : ( ) [ ] { } / – — •
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 47 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2022
  );
}

/** Scans a word starting at `i`; returns its end. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (isLetterClass(k) || k === C_DIGIT) {
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      i++;
    } else if ((k === C_HYPHEN || k === C_APOS) && i + 1 < n) {
      const next = charClass(text.charCodeAt(i + 1));
      if (isLetterClass(next) || next === C_DIGIT) i += 2;
      else break;
    } else if (c === 46 /* . */ && i + 1 < n && isLetterClass(charClass(text.charCodeAt(i + 1)))) {
      // inner period in a word: "z.B." "U.S." "tagesschau.de" — keep as one token
      const prev = charClass(text.charCodeAt(i - 1));
      if (!isLetterClass(prev)) break;
      i += 2;
    } else break;
  }
  return i;
}

/** Scans a number ("1.000", "0,25", "03.09.2025", "F-16" handled as word); returns its end. */
function scanNumber(text: string, i: number): number {
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === C_DIGIT) i++;
    else if ((c === 46 || c === 44 || c === 58) && i + 1 < n && charClass(text.charCodeAt(i + 1)) === C_DIGIT) i += 2;
    else if (isLetterClass(k) || (k === C_HYPHEN && i + 1 < n && isLetterClass(charClass(text.charCodeAt(i + 1))))) {
      // "30er", "G7", "100-prozentig", "5G": number+letters stay one token
      i = scanWord(text, i - 1);
      break;
    } else break;
  }
  return i;
}

/** `german`: the text quotes with „, so “ and ” close (a spaced one — „… hat. “ Ein … — is no opener there). */
function quoteKind(text: string, i: number, c: number, german: boolean): number {
  if (isOpeningOnly(c)) return TokenKind.QUOTE_OPEN;
  const prev = i > 0 ? charClass(text.charCodeAt(i - 1)) : C_NEWLINE;
  const next = i + 1 < text.length ? charClass(text.charCodeAt(i + 1)) : C_NEWLINE;
  const prevOpenish = prev === C_SPACE || prev === C_NEWLINE || text.charCodeAt(i - 1) === 40;
  const nextCloseish =
    next === C_SPACE ||
    next === C_NEWLINE ||
    next === C_PERIOD ||
    next === C_ENDPUNCT ||
    isPunctChar(text.charCodeAt(i + 1) || 0);
  if (prevOpenish && !nextCloseish) return TokenKind.QUOTE_OPEN;
  if (!prevOpenish && nextCloseish) return TokenKind.QUOTE_CLOSE;
  if (prev === C_QUOTE) return TokenKind.QUOTE_OPEN;
  if (c === 0x201c /* “ */ || c === 0x201d || c === 0xab /* « */ || c === 0x2019) {
    // German closing marks when glued on both sides are closers; spaced on both sides, they open in English
    // text and close in German text
    if (german && prevOpenish && (c === 0x201c || c === 0x201d)) return TokenKind.QUOTE_CLOSE;
    return prevOpenish ? TokenKind.QUOTE_OPEN : TokenKind.QUOTE_CLOSE;
  }
  return TokenKind.QUOTE_AMBIG;
}

/** "U.S", "J.P", "z.B", "u.a" before their final period. */
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"„“”«»]+/y;
function matchUrl(text: string, i: number): number {
  URL_RE.lastIndex = i;
  const m = URL_RE.exec(text);
  if (!m) return i;
  let end = i + m[0].length;
  // trailing punctuation is not part of the URL
  while (end > i && /[.,;:!?)\]]/.test(text[end - 1])) end--;
  return end;
}
