/**
 * Headline or colon frame: "Putin: Verhältnis zu Nordkorea „…“" — a short named NP before a colon speaks; also with a
 * frame adverb between them ("Stumpf weiter: …", "Die Polizei dazu: …").
 */
import { entityIn } from "../../../../quotes/entities.js";
import type { QuoteFamily } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { npAt } from "../np.js";
import { isPronoun } from "../speaker.js";
import { quoteTables } from "../tables.js";
import type { DeView } from "../view.js";

export const colonFrame: QuoteFamily<DeView> = {
  name: "colon-frame",
  run(s) {
    const { v, u, doc } = s;
    const np = npAt(v, u.s, u.e);
    const named =
      np !== null &&
      v.isCap(np.s) &&
      !quoteTables().functionWords.has(v.lower[np.s]) &&
      (entityIn(doc, v.start(np.s), v.end(np.e - 1)) !== null ||
        (!v.lex.isCommonWord(v.lower[np.e - 1]) && !commonCompound(v, v.lower[np.e - 1])));
    const colon = np && np.e + 1 < u.e && quoteTables().frameAdverbs.has(v.lower[np.e]) ? np.e + 1 : (np?.e ?? -1);
    if (np && named && colon < u.e && v.isPunct(colon, ":") && np.e - np.s <= 3 && !isPronoun(v, np)) {
      const msg = { s: colon + 1, e: trimEnd(v, colon + 1, u.e) };
      if (msg.e - msg.s >= 2) {
        const { kind, pair } = s.kindOf(msg, true);
        s.drafts.push({ kind, msg, pair, cue: null, speaker: np, inherited: null, frame: null });
      }
    }
  },
};

/**
 * A word the dictionary does not list but whose end is a common noun of at least 6 letters
 * ("Europapolitik" → "politik", "Innenpolitik"): a topic label before a colon, not a speaker.
 */
function commonCompound(v: DeView, lower: string): boolean {
  for (let k = 1; k + 6 <= lower.length; k++) {
    const tail = lower.slice(k);
    if (v.lex.pos(tail.charAt(0).toUpperCase() + tail.slice(1)).includes("NOUN")) return true;
  }
  return false;
}
