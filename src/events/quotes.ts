/**
 * Quote-linked events. An event inside a quotation gets `quote`; its actor is the speaker when the
 * clause names none or speaks in the first person ("Wir werden …"), and for `said` frames ("X sei für
 * … verantwortlich"). A quotation without a coded frame whose words threaten, accuse or support
 * (the grammar's statement cues) is an event of its speaker.
 */
import type { Doc } from "../doc/index.js";
import type { Event, PloverType } from "../doc/schema/events.js";
import type { Quote } from "../doc/schema/quotes.js";
import { TokenKind } from "../doc/tokens.js";
import type { EventGrammar, Member, StatementCue } from "./grammar.js";
import type { MentionRef } from "./mentions.js";

/** A threat outranks an accusation, an accusation outranks praise, when a quote has several cues. */
const PRIORITY: readonly PloverType[] = ["THREATEN", "ACCUSE", "REQUEST", "SUPPORT"];

/** The quotation that contains the span, if any. */
export function quoteAt(doc: Doc, start: number, end: number): Quote | null {
  for (const q of doc.quotes) if (q.start <= start && end <= q.end) return q;
  return null;
}

/** The speaker of a quotation as an event participant. */
export function speakerMember(doc: Doc, q: Quote): Member | null {
  if (!q.speaker) return null;
  const e = doc.entities.find((x) => x.id === q.speaker);
  if (!e) return null;
  return { entity: e.id, country: e.country, text: e.name, via: "entity", mention: null };
}

/** Events for quotations without a coded frame whose words are statement cues. */
export function quoteStatementEvents<V>(
  doc: Doc,
  grammar: EventGrammar<V>,
  mentions: ReadonlyMap<number, MentionRef>,
  coded: readonly Event[],
): Event[] {
  const out: Event[] = [];
  const toks = doc.tokens;
  for (const q of doc.quotes) {
    // a quotation whose words were already coded by a frame (or overlap such an event) adds nothing
    if (coded.some((e) => e.quote === q.id || (e.start < q.end && q.start < e.end))) continue;
    const speaker = speakerMember(doc, q);
    if (!speaker) continue;
    let cue: StatementCue | null = null;
    let target: MentionRef | null = null;
    for (let i = toks.indexAt(q.start); i < toks.count && toks.start[i] < q.end; i++) {
      if (toks.kind[i] !== TokenKind.WORD) continue;
      const m = mentions.get(i);
      if (m && !target && m.country && m.country !== speaker.country && m.entity !== speaker.entity) target = m;
      const c = grammar.statementCue(doc.tokenText(i).toLowerCase());
      if (c && (!cue || PRIORITY.indexOf(c.type) < PRIORITY.indexOf(cue.type))) cue = c;
    }
    if (!cue) continue;
    out.push({
      id: "",
      type: cue.type,
      mode: cue.mode,
      actor: speaker.entity,
      target: target?.entity ?? null,
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      date: q.date,
      location: null,
      negated: false,
      hypothetical: false,
      quote: q.id,
      actorCountry: speaker.country,
      targetCountry: target?.country ?? null,
      actorText: null,
      targetText: target && !target.entity ? target.name : null,
    });
  }
  return out;
}
