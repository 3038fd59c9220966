import { type Doc, TokenFlag, TokenKind } from "../doc/index.js";
import { ORDINAL_FOLLOWERS } from "../lang/de/index.js";

/** Words before "N." that make N an ordinal ("am 3.", "der 20."). */
const ORDINAL_PRECEDERS = new Set([
  "am",
  "vom",
  "zum",
  "zur",
  "bis",
  "ab",
  "seit",
  "im",
  "beim",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "jeder",
  "jedes",
  "jeden",
  "ihr",
  "ihrem",
  "seinem",
  "seiner",
  "sein",
  "ihrer",
  "dieser",
  "diesem",
  "zu",
  "und",
  "bzw.",
  "oder",
  "–",
  "-",
]);

/**
 * Joins "3" + "." into one ordinal token where the context says ordinal ("3. September",
 * "1. FC Köln", "der 20. Jahrestag"). One compacting pass over the flat arrays.
 */
export function mergeOrdinals(doc: Doc): void {
  const t = doc.tokens;
  const n = t.count;
  const followers = ORDINAL_FOLLOWERS();
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
      isOrdinal(doc, r, w, followers)
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
function isOrdinal(doc: Doc, i: number, w: number, followers: Set<string>): boolean {
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
    if (followers.has(word)) return true;
    if (!(t.flags[next] & TokenFlag.CAP)) return true; // lower-case continuation: "der 3. und 4."
    if (len <= 3 && w > 0) {
      const prev = doc.tokenText(w - 1).toLowerCase();
      if (ORDINAL_PRECEDERS.has(prev)) return true;
    }
  }
  return false;
}
