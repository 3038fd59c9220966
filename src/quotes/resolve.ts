/**
 * The shared resolution of a unit's drafts: who speaks (the mention's entity, a pronoun's antecedent, the
 * speaker carried over, the cited report for an anaphoric frame), the source chain (an outlet named in the unit,
 * the citing outlet of "X zitiert Y", the last report, the last source), the statement's date, and the state
 * that flows to the next unit. Language-neutral: the grammar answers how a mention refers and names the outlets.
 */

import { entityById, nextEntityId } from "../doc/entity-ids.js";
import type { Doc, Entity } from "../doc/index.js";
import type { Quote, TextSpan } from "../doc/schema/index.js";
import { statementDate } from "./date.js";
import { corefEntity, entityIn, lastPersonBefore, sourceEntity } from "./entities.js";
import { addMention } from "./entity-index.js";
import type { Draft, QuoteGrammar, SourceFrame, SourceHit, Speaker, UnitScan } from "./grammar.js";
import type { TokSpan, TokView } from "./view.js";

/** What the resolution keeps across units: the statements so far and the last cue-less carry-over. */
export interface QuoteOutput {
  quotes: Quote[];
  lastCarry: { q: Quote; unit: number } | null;
}

function textSpan(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

function byId(doc: Doc, id: string | null | undefined): Entity | null {
  return entityById(doc.entities, id) ?? null;
}

/** Resolves the drafts of a unit into quotes (appended to `out.quotes`) and updates the scan's state. */
export function resolveUnit<V extends TokView>(g: QuoteGrammar<V>, s: UnitScan<V>, out: QuoteOutput): void {
  const { v, u, doc, state } = s;
  const anaphor = s.frames.find((f) => f.kind === "anaphor");
  const hits = g.findSources(v, u.s, u.e, s.skip);
  s.drafts.sort((a, b) => a.msg.s - b.msg.s);
  for (const d of s.drafts) {
    // a carried-over sentence with "demnach" ("Demnach hätten sich die Menschen in eine Kirche geflüchtet"): the
    // anaphor is its cue and the mention of its source; the speaker stays the one carried over unless a cited
    // report is known
    const anaphorIn =
      anaphor !== undefined &&
      d.cue === null &&
      d.inherited !== null &&
      d.pair === null &&
      anaphor.cue >= d.msg.s &&
      anaphor.cue < d.msg.e;
    if (anaphorIn) {
      d.cue = [anaphor.cue];
      if (anaphor.cue === d.msg.s) d.msg = { s: d.msg.s + 1, e: d.msg.e };
    }
    const msgStart = v.start(d.msg.s);
    const msgEnd = v.end(d.msg.e - 1);
    const channel = citingChannel(s, d, hits);
    let sp = d.speaker && !(d.frame?.kind === "anaphor") ? speakerOf(g, s, d) : (d.inherited ?? noSpeaker());
    // source: an outlet named in the unit outside the message, or the speaker itself
    let source: string | null = null;
    let hit: SourceHit | undefined = hits.find((h) => h.end <= msgStart || h.start >= msgEnd);
    if (!hit && sp.span) hit = hits.find((h) => sp.span && h.start >= sp.span.start && h.end <= sp.span.end);
    if (hit) {
      source = sourceEntity(doc, hit);
      if (hit.report && source) state.report = source;
      if (d.frame?.kind === "after" || d.frame?.kind === "before") {
        if (sp.span && hit.start >= sp.span.start && hit.end <= sp.span.end && !sp.entity) sp.entity = source;
      }
    }
    if (!source && channel) source = channel;
    if (!source && (anaphor || d.frame?.kind === "anaphor") && state.report) source = state.report;
    if (d.frame?.kind === "anaphor" && anaphor) sp = reportSpeaker(s, anaphor, null);
    if (anaphorIn && anaphor) sp = reportSpeaker(s, anaphor, sp);
    if (!source && d.inherited && s.ui - state.lastUnit <= 1) source = state.lastSource;
    // the same speaker again within two sentences speaks through the same channel ("…, erklärte der Italiener
    // gegenüber der Nachrichtenagentur ANSA. … Auch X habe sich aktiviert, wird der Linksaktivist zitiert")
    if (!source && sp.entity && sp.entity === state.last?.entity && s.ui - state.lastUnit <= 2)
      source = state.lastSource;
    emit(s, d, sp, source, anaphorIn, s.drafts.length, out);
  }
}

function noSpeaker(): Speaker {
  return { entity: null, text: null, span: null };
}

/** For "X zitiert Y" the quoted Y speaks when X is an outlet or organisation, which is then the channel. */
function citingChannel<V extends TokView>(s: UnitScan<V>, d: Draft, hits: readonly SourceHit[]): string | null {
  if (!d.quoted || !d.speaker) return null;
  const { v, doc } = s;
  const cs = v.start(d.speaker.s);
  const ce = v.end(d.speaker.e - 1);
  const hit = hits.find((h) => h.start >= cs && h.end <= ce);
  const ent = entityIn(doc, cs, ce);
  const channel = hit ? sourceEntity(doc, hit) : ent && (ent.type === "ORG" || ent.type === "MISC") ? ent.id : null;
  if (channel) d.speaker = d.quoted;
  return channel;
}

/** The speaker a draft's mention refers to. */
function speakerOf<V extends TokView>(g: QuoteGrammar<V>, s: UnitScan<V>, d: Draft): Speaker {
  const { v, doc, state, u } = s;
  const mention = d.speaker!;
  const span = textSpan(doc, v.start(mention.s), v.end(mention.e - 1));
  let ent = entityIn(doc, span.start, span.end);
  const kind = g.speakerMention(v, mention, ent);
  switch (kind) {
    case "pronoun":
      // the coreference layer's referent, else the last speaker, else the last person named; a person named only
      // inside the statement just made is what the speaker talked about, not who goes on speaking ("Das Management
      // mit Konzernchef Frank Appel fahre den Laden vor die Wand. Wir werden das nicht hinnehmen, unterstrich er.")
      ent = corefEntity(doc, span.start);
      if (ent && talkedAbout(s, ent, span.start, v.lower[mention.s])) ent = byId(doc, state.last?.entity);
      ent ??= byId(doc, state.last?.entity ?? lastPersonBefore(doc, span.start)?.id ?? null);
      break;
    case "first-person":
      // "ich" speaks: the last speaker, or in a portrait without an earlier statement the last person named
      ent = state.last && s.ui - state.lastUnit <= 2 ? byId(doc, state.last.entity) : null;
      if (!ent && g.firstPerson(v.lower[mention.s]) === "sg") ent = lastPersonBefore(doc, span.start);
      break;
    case "person-of-place":
    case "possessive":
      ent = byId(doc, lastPersonBefore(doc, span.start)?.id ?? null);
      break;
    case "self":
      break;
  }
  let text = span.text;
  const ante = ent ? null : g.relativeAntecedent(v, mention, u.s);
  if (ante) {
    const a = textSpan(doc, v.start(ante.s), v.end(ante.e - 1));
    ent = entityIn(doc, a.start, a.end);
    text = a.text;
  }
  // a speaker the text names by a description only ("Verfassungsrechtler", "ein Kollege") is an entity of the
  // document, so that its statements can be found and counted
  if (!ent && !ante && kind === "self") ent = newSpeaker(g, s, mention);
  return { entity: ent?.id ?? null, text, span };
}

/** A new entity for a speaker named only by a description (the grammar names it), with its mention. */
function newSpeaker<V extends TokView>(g: QuoteGrammar<V>, s: UnitScan<V>, mention: TokSpan): Entity | null {
  const named = g.speakerEntity(s.v, mention);
  if (!named) return null;
  const { doc } = s;
  const mStart = s.v.start(named.s);
  const mEnd = s.v.end(named.e - 1);
  const existing = doc.entities.find((e) => e.name === named.name && e.type === named.type && !e.kbId);
  const m = { start: mStart, end: mEnd, text: doc.text.slice(mStart, mEnd), form: "description" as const };
  if (existing) {
    if (!existing.mentions.some((x) => x.start === mStart)) {
      addMention(doc, existing, m);
    }
    return existing;
  }
  const ent: Entity = {
    id: nextEntityId(doc.entities),
    name: named.name,
    type: named.type,
    country: named.country,
    wikidata: null,
    aliases: [],
    mentions: [m],
  };
  doc.entities.push(ent);
  return ent;
}

/**
 * Whether `ent`, a pronoun's antecedent, is a person other than the last speaker (heard in the unit before) whose
 * last mention before the pronoun lies inside that speaker's last statement — and the coreference layer refers to
 * the last speaker by the same pronoun elsewhere (so that "sie" never goes to a man).
 */
function talkedAbout<V extends TokView>(s: UnitScan<V>, ent: Entity, at: number, pronoun: string): boolean {
  const { v, doc, state, ui } = s;
  const last = byId(doc, state.last?.entity);
  const msg = state.lastMessage?.span;
  if (!last || !msg || last.id === ent.id || last.type !== "PER" || ent.type !== "PER" || state.lastUnit !== ui - 1)
    return false;
  if (!doc.mentions.some((m) => m.entity === last.id && m.kind === "pronoun" && m.text.toLowerCase() === pronoun))
    return false;
  const from = v.start(msg.s);
  const to = v.end(msg.e - 1);
  let end = -1;
  let start = -1;
  for (const m of ent.mentions)
    if (m.end <= at && m.end > end) {
      end = m.end;
      start = m.start;
    }
  for (const m of doc.mentions)
    if (m.entity === ent.id && m.end <= at && m.end > end) {
      end = m.end;
      start = m.start;
    }
  return end >= 0 && start >= from && end <= to;
}

/** The cited report (if known) speaks for an anaphoric frame; the span marks the anaphor in the text. */
function reportSpeaker<V extends TokView>(s: UnitScan<V>, anaphor: SourceFrame, carried: Speaker | null): Speaker {
  const { v, doc, state } = s;
  const rep = byId(doc, state.report);
  return {
    entity: rep?.id ?? carried?.entity ?? null,
    text: rep?.name ?? carried?.text ?? null,
    span: textSpan(doc, v.start(anaphor.cue), v.end(anaphor.cue)),
  };
}

/** Turns a resolved draft into a quote (or extends the last carry-over run) and updates the state. */
function emit<V extends TokView>(
  s: UnitScan<V>,
  d: Draft,
  sp: Speaker,
  source: string | null,
  anaphorIn: boolean,
  draftCount: number,
  out: QuoteOutput,
): void {
  const { v, doc, state, ui } = s;
  let start = v.start(d.msg.s);
  let end = v.end(d.msg.e - 1);
  if (d.pair) {
    start = v.end(d.pair.open);
    end = d.pair.unclosed ? v.end(d.pair.close - 1) : v.start(d.pair.close);
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    while (start < end && /\s/.test(doc.text[start])) start++;
  }
  const cueParts = d.cue ? d.cue.map((i) => textSpan(doc, v.start(i), v.end(i))) : null;
  const cue = cueParts
    ? cueParts.length === 1
      ? cueParts[0]
      : textSpan(doc, cueParts[0].start, cueParts[cueParts.length - 1].end)
    : null;
  const carry = d.cue === null && d.inherited !== null && d.pair === null && d.kind !== "direct";
  const last = out.lastCarry;
  if (
    carry &&
    last &&
    last.unit === ui - 1 &&
    last.q.speakerText === sp.text &&
    last.q.speaker === sp.entity &&
    draftCount === 1
  ) {
    // a run of cue-less reported sentences of one speaker is one statement: extend it
    last.q.end = end;
    last.q.text = doc.text.slice(last.q.start, end);
    last.unit = ui;
    state.lastUnit = ui;
    return;
  }
  // a message with no word left (its content was taken by the statement before it) is no statement
  if (!/\p{L}/u.test(doc.text.slice(start, end))) return;
  const date = cue ? statementDate(doc, cue.start, cue.end) : statementDate(doc, start, end);
  const q: Quote = {
    id: `q${out.quotes.length + 1}`,
    kind: d.kind,
    start,
    end,
    text: doc.text.slice(start, end),
    speaker: sp.entity,
    speakerText: sp.text,
    cue,
    source,
    date: date?.value ?? null,
    dateFrom: date ? date.dateFrom : null,
  };
  if (sp.span) q.speakerSpan = sp.span;
  if (cueParts && cueParts.length > 1) q.cueParts = cueParts;
  out.quotes.push(q);
  out.lastCarry = carry ? { q, unit: ui } : null;
  if (sp.text || sp.entity) {
    // after a demnach sentence the speaker carried over stays the one to carry on (with its own mention)
    state.last = anaphorIn && d.inherited ? d.inherited : sp;
    state.lastSource = source;
  }
  state.lastUnit = ui;
  state.lastIndirect = d.kind !== "direct";
  state.lastMessage = { span: d.msg, marked: d.pair !== null || d.kind === "mixed" };
}
