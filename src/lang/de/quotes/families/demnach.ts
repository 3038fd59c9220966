/** An anaphoric "demnach" in a unit with no other statement: the sentence reports the last cited report. */
import type { QuoteFamily } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import type { DeView } from "../view.js";

export const demnachAnaphor: QuoteFamily<DeView> = {
  name: "demnach-anaphor",
  run(s) {
    const anaphor = s.frames.find((f) => f.kind === "anaphor");
    if (s.drafts.length || !anaphor) return;
    const { v, u } = s;
    let start = u.s;
    let e = trimEnd(v, u.s, u.e);
    if (anaphor.cue === start) start++;
    else if (anaphor.cue === e - 1) e--;
    const { kind, pair } = s.kindOf({ s: start, e }, false);
    s.drafts.push({
      kind,
      msg: { s: start, e },
      pair,
      cue: [anaphor.cue],
      speaker: anaphor.span,
      inherited: null,
      frame: anaphor,
    });
  },
};
