/**
 * Continued direct speech without quotation marks: where the marks were stripped, the statement before is the
 * speaker's own words in the indicative ("Diejenigen, die blieben, werden gut behandelt, betonte Stefanovic."), and
 * a sentence right after it that goes on in the present tense ("Alle sind zufrieden mit dem Verhalten Serbiens.") is
 * more of them — unless it names someone or speaks of someone in the third person ("Er ist bekannt dafür, …" is the
 * reporter's again). A statement in the Konjunktiv is reported speech; its continuation is carry-over's.
 */
import type { QuoteFamily, UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { clauseClass } from "../tables.js";
import type { DeView } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_OWN_WORDS_FIRST_PERSON: ReadonlySet<string> = clauseClass("own-words.first-person");
const CLASS_COMPLEMENT_COMPLEMENTIZERS: ReadonlySet<string> = clauseClass("complement.complementizers");
const CLASS_CONTINUATION_THIRD_PERSON: ReadonlySet<string> = clauseClass("continuation.third-person");

type Scan = UnitScan<DeView>;

export const continuation: QuoteFamily<DeView> = {
  name: "continuation",
  run(s) {
    const { v, u, ui, state } = s;
    const prev = state.lastMessage;
    if (s.drafts.length || !state.last || state.lastUnit !== ui - 1 || !prev || prev.marked) return;
    if (!strippedMarks(s)) return;
    if (!unmarkedDirect(s, prev.span.s, prev.span.e)) return;
    if (!presentMain(s) || namesSomeone(s)) return;
    const te = trimEnd(v, u.s, u.e);
    // a question goes to the reader ("Aber was ist dran an der Kritik?"): the reporter's
    if (te < u.e && v.isPunct(te, "?")) return;
    const msg = { s: u.s, e: te < u.e && v.isFinal(te) && te === u.e - 1 ? u.e : te };
    if (msg.e - msg.s < 3) return;
    const { kind, pair } = s.kindOf(msg, true);
    s.drafts.push({ kind, msg, pair, cue: null, speaker: null, inherited: state.last, frame: null });
  },
};

const STRIPPED = new WeakMap<object, boolean>();

/**
 * Whether the document's quotation marks were stripped: it has none, yet speaks in the first person outside them
 * somewhere (own words without marks). A text that marks its quotations, or reports only indirectly, does not
 * continue direct speech unmarked.
 */
function strippedMarks(s: Scan): boolean {
  let known = STRIPPED.get(s.doc);
  if (known === undefined) {
    const { v } = s;
    const first = CLASS_OWN_WORDS_FIRST_PERSON;
    known = s.pairs.length === 0 && v.lower.some((w, i) => first.has(w) && v.isWord(i));
    STRIPPED.set(s.doc, known);
  }
  return known;
}

/** A message that reads as direct speech without marks: a main clause in the indicative, no Konjunktiv verb. */
function unmarkedDirect(s: Scan, from: number, to: number): boolean {
  const { v } = s;
  if (CLASS_COMPLEMENT_COMPLEMENTIZERS.has(v.lower[from])) return false;
  let indicative = false;
  for (let i = from; i < to; i++) {
    if (!v.isWord(i) || (v.isCap(i) && i !== from)) continue;
    const w = v.lower[i];
    if (v.lex.isDistinctSubj1(w) || v.lex.isDistinctSubj2(w)) return false;
    if (v.lex.verb(w).some((a) => a.mood === "ind")) indicative = true;
  }
  return indicative;
}

/** The first finite verb of the unit is a present-tense indicative (narration runs in the past). */
function presentMain(s: Scan): boolean {
  const { v, u } = s;
  for (let i = u.s; i < Math.min(u.e, u.s + 8); i++) {
    if (!v.isWord(i) || (v.isCap(i) && i !== u.s)) continue;
    const an = v.lex.verb(v.lower[i]).filter((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
    if (!an.length) continue;
    return an.some((a) => a.mood === "ind" && a.tense === "pres") && !an.some((a) => a.tense === "past");
  }
  return false;
}

/** The unit names or describes a person, or refers to someone with a third-person pronoun. */
function namesSomeone(s: Scan): boolean {
  const { v, u, doc } = s;
  const start = v.start(u.s);
  const end = v.end(u.e - 1);
  const persons = new Set(doc.entities.filter((e) => e.type === "PER").map((e) => e.id));
  // a person by name, role or description ("schickt der Dokumentarfilmer …"); organisations are what statements
  // talk about
  for (const m of doc.mentions)
    if (m.entity && persons.has(m.entity) && m.kind !== "pronoun" && m.start >= start && m.end <= end) return true;
  for (let i = u.s; i < u.e; i++) if (CLASS_CONTINUATION_THIRD_PERSON.has(v.lower[i])) return true;
  return false;
}
