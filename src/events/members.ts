/**
 * From participant phrases to event sides: the members of a phrase, their entity and country (collective actors take
 * the place of the clause, the only country of the sentence or the dateline), the event's location, and which
 * organisations are political actors.
 */

import { DATELINE_ENDS, datelineStarts } from "../doc/dateline.js";
import type { Doc } from "../doc/index.js";
import { isJointCooperation } from "../doc/plover.js";
import type { PloverType } from "../doc/schema/events.js";
import { type EventGrammar, emptyPhrase, type Member, type Phrase } from "./grammar.js";
import type { MentionRef } from "./mentions.js";

export interface Resolved {
  entity: string | null;
  country: string | null;
  text: string;
}

/** A phrase that stands for one member (the speaker of a quotation as a participant). */
export function phraseOf(m: Member): Phrase {
  const p = emptyPhrase(0, 0);
  p.members.push(m);
  return p;
}

/** The members of a phrase; an unnamed collective actor is one member named by its heads. */
export function membersOf<V>(g: EventGrammar<V>, p: Phrase | null): Member[] {
  if (!p) return [];
  if (p.members.length) return p.members;
  if (p.actor) return [{ entity: null, country: null, text: g.headText(p), via: "none", mention: null }];
  return [];
}

/**
 * Organisations the KB does not know and that have no country (companies, clubs), and companies the extended KB
 * knows (with their country), make no joint-cooperation events, nor withdrawals (a bank that pulls out of ten
 * countries takes a business decision, no PLOVER retreat).
 */
export function political(m: Member, type: PloverType): boolean {
  if (m.mention?.kind === "company") return !isJointCooperation(type) && type !== "RETREAT";
  if (m.mention?.type !== "ORG" || m.country || m.mention.kind) return true;
  return !isJointCooperation(type) && type !== "RETREAT";
}

/** The countries the phrases' members name. */
export function countriesIn(ps: readonly Phrase[]): string[] {
  const out = new Set<string>();
  for (const p of ps) for (const m of p.members) if (m.country) out.add(m.country);
  return [...out];
}

/** A member's entity/country; collective actors take the place of the clause, the only country of the sentence, or the dateline. */
export function resolveMember<V>(
  g: EventGrammar<V>,
  m: Member,
  p: Phrase | null,
  clausePhrases: readonly Phrase[],
  sentCountries: readonly string[],
  dateline: string | null,
): Resolved | null {
  if (m.country || m.entity) return { entity: m.entity, country: m.country, text: m.text };
  if (!p?.actor && !m.text) return null;
  const place = clausePhrases.find((x) => x.place && x.prep !== null && g.prepIs(x.prep, "presence"));
  const c = place?.members[0]?.country ?? (sentCountries.length === 1 ? sentCountries[0] : null) ?? dateline;
  return { entity: null, country: c ?? null, text: m.text };
}

/** The place of the event: a locative phrase of the clause naming an entity, other than actor and target. */
export function locationOf<V>(
  g: EventGrammar<V>,
  ps: readonly Phrase[],
  actor: Phrase | null,
  target: Phrase | null,
): string | null {
  for (const p of ps) {
    if (p === actor || p === target) continue;
    if (p.place && p.prep !== null && g.prepIs(p.prep, "locative") && p.members[0]?.entity) return p.members[0].entity;
  }
  return null;
}

/** A dateline country ("MOSKAU (dpa) –") from the first line of the article. */
export function datelineCountry(doc: Doc, mentions: ReadonlyMap<number, MentionRef>): string | null {
  // "MOSKAU (dpa) –", "Wien – …": a place at the start of one of the first sentences or lines, then a dash or bracket
  const toks = doc.tokens;
  for (const i of datelineStarts(doc)) {
    const m = mentions.get(i);
    if (!m?.country || m.type !== "LOC") continue;
    if (m.end < toks.count && DATELINE_ENDS.has(doc.tokenText(m.end))) return m.country;
  }
  return null;
}
