/**
 * Own words without quotation marks: a sentence outside any quotation that speaks in the first person ("Ich bin im
 * Bezirk geboren.", "Wir brauchen mehr Polizei.") is no narration in a news report — the publisher stripped the
 * marks — but a direct statement of the speaker of the last few sentences. Only in a document without any quotation
 * mark (where the marks were stripped; a text that marks its quotations marks these too), when no other family found
 * a statement in the unit, and only when a speaker was heard recently — or was heard earlier and the last few
 * sentences still speak of them (a portrait: "Die erste Begegnung mit Strache hat ihn überzeugt. Ich habe ihn nur vom
 * Fernsehen gekannt.", where "ihn" is the speaker last heard).
 */
import type { QuoteFamily, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { clauseClass } from "../tables.js";
import type { DeView } from "../view.js";
import { marksSpeech } from "./marks.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_OWN_WORDS_FIRST_PERSON: ReadonlySet<string> = clauseClass("own-words.first-person");

/** Units back a speaker of own words may have been heard. */
const RECENT = 3;

export const ownWords: QuoteFamily<DeView> = {
  name: "own-words",
  run(s) {
    const { v, u, ui, state } = s;
    if (marksSpeech(s) || s.drafts.length || !state.last) return;
    if (ui - state.lastUnit > RECENT && !spokenOf(s, state.last.entity)) return;
    let first = false;
    for (let i = u.s; i < u.e && !first; i = s.jump(i)) {
      if (s.skip(i) || !v.isWord(i)) continue;
      // a possessive stands before its noun: "meinen" before a comma or at the end is the verb ("… nur den
      // Einsatz der Polizei meinen, aber …")
      first =
        CLASS_OWN_WORDS_FIRST_PERSON.has(v.lower[i]) &&
        !(v.lower[i].startsWith("mein") && !(i + 1 < u.e && v.isWord(i + 1)));
    }
    if (!first) return;
    const te = trimEnd(v, u.s, u.e);
    const msg = { s: u.s, e: te < u.e && v.isFinal(te) && te === u.e - 1 ? u.e : te };
    if (msg.e - msg.s < 3) return;
    const { kind, pair } = s.kindOf(msg, true);
    s.drafts.push({ kind, msg, pair, cue: null, speaker: null, inherited: state.last, frame: null });
  },
};

/** The entity (the speaker last heard) is mentioned — by name, description or pronoun — in the last few units. */
function spokenOf(s: UnitScan<DeView>, entity: string | null): boolean {
  if (!entity) return false;
  const { v, units, ui, doc } = s;
  const from = units[Math.max(0, ui - RECENT)];
  const to = units[ui - 1];
  if (!from || !to) return false;
  const start = v.start(from.s);
  const end = v.end(to.e - 1);
  return doc.mentions.some((m) => m.entity === entity && m.start >= start && m.end <= end);
}
