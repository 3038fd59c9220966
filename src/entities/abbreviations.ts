/**
 * Abbreviations inside role phrases and sentences are no names (issue 19): the tagger reads "Der General a. D."
 * as a person "D." and "Ex-General i. R. Müller" as "R. Müller". The language lists its multi-part abbreviations
 * (EntityGrammar.abbreviations); a tagged name is cut where one begins and starts after one that covers its first
 * word. Names the KB knows with one ("Frankfurt a. M.") are matched before tagger spans and stay whole.
 */
import type { LinkContext, TagSpan } from "./context.js";

/** Most parts of a listed abbreviation ("u. v. m."). */
const MAX_PARTS = 3;

/** End of the longest listed abbreviation whose first part is token i, or -1. */
export function abbreviationAt(ctx: Pick<LinkContext, "words" | "grammar">, i: number): number {
  const { words, grammar } = ctx;
  if (!words[i]?.endsWith(".")) return -1;
  let key = words[i];
  let end = -1;
  for (let j = i + 1; j < Math.min(i + MAX_PARTS, words.length); j++) {
    key += ` ${words[j]}`;
    if (grammar.abbreviations.has(key)) end = j + 1;
  }
  return end;
}

/** The span without the abbreviations at its edges ("a. D." → nothing, "R. Müller" after "i." → "Müller"), or undefined. */
export function trimAbbreviations(ctx: Pick<LinkContext, "words" | "grammar">, s: TagSpan): TagSpan | undefined {
  let start = s.start;
  for (let k = Math.max(0, s.start - MAX_PARTS + 1); k < s.end && k <= start; k++) {
    const e = abbreviationAt(ctx, k);
    if (e > start) start = e;
  }
  let end = s.end;
  for (let t = start; t < end; t++) {
    if (abbreviationAt(ctx, t) > t) {
      end = t;
      break;
    }
  }
  if (start >= end) return undefined;
  return start === s.start && end === s.end ? s : { start, end, type: s.type };
}
