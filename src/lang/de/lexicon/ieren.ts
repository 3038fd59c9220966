/**
 * Rule family "-ieren verbs": the fully regular verbs in -ieren (boykottieren, sanktionieren …) that the
 * dictionary does not list. Used only for forms the table does not know. Paradigm of the ending after "…ier".
 */
import type { DecodedFeatures } from "./format.js";

type F = DecodedFeatures;
const ind = (tense: "pres" | "past", person: 1 | 2 | 3, number: "sg" | "pl"): F => ({
  mood: "ind",
  tense,
  person,
  number,
});
const k1 = (person: 1 | 2 | 3, number: "sg" | "pl"): F => ({ mood: "subj1", tense: "pres", person, number });
const k2 = (person: 1 | 2 | 3, number: "sg" | "pl"): F => ({ mood: "subj2", tense: "past", person, number });
const imp = (number: "sg" | "pl"): F => ({ mood: "imp", tense: null, person: 2, number });

/** Ending after "ier" → analyses; longest endings first. */
const PARADIGM: readonly [string, readonly F[]][] = [
  ["test", [ind("past", 2, "sg"), k2(2, "sg")]],
  ["end", [{ mood: "part", tense: "pres", person: null, number: null }]],
  ["est", [k1(2, "sg")]],
  ["ten", [ind("past", 1, "pl"), ind("past", 3, "pl"), k2(1, "pl"), k2(3, "pl")]],
  ["tet", [ind("past", 2, "pl"), k2(2, "pl")]],
  [
    "en",
    [
      { mood: "inf", tense: null, person: null, number: null },
      ind("pres", 1, "pl"),
      ind("pres", 3, "pl"),
      k1(1, "pl"),
      k1(3, "pl"),
    ],
  ],
  ["et", [k1(2, "pl")]],
  ["st", [ind("pres", 2, "sg")]],
  ["te", [ind("past", 1, "sg"), ind("past", 3, "sg"), k2(1, "sg"), k2(3, "sg")]],
  ["e", [ind("pres", 1, "sg"), k1(1, "sg"), k1(3, "sg"), imp("sg")]],
  [
    "t",
    [
      ind("pres", 3, "sg"),
      ind("pres", 2, "pl"),
      imp("pl"),
      { mood: "part", tense: "past", person: null, number: null },
    ],
  ],
];
/** Endings whose Konjunktiv I differs from the indicative of the same person ("boykottiere" ≠ "boykottiert"). */
const DISTINCT_SUBJ1 = new Set(["e", "est", "et"]);
const MIN_STEM = 3;

export interface IerenAnalysis {
  lemma: string;
  features: readonly DecodedFeatures[];
  distinctSubj1: boolean;
}

/** Analyses a lower-cased form as a regular -ieren verb, or null. */
export function analyseIeren(key: string): IerenAnalysis | null {
  const at = key.lastIndexOf("ier");
  if (at < MIN_STEM) return null;
  const ending = key.slice(at + 3);
  const stem = key.slice(0, at);
  if (!/^[a-zäöüß]+$/.test(stem)) return null;
  for (const [e, features] of PARADIGM) {
    if (e === ending) return { lemma: `${stem}ieren`, features, distinctSubj1: DISTINCT_SUBJ1.has(e) };
  }
  return null;
}
