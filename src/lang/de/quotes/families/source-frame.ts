/**
 * Source frames without a cue verb: "laut X", "X zufolge", "nach Angaben von X", "„…“, so X". A frame inside a
 * draft gives it its speaker (if it has none) and frame; otherwise the frame's clause is a statement of its own.
 * The unit's frames (also the anaphoric "demnach") are kept on the scan for the demnach family and resolution.
 */
import type { QuoteFamily, SourceFrame, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { clauseEnd } from "../complement.js";
import { findFrames } from "../frames.js";
import { RELATIVE_PRONOUNS } from "../np.js";
import { clauseClass } from "../tables.js";
import type { DeView, TokSpan } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_FRAME_SUBORD: ReadonlySet<string> = clauseClass("frame-subord");
const CLASS_RELPREP: ReadonlySet<string> = clauseClass("relprep");

type Scan = UnitScan<DeView>;

export const sourceFrame: QuoteFamily<DeView> = {
  name: "source-frame",
  run(s) {
    s.frames = findFrames(s.v, s.u.s, s.u.e, s.skip);
    for (const f of s.frames) {
      if (f.kind === "anaphor") continue;
      if (f.kind === "so" && soQuotation(s, f)) continue;
      if (attachToDraft(s, f)) continue;
      const msg = f.kind === "so" ? { s: skipPunct(s, s.u.s, f.span.s), e: f.cue - 1 } : frameClause(s, f);
      if (msg.e - msg.s < 2) continue;
      const { kind, pair } = s.kindOf(msg, false);
      s.drafts.push({ kind, msg, pair, cue: [f.cue], speaker: f.np, inherited: null, frame: f });
    }
  },
};

function skipPunct(s: Scan, from: number, to: number): number {
  let i = from;
  while (i < to && s.v.isPunct(i)) i++;
  return i;
}

/** "„…“, so X": the quotation right before the frame. */
function soQuotation(s: Scan, f: SourceFrame): boolean {
  const { v, u, closeAt, pairs } = s;
  let c = f.cue - 1;
  if (v.isPunct(c, ",")) c--;
  const k = c >= u.s ? closeAt[c] : -1;
  if (k < 0 || s.covered.has(k) || s.inDraft(pairs[k].open)) return false;
  s.covered.add(k);
  s.drafts.push({
    kind: "direct",
    msg: { s: pairs[k].open, e: c + 1 },
    pair: pairs[k],
    cue: [f.cue],
    speaker: f.np,
    inherited: null,
    frame: f,
  });
  return true;
}

/** A frame inside (or, for "so", after) a draft belongs to it. A "so X" frame closes the content before it: a draft
 * that only starts after the frame is not its owner. */
function attachToDraft(s: Scan, f: SourceFrame): boolean {
  const { drafts } = s;
  const fallback = [...drafts].reverse().find((d) => f.kind !== "so" || d.msg.s < f.span.s);
  const owner = drafts.find((d) => !(f.span.e <= d.msg.s || f.span.s >= d.msg.e)) ?? fallback;
  if (!owner || (f.kind === "so" && !owner.speaker)) return false;
  if (!owner.speaker && f.np) owner.speaker = f.np;
  if (!owner.frame) owner.frame = f;
  return true;
}

/**
 * The clause a "laut X" / "X zufolge" frame attributes: the unit without the frame; a frame inside a subordinate or
 * relative clause attributes that clause only ("…, die nach Einschätzung des Amtes die Luft verbessern kann",
 * "…, weil er nach Auffassung des Gerichts …").
 */
function frameClause(s: Scan, f: SourceFrame): TokSpan {
  const { v, u, inPair, pairs } = s;
  let start = u.s;
  let e = trimEnd(v, u.s, u.e);
  if (f.span.s <= start + 1) start = f.span.e;
  else if (f.span.e >= e) e = f.span.s;
  else {
    let c = f.span.s - 1;
    while (c > u.s && !v.isPunct(c, ",") && !v.isFinal(c)) c = inPair[c] >= 0 ? pairs[inPair[c]].open - 1 : c - 1;
    const w = c > u.s && v.isPunct(c, ",") ? c + 1 : -1;
    const rel = w >= 0 && (RELATIVE_PRONOUNS.has(v.lower[w]) || CLASS_FRAME_SUBORD.has(v.lower[w]));
    const prepRel = w >= 0 && CLASS_RELPREP.has(v.lower[w]) && RELATIVE_PRONOUNS.has(v.lower[w + 1] ?? "");
    if (rel || prepRel) {
      start = w;
      e = clauseEnd(v, w, e + 1, s.jump);
    }
  }
  while (start < e && v.isPunct(start, ",")) start++;
  return { s: start, e: trimEnd(v, start, e) };
}
