import type { Cand } from "../../../../time/match.js";
import { durationValue } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";

/** "alt", "alte", "alter", … after a number of units: an age. */
const OLD = /^alt(e|er|es|en|em)?$/;

/**
 * An age, not a period of the story: "der 53 Jahre alte Lenker", "34 Jahre alt", "im Alter von 83 Jahren" (the
 * phrase runs over tokens [s, e)).
 */
function isAge(m: DeM, s: number, e: number): boolean {
  if (OLD.test(m.lw(e))) return true;
  return m.lw(s - 1) === "von" && m.lw(s - 2) === "alter";
}

/**
 * Durations: "zwei Stunden", "drei Jahre", "mehr als drei Jahren", "rund 48 Stunden",
 * "mehrere Tage" (PXD), "jahrelang" (PXY).
 */
export const duration: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  // "dreitägigen", "zweiwöchige", "mehrjährigen", "24-stündigen", "einjährige"
  const words = m.t.duration;
  const adj = words.adjective.exec(w);
  // "der 26-Jährige" (a person) and capitalised nouns are not durations
  // "der 35-jährige Routinier" is an age, not a period of the story
  if (adj && !m.cap(i) && !/-\p{Lu}/u.test(m.raw(i)) && !(adj[2] === "jährig" && /^\d/.test(w))) {
    const head = adj[1] ?? "";
    const unit = words.adjectiveUnits.get(adj[2] ?? "") ?? "D";
    const n = /^\d+-$/.test(head)
      ? Number(head.slice(0, -1))
      : (m.t.numbers.get(head) ?? (words.vagueHeads.has(head) ? "X" : undefined));
    if (n !== undefined) {
      return {
        s: i,
        e: i + 1,
        type: "DURATION",
        family: "duration",
        resolve: () => ({ value: durationValue(unit, n) }),
      };
    }
  }
  const lu = words.long.get(w);
  if (lu)
    return { s: i, e: i + 1, type: "DURATION", family: "duration", resolve: () => ({ value: durationValue(lu, "X") }) };
  // "seit Wochen", "seit Jahren": an unspecified number of units
  if (m.lw(i - 1) === "seit" && words.pluralUnits.has(w)) {
    const u = m.unit(i) ?? "Y";
    return { s: i, e: i + 1, type: "DURATION", family: "duration", resolve: () => ({ value: durationValue(u, "X") }) };
  }
  let j = i;
  let mod: string | undefined;
  const two = `${w} ${m.lw(i + 1)}`;
  if (words.mods.has(two)) {
    mod = words.mods.get(two);
    j += 2;
  } else if (words.mods.has(w)) {
    mod = words.mods.get(w);
    j += 1;
  }
  const vague = m.t.relativePeriod.vagueQuantities.has(m.lw(j));
  if (vague && mod) return null; // "über mehrere Stunden": "über" is a preposition here
  const n = m.num(j);
  if (!vague && (Number.isNaN(n) || n <= 0)) return null;
  const unit = m.unit(j + 1);
  if (!unit || unit === "WE") return null;
  // "ein Tag für das Land" is an article + noun; "für ein Jahr", "ein Jahr lang", "knapp ein Jahr" are durations
  if (
    (m.lw(j) === "ein" || m.lw(j) === "eine") &&
    !mod &&
    !words.articleOkBefore.has(m.lw(j - 1)) &&
    m.lw(j + 2) !== "lang"
  ) {
    return null;
  }
  if (unit === "Q" || unit === "HY") return null;
  if (isAge(m, i, j + 2)) return null;
  const v = durationValue(unit, vague ? "X" : n);
  return {
    s: i,
    e: j + 2,
    type: "DURATION",
    family: "duration",
    resolve: () => (mod ? { value: v, mod } : { value: v }),
  };
};
