import type { Doc } from "../doc/index.js";
import type { Quote } from "../doc/schema/index.js";
import { analyze } from "../pipeline/analyze.js";

/** Runs the default pipeline on a text and returns the doc. */
export async function run(text: string, published = "2025-09-04"): Promise<Doc> {
  return analyze({ text, published });
}

/** The quote whose text contains `key`. */
export function quoteWith(doc: Doc, key: string): Quote | undefined {
  return doc.quotes.find((q) => q.text.includes(key));
}
