import type { Doc } from "../doc/index.js";

const cache = new WeakMap<Doc, string[]>();

/** Lower-cased token texts of a document, computed once per Doc (the coder reads each token several times). */
export function lowerTokens(doc: Doc): string[] {
  let out = cache.get(doc);
  if (!out) {
    out = new Array<string>(doc.tokens.count);
    for (let i = 0; i < doc.tokens.count; i++)
      out[i] = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase();
    cache.set(doc, out);
  }
  return out;
}
