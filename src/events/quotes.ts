/**
 * Quote-linked events. An event inside a quotation gets `quote`; its actor is the speaker when the
 * clause names none or speaks in the first person ("Wir werden …"), and for `said` frames ("X sei für
 * … verantwortlich"). A statement without a coded frame whose words evaluate, reject, demand, threaten
 * or praise (the grammar's statement vocabulary) is an event of its resolved speaker: the quote is its
 * evidence (`quote`), the party the statement names — else the party the discourse was about — its
 * target, and the statement's negation and future its flags. Praise, a promise or a concession that names no party
 * and follows none the text was about is about a thing, not a party: no event.
 */

import { entityById } from "../doc/entity-ids.js";
import type { Doc } from "../doc/index.js";
import { isVerbal, ploverSide } from "../doc/plover.js";
import type { Event, PloverType } from "../doc/schema/events.js";
import type { Quote } from "../doc/schema/quotes.js";
import { sentenceIndexAt, sentenceTokens } from "../doc/sentence-at.js";
import { SpanBlocks } from "../doc/span-blocks.js";
import { TokenKind } from "../doc/tokens.js";
import { type Affiliations, ownSide } from "./affiliation.js";
import type { EventGrammar, Member } from "./grammar.js";
import type { MentionRef } from "./mentions.js";

interface IndexedQuote {
  start: number;
  end: number;
  q: Quote;
  k: number;
}

const QUOTES = new WeakMap<Quote[], { count: number; blocks: SpanBlocks<IndexedQuote> }>();

/** The first quotation (in layer order) that passes `test`, among those near [start, end]. */
function firstQuoteNear(doc: Doc, start: number, end: number, test: (q: Quote) => boolean): Quote | null {
  let ix = QUOTES.get(doc.quotes);
  if (!ix || ix.count !== doc.quotes.length) {
    const blocks = new SpanBlocks<IndexedQuote>();
    doc.quotes.forEach((q, k) => {
      blocks.add({ start: q.start, end: q.end, q, k });
    });
    ix = { count: doc.quotes.length, blocks };
    QUOTES.set(doc.quotes, ix);
  }
  let best: IndexedQuote | null = null;
  for (const x of ix.blocks.near(start, end)) if ((!best || x.k < best.k) && test(x.q)) best = x;
  return best?.q ?? null;
}

/** The quotation that contains the span, if any (the first in layer order). */
export function quoteAt(doc: Doc, start: number, end: number): Quote | null {
  return firstQuoteNear(doc, start - 1, end, (q) => q.start <= start && end <= q.end);
}

/** The first quotation with a speaker that holds offset `at`. */
export function spokenAt(doc: Doc, at: number): Quote | null {
  return firstQuoteNear(doc, at, at, (q) => q.start <= at && at < q.end && q.speaker !== null);
}

/** The first quotation with a speaker that overlaps [start, end). */
export function spokenIn(doc: Doc, start: number, end: number): Quote | null {
  return firstQuoteNear(doc, start, end, (q) => q.start < end && start < q.end && q.speaker !== null);
}

/** The speaker of a quotation as an event participant. */
export function speakerMember(doc: Doc, q: Quote): Member | null {
  if (!q.speaker) return null;
  const e = entityById(doc.entities, q.speaker);
  if (!e) return null;
  return { entity: e.id, country: e.country, text: e.name, via: "entity", mention: null };
}

/** A party of an event outside the clause's own phrases (the discourse's topic). */
export interface Party {
  entity: string | null;
  country: string | null;
  text: string;
}

/** Who a statement of the type without a named party is about (before token `tok`), other than `speaker`. */
export type TopicOf = (tok: number, speaker: Member, type: PloverType) => Party | null;

/** The named party of a statement: the first mention in it that is not the speaker (nor a speaker's own name). */
function namedParty<V>(
  doc: Doc,
  g: EventGrammar<V>,
  mentions: ReadonlyMap<number, MentionRef>,
  q: Quote,
  speaker: Member,
  affiliated: Affiliations,
): MentionRef | null {
  const toks = doc.tokens;
  for (let i = toks.indexAt(q.start); i < toks.count && toks.start[i] < q.end; i++) {
    if (toks.kind[i] !== TokenKind.WORD) continue;
    const m = mentions.get(i);
    if (!m || m.entity === speaker.entity || (!m.entity && !m.country)) continue;
    // the speaker's own organisation, and the outlet the statement was made to, are no parties to it
    if (ownSide(affiliated, speaker.entity, m.entity) || (m.entity !== null && m.entity === q.source)) continue;
    // a city stands for its country only through the country ("die Regierung in Budapest" → HUN); the speaker's
    // own country is no party to its statement ("China und die USA sollten Partner sein" is about the USA)
    if (m.type === "LOC" && (!m.country || m.country === speaker.country)) continue;
    // a place where something happens is no party ("die Lage in Gaza ist unerträglich")
    const prev = i > 0 ? doc.tokenText(i - 1).toLowerCase() : "";
    if (m.type === "LOC" && g.prepIs(prev, "locative")) continue;
    return m;
  }
  return null;
}

/**
 * A party the discourse gives by its words only ("Polizei") is the document's one entity of that name, when there is
 * exactly one and its country does not contradict the party's: the body the text already introduced ("die Polizei").
 */
export function bodyEntity(doc: Doc, p: Party | null): Party | null {
  if (!p || p.entity || !p.text) return p;
  const same = doc.entities.filter((e) => e.type === "ORG" && e.name === p.text);
  if (same.length !== 1) return p;
  const e = same[0];
  if (e.country && p.country && e.country !== p.country) return p;
  return { entity: e.id, country: e.country ?? p.country, text: p.text };
}

/** Events for statements without a coded frame whose words are statement cues. */
export function quoteStatementEvents<V>(
  doc: Doc,
  grammar: EventGrammar<V>,
  v: V,
  mentions: ReadonlyMap<number, MentionRef>,
  coded: readonly Event[],
  topicOf: TopicOf,
  affiliated: Affiliations = new Map(),
  outletIds: ReadonlySet<string> = new Set(),
): Event[] {
  const out: Event[] = [];
  const toks = doc.tokens;
  const verbal = new SpanBlocks<Event>();
  const verbalQuotes = new Set<string>();
  for (const e of coded) {
    if (!isVerbal(e.type)) continue;
    verbal.add(e);
    if (e.quote) verbalQuotes.add(e.quote);
  }
  const overlapsVerbal = (q: Quote): boolean => {
    for (const e of verbal.near(q.start, q.end - 1)) if (e.start < q.end && q.start < e.end) return true;
    return false;
  };
  for (const q of doc.quotes) {
    // a quotation whose words were already coded as a verbal event (or overlap one) adds nothing; a material event
    // it reports ("Wahllose Angriffe auf Zivilisten …") leaves the statement about it to be coded
    if (verbalQuotes.has(q.id) || overlapsVerbal(q)) continue;
    const speaker = speakerMember(doc, q);
    if (!speaker) continue;
    const s = toks.indexAt(q.start);
    let e = s;
    while (e < toks.count && toks.start[e] < q.end) e++;
    const hit = grammar.statement(v, s, e);
    if (!hit) continue;
    // the sentence of the statement's word: one about sport or another non-political matter codes nothing (as in the
    // coder), and a word inside a condition ("wenn … ein Skandal wäre") states no stance: a condition is no happening
    // (a conditional threat is a threat all the same)
    const k = sentenceIndexAt(doc, toks.start[hit.token]);
    if (k >= 0) {
      const [ss, se] = sentenceTokens(doc, k);
      if (grammar.nonPolitical(v, ss, se)) continue;
      const own = grammar.clauses(v, k, ss, se).find((c) => c.start <= hit.token && hit.token < c.end);
      if (own?.kind === "cond" && hit.type !== "THREATEN") continue;
    }
    const named = namedParty(doc, grammar, mentions, q, speaker, affiliated);
    const party: Party | null = named
      ? { entity: named.entity, country: named.country, text: named.name }
      : bodyEntity(doc, topicOf(s, speaker, hit.type));
    // the outlet a statement was told to is not what it is about
    const target = party?.entity && outletIds.has(party.entity) ? null : party;
    // praise, promises and concessions are given to someone: with no party named or talked about, the statement
    // praises a thing ("eine großartige Serie") or offers nothing to anyone ("sei bereit zu erscheinen") — no event
    if (!target && ploverSide(hit.type) === "cooperation") continue;
    const sent = sentenceIndexAt(doc, q.start);
    const flags = grammar.flags(v, { start: s, end: e, kind: "main", inQuote: true, sent: Math.max(0, sent) }, false);
    const ev: Event = {
      id: "",
      type: hit.type,
      mode: hit.mode,
      actor: speaker.entity,
      target: target?.entity ?? null,
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      date: q.date,
      location: null,
      negated: hit.negated,
      // reported speech is in the subjunctive anyway: only a direct statement's own conditional is hypothetical,
      // and a conditional threat is a threat all the same
      hypothetical: q.kind === "direct" && flags.hypothetical && hit.type !== "THREATEN",
      quote: q.id,
      actorCountry: speaker.country,
      targetCountry: target?.country ?? null,
      actorText: null,
      targetText: target && !target.entity ? target.text : null,
    };
    if (flags.future) ev.future = true;
    out.push(ev);
  }
  return out;
}
