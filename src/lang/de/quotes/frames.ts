/**
 * Source frames without a cue verb: "laut X", "gemäß X", "X zufolge", "nach Angaben von X",
 * "…, so X" and the anaphoric "demnach" (refers to the last cited report).
 */

import type { SourceFrame } from "../../../quotes/grammar.js";
import { FINITE } from "./cues.js";
import { GENITIVE, npAt, npBefore } from "./np.js";
import { quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

export type Frame = SourceFrame;

function hasReportNoun(v: DeView, np: TokSpan): boolean {
  const T = quoteTables();
  for (let i = np.s; i < Math.min(np.e, np.s + 4); i++) {
    const w = v.lower[i];
    // only the head counts, not a noun in its genitive: "nach Abschluss der Ermittlungen" is time
    if (i > np.s && (GENITIVE.has(w) || w === "von" || w === "vom")) break;
    if (T.reportNouns.has(w)) return true;
    // compounds: "Unternehmensangaben", "Armeeangaben", "Reuters-Bericht"
    for (let k = 3; k < w.length - 4; k++) if (T.reportHeads.has(w.slice(k)) && v.isCap(i)) return true;
  }
  return false;
}

/** Frames in [s, e); `skip(i)` is true inside quotations. */
export function findFrames(v: DeView, s: number, e: number, skip: (i: number) => boolean): Frame[] {
  const T = quoteTables();
  const out: Frame[] = [];
  for (let i = s; i < e; i++) {
    if (!v.isWord(i) || skip(i)) continue;
    const frame = T.frames.get(v.lower[i]);
    if (!frame) continue;
    const w = v.lower[i];
    if (frame === "before") {
      let np = npAt(v, i + 1, e);
      if (np && i === s) {
        // a clause-initial frame is the whole constituent before the finite verb, a locative PP included:
        // "Nach Angaben des Bundesamtes in Flensburg stieg …"
        const wide = npAt(v, i + 1, e, true);
        const f = wide?.e ?? -1;
        if (
          wide &&
          wide.e > np.e &&
          f < e &&
          v.isWord(f) &&
          !v.isCap(f) &&
          v.lex.verb(v.lower[f]).some((a) => FINITE.has(a.mood))
        )
          np = wide;
      }
      if (w === "nach" && !(np && hasReportNoun(v, np))) {
        // postposed: "seiner Meinung nach", "eigenen Angaben nach"
        const pre = i > s ? npBefore(v, i, s) : null;
        if (pre && pre.e === i && hasReportNoun(v, pre) && !(np && np.s === i + 1 && v.isCap(i + 1)))
          out.push({ kind: "after", cue: i, np: pre, span: { s: pre.s, e: i + 1 } });
        continue;
      }
      if (!np) continue;
      out.push({ kind: "before", cue: i, np, span: { s: i, e: np.e } });
    } else if (frame === "after") {
      const np = npBefore(v, i, s);
      if (np) out.push({ kind: "after", cue: i, np, span: { s: np.s, e: i + 1 } });
    } else if (frame === "so") {
      // ", so Putin." — after a comma or a closing quote, the NP ends the clause
      if (i === s || !(v.isPunct(i - 1, ",") || v.isQuote(i - 1))) continue;
      const np = npAt(v, i + 1, e);
      if (!np) continue;
      // the NP may be followed by adjuncts ("so Celebi im Kölner Stadt-Anzeiger"), not by a verb
      let after = np.e;
      let verb = false;
      while (after < e && !(v.isFinal(after) || v.isPunct(after, ",") || v.isQuote(after) || v.isPunct(after, ":"))) {
        if (v.isWord(after) && !v.isCap(after) && v.lex.verb(v.lower[after]).some((a) => FINITE.has(a.mood)))
          verb = true;
        after++;
      }
      if (verb) continue;
      out.push({ kind: "so", cue: i, np, span: { s: i, e: np.e } });
    } else if (frame === "anaphor") {
      out.push({ kind: "anaphor", cue: i, np: null, span: { s: i, e: i + 1 } });
    }
  }
  return out;
}
