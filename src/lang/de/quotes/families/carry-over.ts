/**
 * Carry-over: a sentence without a frame of its own that continues reported speech (Konjunktiv, reportive
 * "sollen"; isCarryOver in ../carry-over.ts) is a statement of the last speaker or of the previous sentence's
 * subject. After a colon only the part after it is reported ("… schloss sich der Kritik an: Die Mittel seien …").
 */
import { corefEntity, entityIn } from "../../../../quotes/entities.js";
import type { QuoteFamily, Speaker, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { isCarryOver } from "../carry-over.js";
import { findCues } from "../cues.js";
import { npAt } from "../np.js";
import { isAgentive, isPronoun, PASSIVE_AUX } from "../speaker.js";
import { quoteTables } from "../tables.js";
import type { DeView } from "../view.js";

type Scan = UnitScan<DeView>;

/** Mention forms that name an entity (not describe it). */
const NAMING: ReadonlySet<string> = new Set(["name", "alias", "descriptor"]);

export const carryOver: QuoteFamily<DeView> = {
  name: "carry-over",
  run(s) {
    if (s.drafts.length) return;
    const { v, u, ui, state } = s;
    const recent = ui - state.lastUnit <= 2;
    if (!isCarryOver(v, u.s, u.e, s.skip, recent && state.lastIndirect, recent && state.last !== null)) return;
    let ms = u.s;
    for (let i = u.s; i < u.e; i = s.jump(i)) if (v.isPunct(i, ":") && i + 1 < u.e && i - u.s >= 3) ms = i + 1;
    // the whole sentence is the statement, its final mark included ("Der Zug sei zu schnell gewesen.")
    const te = trimEnd(v, ms, u.e);
    const msg = { s: ms, e: te < u.e && v.isFinal(te) && te === u.e - 1 ? u.e : te };
    const { kind, pair } = s.kindOf(msg, false);
    let inherited = recent ? state.last : null;
    if (ui > 0 && (!inherited || state.lastUnit !== ui - 1)) inherited = previousSubject(s, inherited) ?? inherited;
    s.drafts.push({ kind, msg, pair, cue: null, speaker: null, inherited, frame: null });
  },
};

/**
 * The subject of the previous sentence ("X begründete dies …. Außerdem sei …"); when that sentence held no quote,
 * a named subject there is closer than the last speaker ("Die Polizei prüft den Brief. Der Mann habe darin …").
 */
function previousSubject(s: Scan, inherited: Speaker | null): Speaker | null {
  const { v, doc } = s;
  const pu = s.units[s.ui - 1];
  const np = quoteTables().adverbialOpeners.has(v.lower[pu.s]) ? null : npAt(v, pu.s, pu.e);
  if (!(np && np.e < pu.e && v.isWord(np.e) && !v.isCap(np.e) && v.lex.isVerb(v.lower[np.e]))) return null;
  const start = v.start(np.s);
  const end = v.end(np.e - 1);
  const span = { start, end, text: doc.text.slice(start, end) };
  // a pronoun subject is who the coreference layer says it is ("Er besitzt die Öffi-Jahreskarte. Was ihn stört, sei …")
  const ent = isPronoun(v, np) ? corefEntity(doc, span.start) : entityIn(doc, span.start, span.end);
  // a subject of a speech-act verb ("Die Stadtreinigung äußerte Zweifel …", "X wies die Vorwürfe zurück")
  // is a speaker even when it is no named entity
  // (not of a passive: "Alle US-Beamten wurden aufgefordert, …" names the addressees)
  const speaks = findCues(v, pu.s, pu.e, s.skip).some(
    (c) => c.finite === np.e && !(c.nonFinite && PASSIVE_AUX.has(v.lower[c.finite]) && c.tok > c.finite),
  );
  // (a body the text names by a description only — "Die Lokalregierung" — is no named subject)
  const named =
    ent !== null && (ent.type === "PER" || ent.type === "ORG") && ent.mentions.some((m) => NAMING.has(m.form));
  const agent = !isPronoun(v, np) && (speaks || named);
  // without an earlier speaker, a subject that can speak at all ("Besondere Probleme sah die Behörde …"
  // fronts an object)
  if ((!inherited && isAgentive(doc, v, np)) || agent) return { entity: ent?.id ?? null, text: span.text, span };
  return null;
}
