import type { Cand } from "../../../../time/match.js";
import type { DeM, DeParser } from "../match.js";

/** Narrative-mode vague references; in news mode these words are left alone. */
export const vague: DeParser = (m: DeM, i: number): Cand | null => {
  for (const [words, val] of m.t.vague.phrases) {
    if (m.lw(i) !== words[0]) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) if (m.lw(i + k) !== words[k]) ok = false;
    if (ok) return { s: i, e: i + words.length, type: "DATE", family: "vague", resolve: () => ({ value: val }) };
  }
  const v = m.t.vague.words.get(m.lw(i));
  if (!v) return null;
  if (m.lw(i - 1) === "wenig" || m.lw(i - 1) === "kurz") return null;
  return { s: i, e: i + 1, type: "DATE", family: "vague", resolve: () => ({ value: v }) };
};
