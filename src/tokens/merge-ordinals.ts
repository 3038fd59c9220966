import type { Doc } from "../doc/doc.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import type { TokenRules } from "./rules.js";

/**
 * Joins "3" + "." into one ordinal token where the context says ordinal ("3. September",
 * "1. FC Köln", "der 20. Jahrestag"). One compacting pass over the flat arrays.
 */
export function mergeOrdinals(doc: Doc, rules: TokenRules): void {
  const t = doc.tokens;
  const n = t.count;
  let w = 0;
  for (let r = 0; r < n; r++) {
    if (w !== r) {
      t.start[w] = t.start[r];
      t.end[w] = t.end[r];
      t.kind[w] = t.kind[r];
      t.flags[w] = t.flags[r];
    }
    if (
      t.kind[r] === TokenKind.NUMBER &&
      r + 1 < n &&
      t.start[r + 1] === t.end[r] &&
      isPeriodAt(doc, r + 1) &&
      isOrdinal(doc, r, w, rules)
    ) {
      t.end[w] = t.end[r + 1];
      t.kind[w] = TokenKind.ORDINAL;
      r++;
    }
    w++;
  }
  t.count = w;
}

function isPeriodAt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  return t.kind[i] === TokenKind.PUNCT && t.end[i] - t.start[i] === 1 && doc.text.charCodeAt(t.start[i]) === 46;
}

/** `i`: the number's index in the unread input; `w`: its index in the compacted output (for the previous token). */
function isOrdinal(doc: Doc, i: number, w: number, rules: TokenRules): boolean {
  const t = doc.tokens;
  const len = t.end[i] - t.start[i];
  const numText = doc.tokenText(i);
  const next = i + 2;
  if (next >= doc.tokens.count) return false;
  if (t.flags[next] & TokenFlag.LINE_START) return false;
  const nk = t.kind[next];
  // "3.9." numeric day-month, "bis 5." in ranges
  if (/^\d{1,2}\.\d{1,2}$/.test(numText)) return true;
  if (nk === TokenKind.NUMBER || nk === TokenKind.ORDINAL) return len <= 2;
  if (nk === TokenKind.WORD || nk === TokenKind.ABBREV) {
    const word = doc.tokenText(next).toLowerCase().replace(/\.$/, "");
    if (rules.ordinalFollowers.has(word)) return true;
    if (!(t.flags[next] & TokenFlag.CAP)) return true; // lower-case continuation: "der 3. und 4."
    if (len <= 3 && w > 0) {
      const prev = doc.tokenText(w - 1).toLowerCase();
      if (rules.ordinalPreceders.has(prev)) return true;
    }
    // a language without ordinal word lists: a day number before a capitalised word that a year, a comma or the
    // sentence's end follows is a date ("on 3. March."); with lists ("auf Seite 3. Unverpixelt.") they decide
    const day = Number(numText);
    if (!rules.ordinalFollowers.size && len <= 2 && day >= 1 && day <= 31 && dateTail(doc, next + 1)) return true;
  }
  return false;
}

/** Token i (after the word following "N.") closes a date: a four-digit year, a comma or . ! ? */
function dateTail(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i >= t.count || t.flags[i] & TokenFlag.LINE_START) return false;
  if (t.kind[i] === TokenKind.NUMBER) return t.end[i] - t.start[i] === 4;
  if (t.kind[i] !== TokenKind.PUNCT || t.end[i] - t.start[i] !== 1) return false;
  const c = doc.text.charCodeAt(t.start[i]);
  return c === 46 || c === 44 || c === 33 || c === 63; // . , ! ?
}
