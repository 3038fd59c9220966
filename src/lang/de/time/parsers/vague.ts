import type { Cand } from "../../../../time/match.js";
import type { DeM, DeParser } from "../match.js";

/** Vague deictic words, tagged only in narrative mode (TIMEX2 convention): "jetzt", "bald", "damals". */
const WORDS = new Map([
  ["jetzt", "PRESENT_REF"],
  ["später", "FUTURE_REF"],
  ["zwischenzeitlich", "PAST_REF"],
  ["gegenwärtig", "PRESENT_REF"],
  ["bald", "FUTURE_REF"],
  ["kürzlich", "PAST_REF"],
  ["zukünftig", "FUTURE_REF"],
  ["folgezeit", "FUTURE_REF"],
]);

/** Two- and three-word vague references ("wenig später", "kurz zuvor", "zu diesem Zeitpunkt"). */
const PHRASES: [string[], string][] = [
  [["wenig", "später"], "FUTURE_REF"],
  [["kurz", "danach"], "FUTURE_REF"],
  [["kurz", "darauf"], "FUTURE_REF"],
  [["kurze", "zeit", "später"], "FUTURE_REF"],
  [["kurz", "zuvor"], "PAST_REF"],
  [["kurz", "vorher"], "PAST_REF"],
  [["binnen", "kurzem"], "FUTURE_REF"],
  [["in", "zukunft"], "FUTURE_REF"],
  [["diesem", "zeitpunkt"], "PRESENT_REF"],
  [["dieser", "zeit"], "PRESENT_REF"],
  [["heutigen", "tag"], "PRESENT_REF"],
];

/** Narrative-mode vague references; in news mode these words are left alone. */
export const vague: DeParser = (m: DeM, i: number): Cand | null => {
  for (const [words, val] of PHRASES) {
    if (m.lw(i) !== words[0]) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) if (m.lw(i + k) !== words[k]) ok = false;
    if (ok) return { s: i, e: i + words.length, type: "DATE", family: "vague", resolve: () => ({ value: val }) };
  }
  const v = WORDS.get(m.lw(i));
  if (!v) return null;
  if (m.lw(i - 1) === "wenig" || m.lw(i - 1) === "kurz") return null;
  return { s: i, e: i + 1, type: "DATE", family: "vague", resolve: () => ({ value: v }) };
};
