/**
 * Scare quotes, titles and names: a quoted word or short phrase that is not a quotation
 * ("die sogenannte „Schattenflotte“", "die Zeitung „Handelsblatt“", "Operation „Wüstensturm“").
 */
import type { QuotePair } from "../../../quotes/pairs.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_PREP: ReadonlySet<string> = clauseClass("prep");

/** Number of word tokens inside a pair. */
export function pairWords(v: DeView, p: QuotePair): number {
  let n = 0;
  for (let i = p.open + 1; i < p.close; i++) if (v.isWord(i) || v.kind(i) === 2) n++;
  return n;
}

/** True if the pair contains a finite verb form or sentence punctuation (a clause, not a label). */
export function pairHasClause(v: DeView, p: QuotePair): boolean {
  const lex = v.lex;
  for (let i = p.open + 1; i < p.close; i++) {
    if (v.isFinal(i) && i < p.close - 1) return true;
    if (!v.isWord(i) || (v.isCap(i) && i !== p.open + 1)) continue;
    const pos = lex.pos(v.lower[i]);
    // a capitalised first word that is a noun ("„Schule ohne Rassismus …“": not "schulen"), and a participle
    // before a noun ("„politisch motivierte Ausländerkriminalität“") are no finite verbs
    // ("„Macht die Grenzen dicht!“", "„Brauchen keinen Hrubesch“": verb-initial when no preposition or noun follows)
    if (v.isCap(i) && pos.includes("NOUN") && (i + 1 >= p.close || v.isCap(i + 1) || CLASS_PREP.has(v.lower[i + 1])))
      continue;
    if (pos.includes("ADJ") && i + 1 < p.close && v.isCap(i + 1) && v.isWord(i + 1)) continue;
    for (const a of lex.verb(v.lower[i])) if (a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2") return true;
  }
  return false;
}

/** A short quoted label (≤ 4 words without a clause). */
export function isShortLabel(v: DeView, p: QuotePair): boolean {
  const n = pairWords(v, p);
  return n <= 4 && !(n >= 3 && pairHasClause(v, p));
}

/** A marker word right before the pair (up to two tokens back, skipping articles) makes it a name or title. */
export function hasScareMarker(v: DeView, p: QuotePair): boolean {
  const T = quoteTables();
  for (let j = p.open - 1; j >= 0 && j >= p.open - 3; j--) {
    const w = v.lower[j];
    if (T.scareMarkers.has(w) || T.outletNouns.has(w)) return true;
    if (T.scarePrefixes.some((pre) => w.startsWith(pre))) return true;
    if (v.isPunct(j) || v.isQuote(j)) break;
  }
  // a hyphen compound glued to the closing mark ("„Al-Qaida“-Mitgliedern") is a name
  if (
    !p.unclosed &&
    p.close + 1 < v.n &&
    v.start(p.close + 1) === v.end(p.close) &&
    v.text[p.close + 1].startsWith("-")
  )
    return true;
  return false;
}
