/**
 * Interview transcripts ("STANDARD: Wie geht es weiter? Kurz: Wir werden …"): the answers are the
 * interviewee's own words. The sentence rules of the quotes stage do not apply inside them (a transcript
 * has no cue verbs, and its Konjunktiv sentences are no carry-over of the article's last speaker); instead
 * each answer turn becomes one verbatim statement of the person its label names. The interviewer's turns
 * (mostly questions, or the outlet's name in capitals) are not statements.
 */
import type { Doc } from "../../../doc/index.js";
import type { Entity, Quote } from "../../../doc/schema/index.js";
import { entityIndex, type IndexedMention, overlapping } from "../../../quotes/entity-index.js";
import { quoteTables } from "./tables.js";

/**
 * A turn label: one to three capitalised words (optionally in quotation marks) after a sentence end or a
 * colon and before a colon ("… Tätigkeit. Dr. Robert Kelly: Ich bin …", "'' Pau '': Ihren Detailfragen …").
 */
const TURN_LABEL =
  /(?:^|[.?!:;“"]\s+)(?:''\s*|„|")?((?:[A-ZÄÖÜ][\p{L}-]*\.?\s+){0,2}[A-ZÄÖÜ][\p{L}-]*)\s*(?:''|“|")?\s*:(?=\s)/gu;

interface Turn {
  /** lower-case last word of the label: one key per speaker */
  key: string;
  labelStart: number;
  labelEnd: number;
  /** the turn's text after the colon, up to the next label */
  start: number;
  end: number;
}

function turnLabels(text: string): Turn[] {
  const out: Turn[] = [];
  for (const m of text.matchAll(TURN_LABEL)) {
    const words = m[1].split(/\s+/);
    const labelStart = m.index + m[0].indexOf(m[1]);
    out.push({
      key: words[words.length - 1].toLowerCase(),
      labelStart,
      labelEnd: labelStart + m[1].length,
      start: m.index + m[0].length,
      end: text.length,
    });
  }
  for (let k = 0; k + 1 < out.length; k++) out[k].end = out[k + 1].labelStart;
  return out;
}

const SPACE = /\s/u;

/** Whether the text has at least `n` colons followed by white space (a cheap bound on the turn labels). */
function colonsBeforeSpace(text: string, n: number): boolean {
  let found = 0;
  for (let k = text.indexOf(":"); k >= 0; k = text.indexOf(":", k + 1))
    if (k + 1 < text.length && SPACE.test(text[k + 1]) && ++found >= n) return true;
  return false;
}

/** Speakers whose labels recur at least three times; structural labels ("Frage:", "Antwort:") are none. */
function recurring(turns: readonly Turn[]): Set<string> {
  const counts = new Map<string, number>();
  const generic = quoteTables().dialogueLabels;
  for (const t of turns) if (!generic.has(t.key)) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const out = new Set<string>();
  for (const [key, n] of counts) if (n >= 3) out.add(key);
  return out;
}

/**
 * Where an interview transcript starts (the first turn label of a recurring speaker), or -1: at least two
 * speakers' turn labels recur three times or more each; an introduction before them is read as usual.
 */
export function interviewStart(text: string): number {
  // each turn label ends at its own colon before a space: fewer than six such colons hold no two recurring speakers
  if (!colonsBeforeSpace(text, 6)) return -1;
  const turns = turnLabels(text);
  const speakers = recurring(turns);
  if (speakers.size < 2) return -1;
  return turns.find((t) => speakers.has(t.key))?.labelStart ?? -1;
}

/** The turn's text without surrounding space and the quotation marks that open the next label. */
function trimTurn(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /[\s'„"]/u.test(text[e - 1])) e--;
  return [s, e];
}

/** The entity a label names: a mention inside the label, else the person whose name ends with its last word. */
function labelEntity(doc: Doc, t: Turn, bySurname: ReadonlyMap<string, Entity>): Entity | null {
  let first: IndexedMention | null = null;
  for (const m of overlapping(entityIndex(doc), t.labelStart, t.labelEnd)) {
    if (!m.coref && (!first || m.ord < first.ord)) first = m;
  }
  return first?.ent ?? bySurname.get(t.key) ?? null;
}

/** The first person (in layer order) whose name ends with each lower-case last word. */
function personsBySurname(doc: Doc): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const ent of doc.entities) {
    if (ent.type !== "PER") continue;
    const last = ent.name.split(/\s+/).pop()?.toLowerCase();
    if (last !== undefined && !out.has(last)) out.set(last, ent);
  }
  return out;
}

/**
 * One statement per answer turn of the transcript that starts at `from`. The interviewer is the speaker
 * whose turns mostly end in a question mark, or whose label is written in capitals (the outlet: "STANDARD").
 */
export function interviewQuotes(doc: Doc, from: number, idBase: number): Quote[] {
  const text = doc.text;
  const turns = turnLabels(text).filter((t) => t.labelStart >= from);
  const speakers = recurring(turns);
  const questions = new Map<string, [number, number]>();
  for (const t of turns) {
    const [s, e] = trimTurn(text, t.start, t.end);
    const q = questions.get(t.key) ?? [0, 0];
    q[0] += text[e - 1] === "?" ? 1 : 0;
    q[1]++;
    questions.set(t.key, q);
    t.start = s;
    t.end = e;
  }
  const interviewer = (t: Turn): boolean => {
    const label = text.slice(t.labelStart, t.labelEnd);
    const [asked, all] = questions.get(t.key) ?? [0, 1];
    return (label.length > 3 && label === label.toUpperCase()) || asked * 2 >= all;
  };
  const out: Quote[] = [];
  const bySurname = personsBySurname(doc);
  for (const t of turns) {
    if (!speakers.has(t.key) || interviewer(t) || t.end - t.start < 2) continue;
    const ent = labelEntity(doc, t, bySurname);
    out.push({
      id: `q${idBase + out.length + 1}`,
      kind: "direct",
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      speaker: ent?.id ?? null,
      speakerText: text.slice(t.labelStart, t.labelEnd),
      cue: null,
      source: null,
      date: null,
      dateFrom: null,
      speakerSpan: { start: t.labelStart, end: t.labelEnd, text: text.slice(t.labelStart, t.labelEnd) },
    });
  }
  return out;
}
