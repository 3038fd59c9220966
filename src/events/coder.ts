/**
 * The event coder: for each sentence, clauses → cue (verb or noun frame) → participants →
 * actor/target → flags → PLOVER events. Complements of speech-act verbs ("forderte X auf, … zu
 * liefern") are the content of the act, not events of their own; complements of intent verbs
 * ("kündigte an, … zu reisen", "erklärte sich bereit, …") give the event, marked future.
 */

import type { Doc } from "../doc/index.js";
import { isForce, isJointCooperation } from "../doc/plover.js";
import type { Event, PloverType } from "../doc/schema/events.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import { type Clause, clausesOf } from "../lang/de/events/clauses.js";
import { type ClauseFlags, clauseFlags } from "../lang/de/events/flags.js";
import { type Cue, cueOf } from "../lang/de/events/frames.js";
import { isRelativePronoun, type Member, type Phrase, phrases } from "../lang/de/events/phrases.js";
import { assignRoles, type Roles } from "../lang/de/events/roles.js";
import { eventTables, isSportWord } from "../lang/de/events/tables.js";
import { endsWithClass, isClass } from "../lang/de/events/words.js";
import { governingTime } from "../time/index.js";
import { lowerTokens } from "./lower.js";
import { mentionIndex } from "./mentions.js";
import { quoteAt, quoteStatementEvents, speakerMember } from "./quotes.js";

interface ClauseInfo {
  clause: Clause;
  cue: Cue | null;
  phrases: Phrase[];
  flags: ClauseFlags;
  /** Consumed as the content of another clause's speech act. */
  consumed: boolean;
  /** This clause is an intent complement: future + PLOVER promise rules. */
  intent: boolean;
  inheritedActor: Phrase | null;
  intentAdj: boolean;
  /** The first finite-looking word after the pronoun ends in -en (plural). */
  pluralFinite: boolean;
  /** The clause has a verb of saying ("sagte", "erklärte"). */
  speech: boolean;
}

export interface CoderState {
  /** The last subject phrase with members (for "sie", "er" in later clauses). */
  lastSubject: Phrase | null;
  /** Plural participant phrases (coordinated or collective, without preposition) of the previous sentence. */
  prevPlural: Phrase[];
  curPlural: Phrase[];
}

/** Codes all events of a document. */
export function codeEvents(doc: Doc): Event[] {
  const mentions = mentionIndex(doc);
  const events: Event[] = [];
  const state: CoderState = { lastSubject: null, prevPlural: [], curPlural: [] };
  const dateline = datelineCountry(doc, mentions);
  let skipped: { k: number; clauses: Clause[] } | null = null;
  const dates = new EventDates(doc);
  for (let k = 0; k < doc.sentences.length; k++) {
    const sent = doc.sentences[k];
    const s = doc.tokens.indexAt(sent.start);
    let e = s;
    while (e < doc.tokens.count && doc.tokens.start[e] < sent.end) e++;
    const clauses = clausesOf(doc, k, s, e);
    const cues = clauses.map((c) => cueOf(doc, c.start, c.end));
    if (cues.every((c) => c === null) || sportsSentence(doc, s, e)) {
      // no cue: the sentence's phrases are only needed if a later "sie" refers back to it
      skipped = { k, clauses };
      continue;
    }
    if (skipped && skipped.k === k - 1) {
      state.curPlural = pluralPhrases(skipped.clauses.flatMap((c) => phrases(doc, c.start, c.end, mentions)));
    }
    skipped = null;
    state.prevPlural = state.curPlural.length ? state.curPlural : state.prevPlural;
    state.curPlural = [];
    const condSentence = clauses.some((c) => c.kind === "cond");
    const infos: ClauseInfo[] = clauses.map((c, ci) => ({
      clause: c,
      cue: cues[ci],
      phrases: phrases(doc, c.start, c.end, mentions, c.kind === "rel"),
      flags: clauseFlags(doc, c, condSentence),
      consumed: false,
      intent: false,
      inheritedActor: null,
      intentAdj: hasIntentAdj(doc, c),
      pluralFinite: pluralAfterPronoun(doc, c),
      speech: clauseHasClass(doc, c, "speech"),
    }));
    // complements
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      const takesComp = info.cue?.flags.has("comp") || info.intentAdj;
      if (!takesComp) continue;
      const c = infos[i + 1];
      if (!c || (c.clause.kind !== "zu" && c.clause.kind !== "sub")) continue;
      if (c.clause.kind === "sub" && !/^(dass|ob)$/i.test(firstWordText(doc, c.clause))) continue;
      const isIntent = info.intentAdj || info.cue?.flags.has("intent");
      if (isIntent && c.cue) {
        c.intent = true;
        info.consumed = !info.cue || info.cue.flags.has("noun") || info.cue.rows.every((r) => r.flags.has("noun"));
        // "bot … an, Gespräche auszurichten": the offer itself is the event
        if (info.cue && !info.consumed) c.consumed = true;
      } else c.consumed = true;
    }
    const sentCountries = countriesIn(infos.flatMap((x) => x.phrases));
    state.curPlural = pluralPhrases(infos.flatMap((x) => x.phrases));
    let mainActor: Phrase | null = null;
    let mainTarget: Phrase | null = null;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      const cue = info.cue;
      const roles = assignRoles(doc, info.phrases, cue, info.clause);
      // actor of a zu-/sub-clause without its own subject: the main clause's
      let actor = roles.actor;
      if (info.clause.kind === "zu" || ((!actor || actor.pronoun) && info.intent)) actor = mainActor ?? actor;
      if (actor?.pronoun && actor.pronoun !== "sich") actor = resolvePronoun(actor, info, infos, i, state);
      if (info.clause.kind === "main" && roles.actor && !roles.actor.pronoun && roles.actor.members.length) {
        mainActor = roles.actor;
        mainTarget = roles.target;
      } else if (info.clause.kind === "main" && actor) mainActor = actor;
      if (roles.actor && !roles.actor.pronoun && roles.actor.members.length && info.clause.kind === "main")
        state.lastSubject = roles.actor;
      if (!cue || info.consumed) continue;
      if (cue.flags.has("intent") && cue.noun < 0 && cue.rows.every((r) => r.flags.has("intent")) && !info.intent) {
        // intent verb alone: only an event through a complement or noun frame (handled above)
        if (cue.rows.every((r) => r.flags.has("noun"))) continue;
      }
      let target = roles.target;
      if (!target && info.intent) target = mainTarget;
      const clauseSpan = spanOf(doc, info.clause);
      const quote = quoteAt(doc, clauseSpan.start, clauseSpan.end);
      const speaker = quote ? speakerMember(doc, quote) : null;
      // a passive clause without agent names no actor: the speaker only reports it ("ob … getötet wurden")
      if (speaker && !roles.passive && (!actor || FIRST_PERSON.has(actor.pronoun ?? ""))) actor = phraseOf(speaker);
      const hasSich = clauseHas(doc, info.clause, ["sich", "einander"]);
      const row = chooseRow(cue, actor, target, info.phrases, hasSich);
      if (!row) continue;
      let type = row.type;
      let mode = row.mode;
      const flags = { ...info.flags };
      if (info.intent) flags.future = true;
      if (info.intent && cue.flags.has("intent") === false) {
        // announcing force is a threat
        if (isForce(type)) type = "THREATEN";
        else if (type === "RETREAT") type = "CONCEDE";
      }
      // announcing joint cooperation is a promise
      if (flags.future && !flags.negated && isJointCooperation(type)) {
        type = "AGREE";
      }
      if (type === "AGREE" && mode === "phone") mode = null;
      if (row.flags.has("said")) {
        // "X sagte, die USA seien … verantwortlich": the speaker acts on the clause subject
        const sp = speaker ?? speechSubject(infos, i);
        if (!sp) continue;
        target = actor;
        actor = phraseOf(sp);
      }
      const actors = membersOf(actor).filter((m) => political(m, type));
      if (actors.length === 0) continue;
      const recip =
        actors.length > 1 &&
        !actor?.neither &&
        (row.flags.has("recip") ||
          clauseHas(doc, info.clause, [
            "sich",
            "gemeinsam",
            "gemeinsames",
            "gemeinsame",
            "gemeinsamen",
            "bilateral",
            "bilaterale",
            "bilateralen",
          ]));
      if (type === "COOPERATE" && row.flags.has("recip") && mode === "military" && !recip && !targets0(target)) {
        // a manoeuvre held by one side alone is a show of force, not joint cooperation
        type = "MOBILIZE";
        mode = "troops";
      }
      const targets = membersOf(target);
      const pairs: [Member, Member | null][] = [];
      if (recip) pairs.push([actors[0], actors[1]]);
      else for (const a of actors) pairs.push([a, targets[0] ?? null]);
      for (const [a, t] of pairs) {
        const aRes = resolveMember(a, actor, info, sentCountries, dateline);
        if (!aRes) continue;
        const tRes = t ? resolveMember(t, target, info, sentCountries, dateline) : null;
        const span = spanOf(doc, info.clause);
        const time = dates.at(sent.start, sent.end, span.start, span.end);
        const loc = locationOf(info.phrases, actor, target);
        const ev: Event = {
          id: `v${events.length + 1}`,
          type,
          mode,
          actor: aRes.entity,
          target: tRes?.entity ?? null,
          start: span.start,
          end: span.end,
          text: doc.text.slice(span.start, span.end),
          date: time?.value ?? null,
          location: loc,
          negated: flags.negated || !!actor?.neither,
          hypothetical: flags.hypothetical,
          quote: null,
          actorCountry: aRes.country,
          targetCountry: tRes?.country ?? null,
          actorText: aRes.entity ? null : aRes.text,
          targetText: tRes && !tRes.entity ? tRes.text : null,
        };
        if (time) ev.dateFrom = time.dateFrom;
        if (flags.future) ev.future = true;
        if (recip) ev.reciprocal = true;
        linkQuote(doc, ev);
        events.push(ev);
      }
    }
  }
  for (const ev of quoteStatementEvents(doc, mentions, events)) {
    ev.id = `v${events.length + 1}`;
    events.push(ev);
  }
  events.sort((a, b) => a.start - b.start);
  return events;
}

const FIRST_PERSON = new Set(["wir", "ich"]);

/**
 * Event dates from the time layer: governingTime for ordinary sentences; in a sentence with very many
 * time expressions (a run-on line) the nearest calendar expression by offset, so that coding stays linear.
 */
class EventDates {
  private readonly starts: number[];
  private readonly order: number[];
  constructor(private readonly doc: Doc) {
    this.order = doc.times.map((_, i) => i).sort((a, b) => doc.times[a].start - doc.times[b].start);
    this.starts = this.order.map((i) => doc.times[i].start);
  }

  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  at(
    sentStart: number,
    sentEnd: number,
    start: number,
    end: number,
  ): { value: string; dateFrom: "text" | "published" } | null {
    const lo = this.lowerBound(sentStart);
    const hi = this.lowerBound(sentEnd);
    if (hi - lo <= 32) return governingTime(this.doc, start, end);
    const mid = Math.min(Math.max(this.lowerBound(start), lo), hi - 1);
    for (let d = 0; d < 8; d++) {
      for (const k of [mid - d, mid + d]) {
        if (k < lo || k >= hi) continue;
        const t = this.doc.times[this.order[k]];
        if ((t.type === "DATE" || t.type === "TIME") && /^\d{4}/.test(t.value))
          return { value: t.value.split("T")[0], dateFrom: "text" };
      }
    }
    return this.doc.published ? { value: this.doc.published, dateFrom: "published" } : null;
  }
}

/** Whether a target phrase names a partner (a "mit X" or direct-object participant with members). */
function targets0(p: Phrase | null): boolean {
  return p !== null && p.members.length > 0 && (p.prep === null || p.prep === "mit");
}

function phraseOf(m: Member): Phrase {
  return {
    start: 0,
    end: 0,
    prep: null,
    det: null,
    members: [m],
    actor: null,
    heads: [],
    weapon: false,
    place: false,
    pronoun: null,
    neither: false,
  };
}

/** The subject of the clause with a verb of saying in the same sentence ("…, sagte der Präsident"). */
function speechSubject(infos: readonly ClauseInfo[], self: number): Member | null {
  for (let j = 0; j < infos.length; j++) {
    if (j === self || !infos[j].speech) continue;
    const p = infos[j].phrases.find((x) => x.prep === null && x.members.length > 0);
    if (p) return p.members[0];
  }
  return null;
}

/** Plural participants (coordinated, or a collective noun in a plural form) without preposition. */
function pluralPhrases(ps: readonly Phrase[]): Phrase[] {
  return ps.filter(
    (p) =>
      p.prep === null &&
      !p.pronoun &&
      (p.members.length > 1 || (p.actor !== null && /(en|er|n)$/.test(p.heads[0] ?? ""))),
  );
}

/** A sentence about sport ("traf zweimal", "für vier Spiele gesperrt") codes no political event. */
function sportsSentence(doc: Doc, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (doc.tokens.kind[i] === TokenKind.WORD && isSportWord(doc.tokenText(i))) return true;
  return false;
}

function firstWordText(doc: Doc, c: Clause): string {
  for (let i = c.start; i < c.end; i++) if (doc.tokens.kind[i] === TokenKind.WORD) return doc.tokenText(i);
  return "";
}

/** "Sie unterstützten …", "fuhren sie …": a word ending in -en next to "sie" (plural verb). */
function pluralAfterPronoun(doc: Doc, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) {
    if (doc.tokenText(i).toLowerCase() !== "sie") continue;
    const prev = i > c.start ? doc.tokenText(i - 1) : "";
    const next = i + 1 < c.end ? doc.tokenText(i + 1) : "";
    return /\p{Ll}(en|ten)$/u.test(next) || /\p{Ll}(en|ten)$/u.test(prev);
  }
  return false;
}

function clauseHasClass(doc: Doc, c: Clause, cls: "speech"): boolean {
  for (let i = c.start; i < c.end; i++) if (isClass(cls, doc.tokenText(i).toLowerCase())) return true;
  return false;
}

function hasIntentAdj(doc: Doc, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) if (isClass("intentadj", doc.tokenText(i).toLowerCase())) return true;
  return false;
}

function clauseHas(doc: Doc, c: Clause, words: readonly string[]): boolean {
  const lower = lowerTokens(doc);
  for (let i = c.start; i < c.end; i++) if (words.includes(lower[i])) return true;
  return false;
}

function spanOf(doc: Doc, c: Clause): { start: number; end: number } {
  let s = c.start;
  let e = c.end - 1;
  while (s < e && doc.tokens.kind[s] !== TokenKind.WORD) s++;
  while (e > s && doc.tokens.kind[e] === TokenKind.PUNCT) e--;
  return { start: doc.tokens.start[s], end: doc.tokens.end[e] };
}

/** Organisations the KB does not know and that have no country (companies, clubs) make no joint-cooperation events. */
function political(m: Member, type: PloverType): boolean {
  if (m.mention?.type !== "ORG" || m.country || m.mention.kind) return true;
  return !isJointCooperation(type);
}

function membersOf(p: Phrase | null): Member[] {
  if (!p) return [];
  if (p.members.length) return p.members;
  if (p.actor) return [{ entity: null, country: null, text: headText(p), via: "none", mention: null }];
  return [];
}

function headText(p: Phrase): string {
  return p.heads.map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join(" ");
}

function countriesIn(ps: readonly Phrase[]): string[] {
  const out = new Set<string>();
  for (const p of ps) for (const m of p.members) if (m.country) out.add(m.country);
  return [...out];
}

interface Resolved {
  entity: string | null;
  country: string | null;
  text: string;
}

/** A member's entity/country; collective actors take the place of the clause, the only country of the sentence, or the dateline. */
function resolveMember(
  m: Member,
  p: Phrase | null,
  info: ClauseInfo,
  sentCountries: readonly string[],
  dateline: string | null,
): Resolved | null {
  if (m.country || m.entity) return { entity: m.entity, country: m.country, text: m.text };
  if (!p?.actor && !m.text) return null;
  const place = info.phrases.find((x) => x.place && (x.prep === "in" || x.prep === "im" || x.prep === "bei"));
  const c = place?.members[0]?.country ?? (sentCountries.length === 1 ? sentCountries[0] : null) ?? dateline;
  return { entity: null, country: c ?? null, text: m.text };
}

function locationOf(ps: readonly Phrase[], actor: Phrase | null, target: Phrase | null): string | null {
  for (const p of ps) {
    if (p === actor || p === target) continue;
    if (p.place && (p.prep === "in" || p.prep === "im") && p.members[0]?.entity) return p.members[0].entity;
  }
  return null;
}

function resolvePronoun(
  p: Phrase,
  info: ClauseInfo,
  infos: readonly ClauseInfo[],
  i: number,
  state: CoderState,
): Phrase {
  if (info.clause.kind === "rel" && isRelativePronoun(p.pronoun ?? "")) {
    const prev = infos[i - 1]?.phrases.filter((x) => x.members.length || x.actor);
    if (prev?.length) return prev[prev.length - 1];
  }
  if (p.pronoun === "sie" && pluralVerb(info) && state.prevPlural.length) return state.prevPlural[0];
  if ((p.pronoun === "sie" || p.pronoun === "er") && state.lastSubject) return state.lastSubject;
  return p;
}

/** Whether the clause's cue verb is plural (unterstützten, fuhren): "sie" then means "they". */
function pluralVerb(info: ClauseInfo): boolean {
  return info.pluralFinite;
}

/** First row of the cue whose conditions hold. */
function chooseRow(
  cue: Cue,
  actor: Phrase | null,
  target: Phrase | null,
  ps: readonly Phrase[],
  hasSich: boolean,
): Cue["rows"][number] | null {
  for (const r of cue.rows) {
    if (r.flags.has("noun") && cue.noun < 0) continue;
    if (r.flags.has("weapon") && !ps.some((p) => p.weapon || p.actor?.armed)) continue;
    if (r.flags.has("mil") && !isStateLike(actor)) continue;
    // blockade of a country: the country is the direct object ("China blockiert Taiwan"), not a place adverbial
    if (r.flags.has("tgtloc") && !(target?.place && target.prep === null)) continue;
    if (r.flags.has("refl") && !hasSich) continue;
    if (r.flags.has("norefl") && hasSich) continue;
    if (r.flags.has("thingobj") && !hasThingObject(ps, actor)) continue;
    if (
      r.flags.has("needtgt") &&
      (actor?.members.length ?? 0) < 2 &&
      (!target || (target.prep !== null && !["mit", "gegen", "an", "bei"].includes(target.prep)))
    )
      continue;
    return r;
  }
  return null;
}

/** Whether the clause has a direct object that is a thing ("die Entscheidung", "den Schritt"), not a person. */
function hasThingObject(ps: readonly Phrase[], actor: Phrase | null): boolean {
  return ps.some(
    (p) =>
      p !== actor &&
      p.prep === null &&
      !p.pronoun &&
      p.heads.length > 0 &&
      !endsWithClass("personsuffix", p.heads[0]) &&
      p.actor === null,
  );
}

function isStateLike(p: Phrase | null): boolean {
  if (!p) return false;
  if (p.members.some((m) => m.entity || m.country)) return true;
  const k = p.actor?.kind;
  return (
    k === "state" || k === "military" || k === "police" || k === "court" || k === "legislature" || k === "delegation"
  );
}

/** A dateline country ("MOSKAU (dpa) –") from the first line of the article. */
function datelineCountry(doc: Doc, mentions: ReturnType<typeof mentionIndex>): string | null {
  // "MOSKAU (dpa) –", "Wien – …": a place at the start of one of the first sentences or lines, then a dash or bracket
  const toks = doc.tokens;
  const starts: number[] = [0];
  for (let k = 1; k < Math.min(doc.sentences.length, 3); k++) starts.push(toks.indexAt(doc.sentences[k].start));
  for (let i = 0; i < Math.min(toks.count, 200); i++) if ((toks.flags[i] & TokenFlag.LINE_START) !== 0) starts.push(i);
  for (const i of starts) {
    const m = mentions.get(i);
    if (!m?.country || m.type !== "LOC") continue;
    const next = m.end < toks.count ? doc.tokenText(m.end) : "";
    if (next === "–" || next === "-" || next === "—" || next === "(") return m.country;
  }
  return null;
}

/** Links an event inside a quote to it; the speaker becomes the actor when the clause named none. */
function linkQuote(doc: Doc, ev: Event): void {
  for (const q of doc.quotes) {
    if (q.start <= ev.start && ev.end <= q.end) {
      ev.quote = q.id;
      return;
    }
  }
}

export type { Roles };
export { eventTables };
