import type { Doc } from "./index.js";

/**
 * The index of the sentence holding character offset `at`, or -1 when `at` lies outside every sentence (between
 * two of them, or beyond the text). Binary search over the sentence layer (sorted, non-overlapping), so a stage
 * that asks once per event stays linear in the document, also for one very long line.
 */
export function sentenceIndexAt(doc: Doc, at: number): number {
  const sents = doc.sentences;
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].end <= at) lo = mid + 1;
    else if (sents[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The token range [s, e) of sentence k. */
export function sentenceTokens(doc: Doc, k: number): [number, number] {
  const sent = doc.sentences[k];
  const s = doc.tokens.indexAt(sent.start);
  let e = s;
  while (e < doc.tokens.count && doc.tokens.start[e] < sent.end) e++;
  return [s, e];
}
