/**
 * Whether a document marks its speech: some pair of quotation marks holds more than a short label. Der Standard's
 * archive kept the marks around titles ("House of Cards", „Die Presse“) but stripped them from speech; such a
 * document counts as unmarked for the families that read direct speech without marks. A quotation mark left
 * unpaired marks speech.
 */
import type { UnitScan } from "../../../../quotes/grammar.js";
import type { DeView } from "../view.js";

const MARKS = new WeakMap<object, boolean>();

export function marksSpeech(s: UnitScan<DeView>): boolean {
  let known = MARKS.get(s.doc);
  if (known === undefined) {
    // a mark left unpaired belongs to speech the pairing could not close ("„… „Small-Business“ … Nachfrage“")
    const { v, inPair } = s;
    known = s.pairs.some((p) => s.isQuotationOpen(p.open));
    for (let i = 0; i < v.n && !known; i++) if (v.isQuote(i) && inPair[i] < 0) known = true;
    MARKS.set(s.doc, known);
  }
  return known;
}
