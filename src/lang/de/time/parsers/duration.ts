import type { Cand } from "../../../../time/match.js";
import { durationValue } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { VAGUE } from "./relative-period.js";

/** Quantifiers before a duration and their TIMEX3 mod. */
const MODS = new Map<string, string>([
  ["mehr als", "MORE_THAN"],
  ["über", "MORE_THAN"],
  ["weniger als", "LESS_THAN"],
  ["knapp", "LESS_THAN"],
  ["fast", "LESS_THAN"],
  ["beinahe", "LESS_THAN"],
  ["rund", "APPROX"],
  ["etwa", "APPROX"],
  ["ca.", "APPROX"],
  ["circa", "APPROX"],
  ["gut", "MORE_THAN"],
  ["mindestens", "EQUAL_OR_MORE"],
  ["höchstens", "EQUAL_OR_LESS"],
  ["bis zu", "EQUAL_OR_LESS"],
]);
const PLURAL_UNITS = new Set(["jahren", "monaten", "wochen", "tagen", "stunden", "jahrzehnten"]);
/** Prepositions after which "ein Jahr" is a duration. */
const ARTICLE_OK_BEFORE = new Set(["für", "seit", "nach", "binnen", "innerhalb", "über", "um", "auf", "vor"]);
const COMPOUND_ADJ = /^(.+?)(tägig|wöchig|monatig|jährig|stündig|minütig)(e|en|er|es|em)?$/;
const ADJ_UNITS: Record<string, string> = {
  tägig: "D",
  wöchig: "W",
  monatig: "M",
  jährig: "Y",
  stündig: "H",
  minütig: "MIN",
};
const VAGUE_HEADS = new Set(["mehr", "viel", "lang"]);
const LONG = new Map([
  ["jahrelang", "Y"],
  ["monatelang", "M"],
  ["wochenlang", "W"],
  ["tagelang", "D"],
  ["stundenlang", "H"],
  ["jahrzehntelang", "DE"],
]);

/**
 * Durations: "zwei Stunden", "drei Jahre", "mehr als drei Jahren", "rund 48 Stunden",
 * "mehrere Tage" (PXD), "jahrelang" (PXY).
 */
export const duration: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  // "dreitägigen", "zweiwöchige", "mehrjährigen", "24-stündigen", "einjährige"
  const adj = COMPOUND_ADJ.exec(w);
  // "der 26-Jährige" (a person) and capitalised nouns are not durations
  // "der 35-jährige Routinier" is an age, not a period of the story
  if (adj && !m.cap(i) && !/-\p{Lu}/u.test(m.raw(i)) && !(adj[2] === "jährig" && /^\d/.test(w))) {
    const head = adj[1] ?? "";
    const unit = ADJ_UNITS[adj[2] ?? ""] ?? "D";
    const n = /^\d+-$/.test(head)
      ? Number(head.slice(0, -1))
      : (m.t.numbers.get(head) ?? (VAGUE_HEADS.has(head) ? "X" : undefined));
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
  const lu = LONG.get(w);
  if (lu)
    return { s: i, e: i + 1, type: "DURATION", family: "duration", resolve: () => ({ value: durationValue(lu, "X") }) };
  // "seit Wochen", "seit Jahren": an unspecified number of units
  if (m.lw(i - 1) === "seit" && PLURAL_UNITS.has(w)) {
    const u = m.unit(i) ?? "Y";
    return { s: i, e: i + 1, type: "DURATION", family: "duration", resolve: () => ({ value: durationValue(u, "X") }) };
  }
  let j = i;
  let mod: string | undefined;
  const two = `${w} ${m.lw(i + 1)}`;
  if (MODS.has(two)) {
    mod = MODS.get(two);
    j += 2;
  } else if (MODS.has(w)) {
    mod = MODS.get(w);
    j += 1;
  }
  const vague = VAGUE.has(m.lw(j));
  if (vague && mod) return null; // "über mehrere Stunden": "über" is a preposition here
  const n = m.num(j);
  if (!vague && (Number.isNaN(n) || n <= 0)) return null;
  const unit = m.unit(j + 1);
  if (!unit || unit === "WE") return null;
  // "ein Tag für das Land" is an article + noun; "für ein Jahr", "ein Jahr lang", "knapp ein Jahr" are durations
  if (
    (m.lw(j) === "ein" || m.lw(j) === "eine") &&
    !mod &&
    !ARTICLE_OK_BEFORE.has(m.lw(j - 1)) &&
    m.lw(j + 2) !== "lang"
  ) {
    return null;
  }
  if (unit === "Q" || unit === "HY") return null;
  const v = durationValue(unit, vague ? "X" : n);
  return {
    s: i,
    e: j + 2,
    type: "DURATION",
    family: "duration",
    resolve: () => (mod ? { value: v, mod } : { value: v }),
  };
};
