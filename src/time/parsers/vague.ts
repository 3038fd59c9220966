import type { Cand, M, Parser } from "../match.js";

/** Vague deictic words, tagged only in narrative mode (TIMEX2 convention): "jetzt", "bald", "damals". */
const WORDS = new Map([
  ["jetzt", "PRESENT_REF"],
  ["nun", "PRESENT_REF"],
  ["bald", "FUTURE_REF"],
  ["damals", "PAST_REF"],
  ["kürzlich", "PAST_REF"],
  ["zukünftig", "FUTURE_REF"],
  ["künftig", "FUTURE_REF"],
  ["folgezeit", "FUTURE_REF"],
]);

/** Narrative-mode vague references; in news mode these words are left alone. */
export const vague: Parser = (m: M, i: number): Cand | null => {
  const v = WORDS.get(m.lw(i));
  if (!v) return null;
  if (m.lw(i - 1) === "wenig" || m.lw(i - 1) === "kurz") return null;
  return { s: i, e: i + 1, type: "DATE", family: "vague", resolve: () => ({ value: v }) };
};
