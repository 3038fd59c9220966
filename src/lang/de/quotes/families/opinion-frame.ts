/**
 * Opinion frames: "Auch für die Grünen ist so eine Maßnahme Unsinn.", "Für Italiens Premier Matteo Renzi ist das
 * Ergebnis ein Alarmsignal." A clause-initial "für X" right before the copula, where X is a person or an
 * organisation the entities layer knows, makes the judgement X's: the statement runs from the copula to the end of the
 * main clause (a "– auch wenn …" or ", weil …" after it, or a statement another family found there, is not part of
 * it). "Für die Kinder ist das Essen gratis" (no named entity), "Für Österreich ist …" (a place) and a record with
 * the expletive "es" ("Für Frenzel war es der elfte Sieg in Folge") stay narration.
 */
import type { QuoteFamily, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { npAt } from "../np.js";
import { clauseClass } from "../tables.js";
import type { DeView } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_OPINION_FRAME_OPENERS: ReadonlySet<string> = clauseClass("opinion-frame.openers");
const CLASS_OPINION_FRAME_COPULAS: ReadonlySet<string> = clauseClass("opinion-frame.copulas");
const CLASS_OPINION_FRAME_CLAUSE_ENDS: ReadonlySet<string> = clauseClass("opinion-frame.clause-ends");

type Scan = UnitScan<DeView>;

/** Mention forms that name an entity (not describe or refer to it). */
const NAMING: ReadonlySet<string> = new Set(["name", "alias", "descriptor"]);

export const opinionFrame: QuoteFamily<DeView> = {
  name: "opinion-frame",
  run(s) {
    const { v, u } = s;
    let i = u.s;
    while (i < u.e && CLASS_OPINION_FRAME_OPENERS.has(v.lower[i])) i++;
    if (i >= u.e || v.lower[i] !== "für" || s.skip(i)) return;
    const np = npAt(v, i + 1, u.e);
    if (!np || np.e >= u.e - 1 || !CLASS_OPINION_FRAME_COPULAS.has(v.lower[np.e])) return;
    // "Für Thiem ist es das zweite Halbfinale in diesem Jahr": a record with the expletive "es", no judgement
    if (v.lower[np.e + 1] === "es") return;
    if (!namesSomeone(s, np)) return;
    const cop = np.e;
    if (s.inDraft(cop)) return;
    const e = judgementEnd(s, cop);
    if (e - cop < 3 || verbalPredicate(v, e - 1)) return;
    const msg = { s: cop, e };
    const { kind, pair } = s.kindOf(msg, false);
    s.drafts.push({ kind, msg, pair, cue: [cop], speaker: np, inherited: null, frame: null });
  },
};

/** The NP names a person or organisation (a name or descriptor of the entities layer, not a mere overlap: "für eine
 * Frist von einem Jahr" names no one). */
function namesSomeone(s: Scan, np: { s: number; e: number }): boolean {
  const { v, doc } = s;
  const start = v.start(np.s);
  const end = v.end(np.e - 1);
  return doc.entities.some(
    (ent) =>
      (ent.type === "PER" || ent.type === "ORG") &&
      ent.mentions.some((m) => NAMING.has(m.form) && m.start >= start && m.end <= end),
  );
}

/** The clause ends in a participle or infinitive ("Auch für die Grünen sind andere Möglichkeiten beschränkt", "…
 * war Derartiges nicht festzustellen"): a state of affairs for X, not X's judgement. */
function verbalPredicate(v: DeView, last: number): boolean {
  if (!v.isWord(last) || v.isCap(last)) return false;
  return v.lex
    .verb(v.lower[last])
    .some((a) => (a.mood === "part" && a.tense === "past") || a.mood === "inf" || a.mood === "zuinf");
}

/** The end of the main clause from `from`: before a dash, a comma opening a subordinate clause, or another draft. */
function judgementEnd(s: Scan, from: number): number {
  const { v, u } = s;
  const subord = CLASS_OPINION_FRAME_CLAUSE_ENDS;
  let e = from + 1;
  for (; e < u.e; e = s.jump(e)) {
    if (s.inDraft(e) || v.isPunct(e, "–") || v.isPunct(e, "—")) break;
    if (v.isPunct(e, ",") && e + 1 < u.e && subord.has(v.lower[e + 1])) break;
  }
  return trimEnd(v, from, Math.min(e, u.e));
}
