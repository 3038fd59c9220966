import type { DocInit } from "../doc/index.js";
import { analyze } from "../pipeline/analyze.js";
import { minhash } from "../store/minhash.js";

/** What a worker sends back for one article. */
export type AnalyzeResult = { id: number; json: string; sig: Uint32Array | null } | { id: number; error: string };

/** Analyses one article and computes its MinHash signature (runs in a worker or inline). */
export function analyzeItem(id: number, init: DocInit): AnalyzeResult {
  try {
    const doc = analyze(init);
    return { id, json: JSON.stringify(doc.toJSON()), sig: minhash(doc.text) };
  } catch (e) {
    return { id, error: `analysis failed: ${(e as Error).message ?? String(e)}` };
  }
}
