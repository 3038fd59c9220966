import type { Doc } from "../doc/doc.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import type { TokenRules } from "./rules.js";

/** Line lengths typical of hard-wrapped text. */
const WRAP_MIN = 30;
const WRAP_MAX = 120;

/**
 * Splits the token layer into sentences. A sentence ends at . ! ? … (with any closing
 * quotes or brackets after it) when the next token can start a sentence, and at a line
 * break unless the line is plainly hard-wrapped prose. Ordinals ("3. September",
 * "1. FC Köln", merged by the tokens stage), abbreviations and initials do not end sentences.
 */
export function splitSentences(doc: Doc, rules: TokenRules): void {
  const t = doc.tokens;
  const text = doc.text;
  const n = t.count;
  doc.sentences = [];
  if (n === 0) return;
  let sentStartTok = 0;
  let lineStartTok = 0;

  const close = (endTok: number): void => {
    // endTok exclusive
    if (endTok <= sentStartTok) return;
    const si = doc.sentences.length;
    doc.sentences.push({ start: t.start[sentStartTok], end: t.end[endTok - 1] });
    t.flags[sentStartTok] |= TokenFlag.SENT_START;
    for (let j = sentStartTok; j < endTok; j++) t.sent[j] = si;
    sentStartTok = endTok;
  };

  for (let i = 0; i < n; i++) {
    const kind = t.kind[i];
    // line break before token i: decide whether the previous line ended a sentence
    if (i > sentStartTok && t.flags[i] & TokenFlag.LINE_START) {
      if (lineBreakEndsSentence(doc, i, lineStartTok)) close(i);
    }
    if (t.flags[i] & TokenFlag.LINE_START) lineStartTok = i;
    if (kind === TokenKind.ABBREV) {
      // "… Ölpreise usw. Die …": a few abbreviations may close a sentence
      if (i + 1 < n && rules.sentenceFinalAbbreviations.has(doc.tokenText(i).toLowerCase())) {
        const j = i + 1;
        if (!(t.flags[j] & TokenFlag.LINE_START) && t.kind[j] === TokenKind.WORD && t.flags[j] & TokenFlag.CAP)
          close(j);
      }
      continue;
    }
    if (kind !== TokenKind.PUNCT) continue;
    const c = text.charCodeAt(t.start[i]);
    if (!(c === 46 || c === 33 || c === 63 || c === 0x2026)) continue;
    // absorb closing quotes and brackets
    let j = i + 1;
    while (j < n && !(t.flags[j] & TokenFlag.LINE_START) && isCloser(doc, j)) j++;
    if (j >= n) continue; // the final sentence is closed after the loop
    if (t.flags[j] & TokenFlag.LINE_START) continue; // line-break logic handles it
    if (canStartSentence(doc, j)) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
}

function isCloser(doc: Doc, j: number): boolean {
  const t = doc.tokens;
  const k = t.kind[j];
  if (k === TokenKind.QUOTE_CLOSE || k === TokenKind.QUOTE_AMBIG) return true;
  if (k === TokenKind.PUNCT) {
    const c = doc.text.charCodeAt(t.start[j]);
    return c === 41 || c === 93; // ) ]
  }
  return false;
}

function canStartSentence(doc: Doc, j: number): boolean {
  const t = doc.tokens;
  const k = t.kind[j];
  if (k === TokenKind.QUOTE_OPEN || k === TokenKind.QUOTE_AMBIG) return true;
  if (k === TokenKind.NUMBER || k === TokenKind.ORDINAL) return true;
  if (t.flags[j] & TokenFlag.CAP) return true;
  if (k === TokenKind.PUNCT) {
    const c = doc.text.charCodeAt(t.start[j]);
    return c === 40 || c === 0x2013 || c === 0x2014 || c === 45; // ( – — -
  }
  return false;
}

/**
 * A line break ends a sentence (headlines, datelines, list items, paragraphs) unless the
 * text is plainly hard-wrapped prose: the line ends in a comma, colon or dash, the next
 * line goes on in lower case, or a wrap-length line stops on a lower-case word.
 */
function lineBreakEndsSentence(doc: Doc, i: number, lineStartTok: number): boolean {
  const t = doc.tokens;
  const text = doc.text;
  const gap = text.slice(t.end[i - 1], t.start[i]);
  if (gap.indexOf("\n") !== gap.lastIndexOf("\n")) return true; // blank line: paragraph
  let last = i - 1;
  while (last > lineStartTok && isCloser(doc, last)) last--;
  if (t.kind[last] === TokenKind.PUNCT) {
    const c = text.charCodeAt(t.start[last]);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) return true;
    if (c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || c === 59) return false;
  }
  if (t.kind[i] === TokenKind.WORD && !(t.flags[i] & TokenFlag.CAP)) return false;
  const lineLen = t.end[i - 1] - t.start[lineStartTok];
  const prevLower = t.kind[i - 1] === TokenKind.WORD && !(t.flags[i - 1] & TokenFlag.CAP);
  if (prevLower && lineLen >= WRAP_MIN && lineLen <= WRAP_MAX) return false;
  return true;
}
