/**
 * The event coder: for each sentence, clauses → cue (verb or noun frame) → participants →
 * actor/target → flags → PLOVER events, all read through a language's grammar. Complements of
 * speech-act verbs ("forderte X auf, … zu liefern") are the content of the act, not events of their
 * own; complements of intent verbs ("kündigte an, … zu reisen", "erklärte sich bereit, …") give the
 * event, marked future.
 */

import { DATELINE_ENDS, datelineStarts } from "../doc/dateline.js";
import { entityById } from "../doc/entity-ids.js";
import type { Doc } from "../doc/index.js";
import { isForce, isJointCooperation, isVerbal } from "../doc/plover.js";
import type { Event, PloverType } from "../doc/schema/events.js";
import { sentenceIndexAt, sentenceTokens } from "../doc/sentence-at.js";
import { firstStartingFrom } from "../doc/sorted.js";
import { TokenKind } from "../doc/tokens.js";
import type { Kb } from "../kb/index.js";
import { type Affiliations, affiliations, outlets, ownSide } from "./affiliation.js";
import { EventDates } from "./dates.js";
import { describedEntity, describedPerson, isParty, Topics } from "./discourse.js";
import {
  type Clause,
  type ClauseFlags,
  type ClauseMarker,
  type Cue,
  type EventGrammar,
  emptyPhrase,
  type FrameRow,
  type Member,
  type Phrase,
  type Roles,
} from "./grammar.js";
import {
  countriesIn,
  datelineCountry,
  locationOf,
  membersOf,
  phraseOf,
  political,
  type Resolved,
  resolveMember,
} from "./members.js";
import { type MentionRef, mentionIndex } from "./mentions.js";
import { type Party, quoteAt, quoteStatementEvents, speakerMember } from "./quotes.js";
import { chooseRow, hasThingObject, namesPartner } from "./rows.js";

interface ClauseInfo {
  clause: Clause;
  cue: Cue | null;
  phrases: Phrase[];
  flags: ClauseFlags;
  /** Consumed as the content of another clause's speech act. */
  consumed: boolean;
  /** This clause is an intent complement: future + PLOVER promise rules. */
  intent: boolean;
  intentAdj: boolean;
  /** An ambiguous third-person pronoun stands with a plural verb ("sie unterstützten"). */
  pluralFinite: boolean;
  /** The clause has a verb of saying ("sagte", "erklärte"). */
  speech: boolean;
  /** The clause's own subject phrase, once coded (a coordinated verb phrase after it shares it). */
  subject: Phrase | null;
}

export interface CoderState {
  /** The last subject phrase with members (for "sie", "er" in later clauses). */
  lastSubject: Phrase | null;
  /** Plural participant phrases (coordinated or collective, without preposition) of the previous sentence. */
  prevPlural: Phrase[];
  curPlural: Phrase[];
}

/** One document being coded: the grammar, its view, and what flows from sentence to sentence. */
interface Run<V> {
  readonly doc: Doc;
  readonly g: EventGrammar<V>;
  readonly v: V;
  readonly events: Event[];
  readonly state: CoderState;
  readonly dateline: string | null;
  readonly dates: EventDates;
  readonly topics: Topics<V>;
  /** Country code → the document's entity for that country ("Türkei"), the actor of a state act it leaves unnamed. */
  readonly countryEntities: ReadonlyMap<string, string>;
  /** Entity id → its first named mention (for a pronoun the coreference layer resolved to it). */
  readonly named: ReadonlyMap<string, MentionRef>;
  /** Sentence index → whether it has a "parallel" marker ("auch", "ebenfalls"), asked once per sentence. */
  readonly parallel: Map<number, boolean>;
  /** Outlets and agencies of the document (affiliation.ts): no target of a statement. */
  readonly outlets: ReadonlySet<string>;
  /** Person → the organisations the document gives as the person's own (affiliation.ts). */
  readonly affiliated: Affiliations;
  readonly kb: Kb;
}

/** One sentence being coded: its clause analyses and what its clauses share. */
interface SentenceScope {
  readonly start: number;
  readonly end: number;
  readonly infos: readonly ClauseInfo[];
  readonly countries: readonly string[];
  /** The main clause's actor and target, for zu-clauses and intent complements without their own. */
  mainActor: Phrase | null;
  mainTarget: Phrase | null;
}

/** Codes all events of a document with a language's grammar; `kb` is the knowledge base of the run. */
export function codeEvents<V>(doc: Doc, g: EventGrammar<V>, kb: Kb): Event[] {
  const mentions = withoutNonNames(
    doc,
    g,
    mentionIndex(doc, kb, (w) => g.possessiveBase(w)),
  );
  const v = g.view(doc, kb, mentions);
  const dateline = datelineCountry(doc, mentions);
  const affiliated = affiliations(doc, g);
  const run: Run<V> = {
    doc,
    g,
    v,
    events: [],
    state: { lastSubject: null, prevPlural: [], curPlural: [] },
    dateline,
    dates: new EventDates(doc),
    topics: new Topics(doc, g, v, dateline, affiliated),
    countryEntities: countryEntities(mentions),
    named: namedMentions(mentions),
    parallel: new Map(),
    outlets: outlets(doc),
    affiliated,
    kb,
  };
  let skipped: { k: number; clauses: Clause[] } | null = null;
  for (let k = 0; k < doc.sentences.length; k++) {
    const sent = doc.sentences[k];
    const s = doc.tokens.indexAt(sent.start);
    let e = s;
    while (e < doc.tokens.count && doc.tokens.start[e] < sent.end) e++;
    const clauses = g.clauses(run.v, k, s, e);
    const cues = clauses.map((c) => g.cue(run.v, c));
    if ((cues.every((c) => c === null) && !g.hasNominal(run.v, s, e)) || g.nonPolitical(run.v, s, e)) {
      // no cue: the sentence's phrases are only needed if a later "sie" refers back to it
      skipped = { k, clauses };
      continue;
    }
    if (skipped && skipped.k === k - 1) {
      run.state.curPlural = pluralPhrases(
        g,
        skipped.clauses.flatMap((c) => g.phrases(run.v, c, false)),
      );
    }
    skipped = null;
    codeSentence(run, sent.start, sent.end, clauses, cues);
  }
  const topicOf = (tok: number, self: Member, type: PloverType) => aboutParty(run, tok, self, type);
  for (const ev of quoteStatementEvents(doc, g, run.v, mentions, run.events, topicOf, affiliated, run.outlets)) {
    ev.id = `v${run.events.length + 1}`;
    run.events.push(ev);
  }
  run.events.sort((a, b) => a.start - b.start);
  return onePerHappening(doc, run.events);
}

/** The entity of each country the document names as a country. */
function countryEntities(mentions: ReadonlyMap<number, MentionRef>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions.values())
    if (m.entity && m.country && m.kind === "country" && !out.has(m.country)) out.set(m.country, m.entity);
  return out;
}

/** Who an event's side is, for comparing events: the entity, else the country and text. */
function sideKey(entity: string | null, country: string | null | undefined, text: string | null | undefined): string {
  return entity ?? `${country ?? ""}|${text ?? ""}`;
}

/**
 * One event per happening: the same type, actor and target in the same clause once; an event of the headline (the
 * first line, when the text has more; else the title and teaser before the dateline, "… Puebla – …") that the body
 * reports again is marked `repeat`, and takes the side the body names where the headline only describes it ("hob der
 * Kongress die Immunität des Ex-Generals auf" … "die Immunität von Otto Pérez aufhob").
 */
function onePerHappening(doc: Doc, events: Event[]): Event[] {
  const seen = new Set<string>();
  const out: Event[] = [];
  for (const e of events) {
    const k = `${e.type} ${sideKey(e.actor, e.actorCountry, e.actorText)} ${sideKey(e.target, e.targetCountry, e.targetText)} ${e.start} ${e.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  // "drangen die Polizisten in die Sendezentrale ein und wollten den Sender abschalten": one sentence's act by one
  // actor, once without and once with the side acted on, is one happening, coded with its side (one key per event,
  // so that a long text is not compared pair by pair)
  const untargeted = (e: Event) => e.target === null && !e.targetCountry && !e.targetText;
  const actKey = (e: Event) =>
    `${e.type} ${e.negated} ${sideKey(e.actor, e.actorCountry, e.actorText)} ${sentenceIndexAt(doc, e.start)}`;
  const targeted = new Set(out.filter((e) => !untargeted(e)).map(actKey));
  const kept = out.filter((e) => !untargeted(e) || !targeted.has(actKey(e)));
  const head = headlineEnd(doc);
  if (head <= 0) return kept;
  for (const h of kept) {
    if (h.end > head) break;
    const a = sideKey(h.actor, h.actorCountry, h.actorText);
    const t = sideKey(h.target, h.targetCountry, h.targetText);
    const open = untargeted(h);
    const again = kept.find(
      (b) =>
        b.start > head &&
        b.type === h.type &&
        sideKey(b.actor, b.actorCountry, b.actorText) === a &&
        (open || sideKey(b.target, b.targetCountry, b.targetText) === t),
    );
    if (!again) continue;
    h.repeat = true;
    if (open) {
      h.target = again.target;
      h.targetCountry = again.targetCountry;
      h.targetText = again.targetText;
    }
  }
  return kept;
}

/** Where the headline ends: the first line break when the text has more lines; else the dateline's start when title
 * and teaser come before it on the same line ("Hob die Immunität auf. … Puebla – Erstmals …"); else 0 (none). */
function headlineEnd(doc: Doc): number {
  const nl = doc.text.indexOf("\n");
  if (nl > 0 && nl < doc.text.trimEnd().length) return nl;
  if (nl > 0) return 0;
  for (const i of datelineStarts(doc)) {
    if (i === 0) continue;
    for (let j = i; j < Math.min(i + 4, doc.tokens.count); j++) {
      if (DATELINE_ENDS.has(doc.tokenText(j))) return j > i ? doc.tokens.start[i] : 0;
      const w = doc.tokenText(j);
      if (w !== "/" && !/^\p{Lu}/u.test(w)) break;
    }
  }
  return 0;
}

/** Codes the clauses of one sentence that has a cue. */
function codeSentence<V>(
  run: Run<V>,
  start: number,
  end: number,
  clauses: readonly Clause[],
  cues: readonly (Cue | null)[],
): void {
  const { g, v, state } = run;
  state.prevPlural = state.curPlural.length ? state.curPlural : state.prevPlural;
  state.curPlural = [];
  const condSentence = clauses.some((c) => c.kind === "cond");
  const infos: ClauseInfo[] = clauses.map((c, ci) => ({
    clause: c,
    cue: cues[ci],
    phrases: g.phrases(v, c, c.kind === "rel"),
    flags: g.flags(v, c, condSentence),
    consumed: false,
    intent: false,
    intentAdj: g.marks(v, c, "intent-adjective"),
    pluralFinite: g.marks(v, c, "plural-pronoun"),
    speech: g.marks(v, c, "speech"),
    subject: null,
  }));
  linkComplements(run, infos);
  const all = infos.flatMap((x) => x.phrases);
  const scope: SentenceScope = {
    start,
    end,
    infos,
    countries: countriesIn(all),
    mainActor: null,
    mainTarget: null,
  };
  state.curPlural = pluralPhrases(g, all);
  for (let i = 0; i < infos.length; i++) codeClause(run, scope, i);
}

/**
 * A clause whose cue takes a complement ("comp" frames, intent adjectives) and the zu-clause or dass/ob-clause after
 * it: an intent complement with a cue of its own is the event (marked intent), else the complement is consumed as
 * the content of the act.
 */
function linkComplements<V>(run: Run<V>, infos: readonly ClauseInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    const takesComp = info.cue?.flags.has("comp") || info.intentAdj;
    if (!takesComp) continue;
    const c = infos[i + 1];
    if (!c || (c.clause.kind !== "zu" && c.clause.kind !== "sub")) continue;
    if (c.clause.kind === "sub" && !run.g.marks(run.v, c.clause, "complementizer")) continue;
    const isIntent = info.intentAdj || info.cue?.flags.has("intent");
    if (isIntent && c.cue) {
      c.intent = true;
      info.consumed = !info.cue || info.cue.flags.has("noun") || info.cue.rows.every((r) => r.flags.has("noun"));
      // "bot … an, Gespräche auszurichten": the offer itself is the event
      if (info.cue && !info.consumed) c.consumed = true;
    } else c.consumed = true;
  }
}

/** The actor of clause i after inheritance from the main clause and pronoun resolution; updates the scope. */
function clauseActor<V>(run: Run<V>, scope: SentenceScope, i: number, roles: Roles): Phrase | null {
  const { g, state } = run;
  const info = scope.infos[i];
  // actor of a zu-/sub-clause without its own subject: the main clause's
  let actor = roles.actor;
  if (info.clause.kind === "zu" || ((!actor || actor.pronoun) && info.intent)) actor = scope.mainActor ?? actor;
  if (actor?.pronoun && g.pronoun(actor.pronoun) !== "reflexive") actor = resolvePronoun(run, actor, scope.infos, i);
  // the dateline ("Bujumbura – …") is no clause whose subject later clauses share
  if (isDateline(run, info)) return actor;
  const named = roles.actor && !roles.actor.pronoun && roles.actor.members.length > 0;
  if (info.clause.kind === "main" && named) {
    scope.mainActor = roles.actor;
    scope.mainTarget = roles.target;
  } else if (info.clause.kind === "main" && actor) scope.mainActor = actor;
  if (named && info.clause.kind === "main") state.lastSubject = roles.actor;
  return actor;
}

/** The places of the article's dateline read as a clause of their own: at a dateline start, before its dash. */
function isDateline<V>(run: Run<V>, info: ClauseInfo): boolean {
  const { doc } = run;
  const c = info.clause;
  if (info.phrases.length === 0 || !info.phrases.every((p) => p.place) || c.end <= c.start) return false;
  const dash =
    DATELINE_ENDS.has(doc.tokenText(c.end - 1)) ||
    (c.end < doc.tokens.count && DATELINE_ENDS.has(doc.tokenText(c.end)));
  return dash && datelineStarts(doc).includes(c.start);
}

/** Codes clause i of the sentence: its verb frame, else its event nouns. */
function codeClause<V>(run: Run<V>, scope: SentenceScope, i: number): void {
  const { g, v } = run;
  const info = scope.infos[i];
  // "… bestritt X und sprach von Y": the coordinated verb phrase's subject is the clause's before it
  const shared = info.clause.coord ? scope.infos[i - 1]?.subject : null;
  if (shared && !info.phrases.includes(shared)) info.phrases.unshift(shared);
  const roles = g.roles(v, info.phrases, info.cue, info.clause);
  info.subject = roles.passive ? null : roles.actor;
  // event nouns are coded where no verb frame speaks of them ("verurteilte den Angriff", "nannte die Ausweisung …"
  // are about the happening), or where the frame's subject is the event noun itself ("Die Sanktionen treffen …")
  const framed = codeVerbFrame(run, scope, i, roles);
  if (!framed && !info.consumed) codeNominals(run, scope, i, roles);
}

/** Codes the verb (or verb–noun) frame of clause i; false when the clause has none that applies. */
function codeVerbFrame<V>(run: Run<V>, scope: SentenceScope, i: number, roles: Roles): boolean {
  const { doc, g, v } = run;
  const info = scope.infos[i];
  const cue = info.cue;
  let actor = clauseActor(run, scope, i, roles);
  if (!cue || info.consumed) return false;
  // an event noun as the subject is no agent: "Die Sanktionen der EU treffen die Devisenreserven"
  if (!roles.passive && roles.actor && roles.actor.actor === null && !roles.actor.pronoun) {
    const subject = roles.actor;
    const head = g.nominals(v, info.clause, [subject], cue.noun).find((h) => h.actor !== subject);
    if (head && (subject.members.length === 0 || subject.members.every((m) => (m.mention?.start ?? -1) > head.token)))
      return false;
  }
  if (cue.flags.has("intent") && cue.noun < 0 && cue.rows.every((r) => r.flags.has("intent")) && !info.intent) {
    // intent verb alone: only an event through a complement or noun frame (handled above)
    if (cue.rows.every((r) => r.flags.has("noun"))) return true;
  }
  let target = roles.target;
  // "Jetzt werden sie von den Behörden drangsaliert": a pronoun target is the person coreference resolved it to
  if (target?.pronoun && roles.passive) target = pronounTarget(run, target) ?? target;
  if (!target && info.intent) target = scope.mainTarget;
  if (!target && roles.reduced) target = antecedent(scope.infos, i);
  const span = spanOf(doc, info.clause);
  const quote = quoteAt(doc, span.start, span.end);
  const speaker = quote ? speakerMember(doc, quote) : null;
  // a passive clause without agent names no actor: the speaker only reports it ("ob … getötet wurden")
  // (not when the clause's subject is a thing or a crowd that names no one: "Der Großteil reise sofort weiter")
  // (a clause opening with a pronoun for a thing — "Das kommt alles zusammen" — is the speaker's only as a stance:
  // it meets, agrees or helps no one, see DEALINGS below)
  const thingOpened = !actor && !roles.thingSubject && g.marks(v, info.clause, "thing-subject");
  if (speaker && !roles.passive && ((!actor && !roles.thingSubject) || (actor && isFirstPerson(g, actor))))
    actor = phraseOf(speaker);
  if (!target) target = objectPronoun(run, scope, i, actor);
  const next = scope.infos[i + 1];
  const argued =
    g.marks(v, info.clause, "instrument") ||
    (next !== undefined && (next.clause.kind === "zu" || g.marks(v, next.clause, "complementizer")));
  let agentless = roles.passive && (!actor || membersOf(g, actor).length === 0);
  // "Der Vertrag zwischen Wien und Bratislava wurde unterzeichnet": the named sides of a reciprocal act done in the
  // passive, before an unnamed agent ("… zur Unterbringung von Flüchtlingen")
  const unnamed = !actor || actor.members.length === 0;
  const between =
    roles.passive && unnamed && cue.rows.some((r) => r.flags.has("recip")) ? betweenSides(g, info.phrases) : null;
  if (between) {
    actor = between;
    agentless = false;
  }
  const hasSich = g.marks(v, info.clause, "reflexive");
  const verbal = g.marks(v, info.clause, "verbal-manner");
  const against = g.marks(v, info.clause, "against");
  let row = chooseRow(g, cue, actor, target, info.phrases, { hasSich, argued, agentless, verbal, against });
  if (!row) return true;
  if (row.flags.has("eval")) {
    // "bezeichnete … als Skandal", "nannte … unverantwortlich": the evaluation's words give the type
    const hit = g.statement(v, info.clause.start, info.clause.end);
    if (!hit) return true;
    row = { type: hit.type, mode: hit.mode, flags: row.flags };
    if (hit.negated) info.flags.negated = true;
  }
  const flags = { ...info.flags };
  if (info.intent) flags.future = true;
  if (cue.noun >= 0 && row.flags.has("intent")) {
    // "hatte dies in Aussicht gestellt": an announcement without the event it announces is no event
    const announced = announcedNoun(run, info, cue, row);
    if (!announced) return true;
    row = announced;
    flags.future = true;
  }
  let { type, mode } = adjustType(row, cue, info.intent, flags);
  if (thingOpened && speaker && DEALINGS.has(type)) return true;
  if (!target && CONDITIONED.has(type)) target = conditionSubject(run, scope, i, actor);
  if (row.flags.has("said")) {
    // "X sagte, die USA seien … verantwortlich": the speaker acts on the clause subject
    const sp = speaker ?? speechSubject(scope.infos, i);
    if (!sp) return true;
    target = actor;
    actor = phraseOf(sp);
  }
  const actors = membersOf(g, actor).filter((m) => political(m, type));
  if (actors.length === 0) {
    if (agentless && AGENTLESS.has(type))
      codeAgentless(run, scope, info, span, { type, mode, flags, recip: false }, target);
    return true;
  }
  // repression and crowd control by the police is coercion, even when violent
  if (type === "ASSAULT" && actor?.actor?.kind === "police" && actor.members.length === 0) {
    type = "COERCE";
    mode = null;
  }
  const recip = actors.length > 1 && !actor?.neither && (row.flags.has("recip") || g.marks(v, info.clause, "joint"));
  if (type === "COOPERATE" && row.flags.has("recip") && mode === "military" && !recip && !namesPartner(g, target)) {
    // a manoeuvre held by one side alone is a show of force, not joint cooperation
    type = "MOBILIZE";
    mode = "troops";
  }
  const targets = membersOf(g, target);
  const pairs: [Member, Member | null][] = [];
  if (recip) pairs.push([actors[0], actors[1]]);
  else for (const a of actors) pairs.push([a, targets[0] ?? null]);
  // a verbal event whose clause names no party is about the party the discourse was about
  const aboutTopic = targets.length === 0 && VERBAL.has(type) && !row.flags.has("said") && !roles.passive;
  for (const [a, t] of pairs) {
    const aRes = resolveMember(g, a, actor, info.phrases, scope.countries, run.dateline);
    if (!aRes) continue;
    const tRes: Resolved | null = t
      ? resolveMember(g, t, target, info.phrases, scope.countries, run.dateline)
      : aboutTopic
        ? asResolved(agreementPartner(run, info, a, type) ?? aboutParty(run, info.clause.start, a, type))
        : null;
    // "Er lobte die Serie in den höchsten Tönen", "bietet Formate in Mixed Reality an": praise or an offer of a thing
    // that names no party, with no party the discourse gives, is no event between actors
    if (!tRes && (mode === "praise" || mode === "offer") && hasThingObject(g, info.phrases, actor, true)) continue;
    // "Der Hinterbänkler verspricht, Politik für die Menschen zu machen": a promise to no one named, of nothing that is
    // an event itself ("versprach, die Truppen abzuziehen" is), is no agreement between actors
    if (!tRes && mode === "promise" && !promisesEvent(scope, i)) continue;
    const side = { actor, target, aRes, tRes };
    pushEvent(run, scope, info, span, { type, mode, flags, recip }, side);
  }
  return true;
}

/**
 * The event nouns of a clause without a verb frame ("Die Festnahme des Bürgermeisters löste Proteste aus", "kam es
 * zur Festnahme eines Aktivisten"): their own arguments, else the clause's subject when the noun is its object
 * ("ordnete die Regierung die Festnahme … an"), else — for state acts — the state where it happened.
 */
function codeNominals<V>(run: Run<V>, scope: SentenceScope, i: number, roles: Roles): void {
  const { doc, g, v } = run;
  const info = scope.infos[i];
  const hits = g.nominals(v, info.clause, info.phrases, -1);
  if (hits.length === 0) return;
  const span = spanOf(doc, info.clause);
  const subject = roles.actor;
  const subjectIsEvent = subject !== null && hits.some((h) => h.phrase.start === subject.start);
  for (const hit of hits) {
    // one event per happening: a type the clause already has is not coded again
    if (run.events.some((e) => e.type === hit.type && e.start >= span.start && e.end <= span.end)) continue;
    let actor = hit.actor;
    // (a collective noun too: "Die Gewerkschaft will ihren Ausstand … fortsetzen")
    if (
      !actor &&
      subject &&
      !subjectIsEvent &&
      subject.start !== hit.phrase.start &&
      (subject.members.length > 0 || isCollectiveHead(subject))
    )
      actor = subject;
    let target = hit.target;
    if (!target && (PLACE_TARGETS.has(hit.type) || hit.mode === "visit"))
      target =
        info.phrases.find(
          (p) =>
            p.prep !== null &&
            g.prepIs(p.prep, "locative") &&
            p.members.some((m) => m.country && m.mention?.type === "LOC"),
        ) ?? null;
    // "was ihm Kritik von Abgeordneten einbrachte": the one the clause's object pronoun stands for
    if (!target && !hit.recip) target = objectPronoun(run, scope, i, actor);
    const what = { type: hit.type, mode: hit.mode, flags: { ...info.flags }, recip: false };
    const actors = membersOf(g, actor).filter((m) => political(m, hit.type));
    if (actors.length === 0) {
      if (AGENTLESS.has(hit.type)) codeAgentless(run, scope, info, span, what, target);
      continue;
    }
    const recip = hit.recip && actors.length > 1;
    const pairs: [Member, Member | null][] = recip
      ? [[actors[0], actors[1]]]
      : actors.map((a) => [a, membersOf(g, target)[0] ?? null]);
    for (const [a, t] of pairs) {
      const aRes = resolveMember(g, a, actor, info.phrases, scope.countries, run.dateline);
      if (!aRes) continue;
      const tRes = t ? resolveMember(g, t, recip ? actor : target, info.phrases, scope.countries, run.dateline) : null;
      pushEvent(run, scope, info, span, { ...what, recip }, { actor, target: recip ? actor : target, aRes, tRes });
    }
  }
}

/** Whether a phrase's head is a collective actor noun that can act (not civilians: "Zivilisten", "Flüchtlinge"), not
 * a noun its actor noun only qualifies ("die Hauptsorge der Polizei"). */
function isCollectiveHead(p: Phrase): boolean {
  const a = p.actor;
  return a !== null && a.kind !== "civilian" && (p.heads[0]?.endsWith(a.noun) ?? false);
}

/** Nominal events whose place names the target when nothing else does ("der Raketenangriff in Krementschuk"; for
 * visits the host: "der Besuch in Peking"). Coercion's place is where the state acts, not whom it acts on
 * ("begannen im Burgenland Grenzkontrollen", "Razzien in Wien"): see codeAgentless. */
const PLACE_TARGETS: ReadonlySet<PloverType> = new Set(["ASSAULT"]);

/** Dealings with someone that a thing cannot have: meetings, agreements, joint work, aid. */
const DEALINGS: ReadonlySet<PloverType> = new Set(["CONSULT", "AGREE", "COOPERATE", "AID"]);

/** State acts coded without a target when a named place locates them. */
const UNTARGETED_STATE_ACTS: ReadonlySet<PloverType> = new Set(["COERCE", "SANCTION"]);

/** The phrase placing a clause in a named place ("im Burgenland", "in Moskau"), other than the target. */
function presencePlace<V>(g: EventGrammar<V>, phrases: readonly Phrase[], target: Phrase | null): Phrase | undefined {
  return phrases.find(
    (p) =>
      p !== target &&
      p.prep !== null &&
      g.prepIs(p.prep, "presence") &&
      p.members.some((m) => m.country && m.mention?.type === "LOC"),
  );
}

/** Material acts that are news without a named agent ("wurden getötet", "wurde festgenommen"); talks, promises and
 * appeals without anyone who makes them are not coded. */
const AGENTLESS: ReadonlySet<PloverType> = new Set(["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "RETREAT", "MOBILIZE"]);

/** What states do to people and bodies: an agentless passive of these in a named state is that state's act. */
const STATE_ACTS: ReadonlySet<PloverType> = new Set(["COERCE", "SANCTION", "ACCUSE", "RETREAT", "MOBILIZE", "CONCEDE"]);

/**
 * An agentless passive ("Der Oppositionspolitiker wurde in Moskau festgenommen", "Zwei Dörfer wurden bombardiert"):
 * the subject is the target; a state act located in a named state is that state's, anything else has no actor.
 */
function codeAgentless<V>(
  run: Run<V>,
  scope: SentenceScope,
  info: ClauseInfo,
  span: { start: number; end: number },
  what: { type: PloverType; mode: string | null; flags: ClauseFlags; recip: boolean },
  target: Phrase | null,
): void {
  const { g } = run;
  // "Der Oppositionspolitiker wurde … festgenommen": a person named by a noun alone is a target too
  const head = target?.heads[0];
  // (or one the coreference layer made a person of its own: "Ein 30-jähriger Mann wurde festgenommen")
  const person: Member | undefined =
    target && !target.pronoun && head && (g.isPersonNoun(head) || describedPerson(run.doc, target))
      ? { entity: null, country: null, text: g.headText(target), via: "none", mention: null }
      : undefined;
  // "Der Schlepper aus Ungarn wurde festgenommen": a person named by a noun with the place they come from is the
  // person, of that place's country, not the place
  const fromPlace = person && target && target.members.length > 0 && target.members.every((m) => m.via === "attached");
  const t = fromPlace ? { ...person, country: target.members[0].country } : (membersOf(g, target)[0] ?? person);
  // a state act with no one named it is done to is still the state's, where the clause places it ("Am Montag
  // begannen im Burgenland Grenzkontrollen"); without such a place it is not coded
  // (coercion and sanctions only: criticism "in der Schweiz" is not the Swiss state's)
  if (!t && !(UNTARGETED_STATE_ACTS.has(what.type) && presencePlace(g, info.phrases, null))) return;
  const tRes = t ? resolveMember(g, t, target, info.phrases, scope.countries, run.dateline) : null;
  if (t && !tRes) return;
  let country: string | null = null;
  if (STATE_ACTS.has(what.type)) {
    const place = presencePlace(g, info.phrases, target);
    // else the one country the sentence names besides the target's ("Die Razzia gegen die Reichsbürger-Szene … der
    // Bundesrepublik"); the target's own country is no agent ("Der US-Student wurde festgenommen")
    const own = new Set((target?.members ?? []).map((m) => m.country));
    const others = scope.countries.filter((c) => !own.has(c));
    // else the country of the article's dateline ("Istanbul – … waren mehrere Firmen durchsucht worden")
    country =
      place?.members.find((m) => m.country)?.country ?? (others.length === 1 ? others[0] : null) ?? run.dateline;
  }
  // the police or the army the clause names does it ("Auseinandersetzung zwischen Polizei und Demonstranten … zur
  // Festnahme eines Aktivisten")
  const force = STATE_ACTS.has(what.type)
    ? info.phrases.find((p) => p !== target && (p.actor?.kind === "police" || p.actor?.kind === "military"))
    : undefined;
  if (force) {
    // the force's own noun, not the whole coordination ("Polizei und Demonstranten")
    let text = g.headText(force);
    for (let i = force.start; i < force.end; i++)
      if (run.doc.tokenText(i).toLowerCase() === force.actor?.noun) text = run.doc.tokenText(i);
    const aRes = { entity: null, country, text };
    pushEvent(run, scope, info, span, what, { actor: force, target, aRes, tRes });
    return;
  }
  // the state itself is the actor: the document's entity for it, when it names the country
  const entity = country ? (run.countryEntities.get(country) ?? null) : null;
  pushEvent(run, scope, info, span, what, { actor: null, target, aRes: { entity, country, text: "" }, tRes });
}

/** Verbal events that evaluate a party, and protests: without a party in their clause they are about the discourse's
 * topic. */
const VERBAL: ReadonlySet<PloverType> = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "PROTEST"]);

/** Demands and threats: a condition attached to them names who is to meet it. */
const CONDITIONED: ReadonlySet<PloverType> = new Set(["REQUEST", "THREATEN"]);

/**
 * The party a demand or threat without a target of its own is addressed to: the named subject (a person, an
 * organisation or a country — not a city or region) of a conditional clause after it ("forderte … eine Volksabstimmung, sollte der Nationalrat nicht …"; "drohte mit Gegenmaßnahmen,
 * falls die Nato …").
 */
function conditionSubject<V>(run: Run<V>, scope: SentenceScope, i: number, actor: Phrase | null): Phrase | null {
  for (let j = i + 1; j < scope.infos.length; j++) {
    const c = scope.infos[j];
    if (c.clause.kind !== "cond") continue;
    const subject = run.g.roles(run.v, c.phrases, c.cue, c.clause).actor;
    if (!subject || subject.pronoun || !subject.members.some(isParty)) return null;
    const own = new Set(membersOf(run.g, actor).map((m) => m.entity ?? m.country));
    return subject.members.some((m) => own.has(m.entity ?? m.country)) ? null : subject;
  }
  return null;
}

/** How many sentences back the event a parallel statement seconds is looked for. */
const PARALLEL_REACH = 3;

/** Verbal types of one stance: a rejection seconds an accusation and the other way round. */
function sameStance(a: PloverType, b: PloverType): boolean {
  const disapprove = (t: PloverType) => t === "ACCUSE" || t === "REJECT";
  return a === b || (disapprove(a) && disapprove(b));
}

/**
 * Who a verbal event without a party of its own is about: when its sentence puts it on the side of an earlier
 * statement ("Die SPÖ hat dies als wirkungslos zurückgewiesen. Auch für die Grünen ist so eine Maßnahme Unsinn."),
 * the party of the last event of the same stance by someone else in the sentences before; else the discourse topic.
 */
function aboutParty<V>(run: Run<V>, tok: number, self: Member, type: PloverType): Party | null {
  const { doc } = run;
  const at = doc.tokens.start[Math.min(tok, doc.tokens.count - 1)] ?? 0;
  const k = sentenceIndexAt(doc, at);
  if (k > 0 && sentenceMarks(run, k, "reaction")) {
    // "Die Regierung erklärte in einer ersten Reaktion, zu keinen Diskussionen bereit zu sein": a reaction answers
    // whoever acted in the sentence before
    const answered = lastActorBefore(run, k, self);
    if (answered) return answered;
  }
  if (k >= 0) {
    let parallel = run.parallel.get(k);
    if (parallel === undefined) {
      parallel = sentenceMarks(run, k, "parallel");
      run.parallel.set(k, parallel);
    }
    if (parallel) {
      const from = doc.sentences[Math.max(0, k - PARALLEL_REACH)].start;
      const seconded = lastEventIn(
        run.events,
        from,
        doc.sentences[k].start,
        (ev) =>
          sameStance(ev.type, type) &&
          (!!ev.target || !!ev.targetCountry) &&
          !(self.entity && (ev.actor === self.entity || ev.target === self.entity)),
      );
      if (seconded) return targetOf(seconded);
    }
  }
  if (k > 0 && DEMANDS.has(type) && sentenceMarks(run, k, "otherwise")) {
    const demanded = unmetDemand(run, k - 1, self);
    if (demanded) return demanded;
  }
  return sameLevel(run, self, run.topics.before(tok, self, type === "REJECT"));
}

/**
 * An organisation answers an organisation: when an organisation rejects or criticises what the discourse gives as a
 * person speaking for an organisation of the document ("Verdi-Chef Frank Bsirske"), the other side is that
 * organisation ("Die Post hatte einen Verzicht immer wieder abgelehnt" rejects Verdi's demand).
 */
function sameLevel<V>(run: Run<V>, self: Member, party: Party | null): Party | null {
  if (!party?.entity || !self.entity) return party;
  const own = run.affiliated.get(party.entity);
  if (own?.size !== 1) return party;
  const selfEnt = entityById(run.doc.entities, self.entity);
  const other = entityById(run.doc.entities, party.entity);
  if (selfEnt?.type !== "ORG" || other?.type !== "PER") return party;
  const [org] = own;
  if (org === self.entity) return party;
  const orgEnt = entityById(run.doc.entities, org);
  return { entity: org, country: orgEnt?.country ?? party.country, text: orgEnt?.name ?? party.text };
}

/** The actor of the last event of sentence k − 1 that someone other than self (or self's own side) took. */
function lastActorBefore<V>(run: Run<V>, k: number, self: Member): Party | null {
  const sent = run.doc.sentences[k - 1];
  const ev = lastEventIn(
    run.events,
    sent.start,
    sent.end,
    (e) =>
      (!!e.actor || !!e.actorCountry) &&
      !(self.entity && (e.actor === self.entity || ownSide(run.affiliated, self.entity, e.actor))),
  );
  return ev ? { entity: ev.actor, country: ev.actorCountry ?? null, text: ev.actorText ?? "" } : null;
}

/** Disapproval: what is said against an agreement. */
const AGAINST_AGREEMENT: ReadonlySet<PloverType> = new Set(["REJECT", "ACCUSE"]);

/**
 * "Der Vertrag zwischen Wien und Bratislava wurde unterzeichnet. … Fico stellt die Art des Abkommens infrage": a
 * rejection or criticism of an agreement that names no party is directed against the other side of the last agreement
 * the document coded (an agreement, or a two-sided act of support or cooperation: "unterzeichneten den Vertrag"),
 * when self (or self's country) is on one side; else against those who made it ("Die EU-Fischereiminister einigten
 * sich auf Fangquoten … Die Meeresschutzorganisation Oceana kritisierte das Abkommen").
 */
function agreementPartner<V>(run: Run<V>, info: ClauseInfo, self: Member, type: PloverType): Party | null {
  if (!AGAINST_AGREEMENT.has(type) || !run.g.marks(run.v, info.clause, "agreement")) return null;
  const at = run.doc.tokens.start[info.clause.start] ?? 0;
  const mine = (entity: string | null, country: string | null | undefined) =>
    (!!self.entity && entity === self.entity) || (!!self.country && country === self.country);
  const deal = lastEventIn(
    run.events,
    0,
    at,
    (e) =>
      (e.type === "AGREE" || (e.reciprocal === true && isJointCooperation(e.type))) && (!!e.actor || !!e.actorCountry),
  );
  if (!deal) return null;
  const other = mine(deal.actor, deal.actorCountry)
    ? { entity: deal.target, country: deal.targetCountry ?? null, text: deal.targetText ?? "" }
    : { entity: deal.actor, country: deal.actorCountry ?? null, text: deal.actorText ?? "" };
  if (!other.entity && !other.country) return null;
  if (self.country && other.country === self.country) return null;
  return other;
}

/** Whether sentence k, read as one main clause, has the marker. */
function sentenceMarks<V>(run: Run<V>, k: number, marker: ClauseMarker): boolean {
  const [s, e] = sentenceTokens(run.doc, k);
  return run.g.marks(run.v, { start: s, end: e, kind: "main", inQuote: false, sent: k }, marker);
}

/** The first character of the sentence `back` sentences before the one holding character `at` (at most the first). */
function sentencesBack(doc: Doc, at: number, back: number): number {
  const k = sentenceIndexAt(doc, at);
  return doc.sentences[Math.max(0, k - back)]?.start ?? at;
}

/** The target side of a coded event as a party. */
function targetOf(ev: Event): Party {
  return { entity: ev.target, country: ev.targetCountry ?? null, text: ev.targetText ?? "" };
}

/** The last coded event starting in characters [from, to) that passes `test` (events are coded in text order). */
function lastEventIn(events: readonly Event[], from: number, to: number, test: (e: Event) => boolean): Event | null {
  for (let j = events.length - 1; j >= 0; j--) {
    const e = events[j];
    if (e.start >= to) continue;
    if (e.start < from) break;
    if (test(e)) return e;
  }
  return null;
}

/** Demands, threats and protests: pressure on a party. */
const DEMANDS: ReadonlySet<PloverType> = new Set(["REQUEST", "THREATEN", "PROTEST"]);

/**
 * The party pressed by self (or self's own side: "Verdi" for "Verdi-Chef Bsirske") in sentence k — what a following
 * "Sonst …" threatens if the demand is not met ("Die Gewerkschaft will ihren Ausstand bei der Post fortsetzen, bis
 * der Konzern verzichtet. Sonst werde es keinen Frieden geben").
 */
function unmetDemand<V>(run: Run<V>, k: number, self: Member): Party | null {
  const sent = run.doc.sentences[k];
  const demand = lastEventIn(
    run.events,
    sent.start,
    sent.end,
    (ev) =>
      DEMANDS.has(ev.type) &&
      (!!ev.target || !!ev.targetCountry) &&
      (ev.actor === self.entity || ownSide(run.affiliated, self.entity, ev.actor)),
  );
  return demand ? targetOf(demand) : null;
}

function asResolved(p: Party | null): Resolved | null {
  return p ? { entity: p.entity, country: p.country, text: p.text } : null;
}

/**
 * A verb–noun frame that announces ("stellte härtere Grenzkontrollen in Aussicht"): the event noun of the clause it
 * announces gives the type — announced force threatens, announced withdrawal concedes, anything else is promised.
 */
function announcedNoun<V>(run: Run<V>, info: ClauseInfo, cue: Cue, row: FrameRow): FrameRow | null {
  const hit = run.g.nominals(run.v, info.clause, info.phrases, cue.noun)[0];
  if (!hit) {
    // "stellte der Türkei eine strengere Linie in Aussicht": the announced stance's words give the type
    const said = run.g.statement(run.v, info.clause.start, info.clause.end);
    return said && !said.negated ? { type: said.type, mode: said.mode, flags: row.flags } : null;
  }
  const type: PloverType = isForce(hit.type)
    ? "THREATEN"
    : hit.type === "RETREAT"
      ? "CONCEDE"
      : isVerbal(hit.type)
        ? hit.type
        : "AGREE";
  return { type, mode: type === hit.type ? hit.mode : null, flags: row.flags };
}

/** The row's type and mode for an intent complement or a future clause: announced force threatens, announced joint cooperation promises. */
function adjustType(
  row: FrameRow,
  cue: Cue,
  intent: boolean,
  flags: ClauseFlags,
): { type: PloverType; mode: string | null } {
  let type = row.type;
  let mode = row.mode;
  if (intent && cue.flags.has("intent") === false) {
    if (isForce(type)) type = "THREATEN";
    else if (type === "RETREAT") type = "CONCEDE";
  }
  if (flags.future && !flags.negated && isJointCooperation(type)) {
    type = "AGREE";
  }
  if (type === "AGREE" && mode === "phone") mode = null;
  return { type, mode };
}

/** Assembles one event (date, location, flags, quote) and adds it. */
function pushEvent<V>(
  run: Run<V>,
  scope: SentenceScope,
  info: ClauseInfo,
  span: { start: number; end: number },
  what: { type: PloverType; mode: string | null; flags: ClauseFlags; recip: boolean },
  side: { actor: Phrase | null; target: Phrase | null; aRes: Resolved; tRes: Resolved | null },
): void {
  const { doc, events } = run;
  const { actor, target, aRes, tRes } = side;
  // "Er hätte keinen Journalisten getötet", "Russland würde nie angreifen": a material act denied in the
  // subjunctive did not happen (a denied condition — "hätte die Polizei nicht eingegriffen, …" — is kept)
  if (what.flags.negated && what.flags.hypothetical && info.clause.kind !== "cond" && !isVerbal(what.type)) return;
  // "Wir müssen die Flüchtlinge versorgen": a material act that must be done has not been done
  // (nor an agreement or meeting that must still be given: "Kiew muss den Konditionen noch zustimmen")
  if (what.flags.deontic && info.clause.kind !== "cond" && (!isVerbal(what.type) || DEALINGS.has(what.type))) return;
  const time = run.dates.at(scope.start, scope.end, span.start, span.end);
  const ev: Event = {
    id: `v${events.length + 1}`,
    type: what.type,
    mode: what.mode,
    // an unnamed body the coreference layer keeps as an entity ("die Polizei") is that entity
    actor: aRes.entity ?? (actor && actor.members.length === 0 ? describedAs(run, actor) : null),
    target: tRes?.entity ?? (tRes && target && target.members.length === 0 ? describedAs(run, target) : null),
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    date: time?.value ?? null,
    location: locationOf(run.g, info.phrases, actor, target),
    negated: what.flags.negated || !!actor?.neither,
    hypothetical: what.flags.hypothetical,
    quote: null,
    actorCountry: aRes.country,
    targetCountry: tRes?.country ?? null,
    actorText: aRes.entity || !aRes.text ? null : aRes.text,
    targetText: tRes && !tRes.entity ? tRes.text : null,
  };
  if (ev.actor && !aRes.entity) ev.actorText = null;
  if (ev.target && !ev.targetCountry && ev.location) {
    // a person the text names only by a noun ("Unbekannte erschossen in Mexiko-Stadt einen Lokalpolitiker") is of the
    // country where it happened, as a collective side is
    const person = entityById(doc.entities, ev.target);
    if (person?.type === "PER" && !person.country && person.mentions.every((m) => m.form === "description"))
      ev.targetCountry = entityById(doc.entities, ev.location)?.country ?? null;
  }
  if (ev.target && run.outlets.has(ev.target) && isVerbal(ev.type) && (!target || target.prep !== null)) {
    // the outlet a statement was told to, not whom it is about ("Auf Anfrage des STANDARD lehnt X es ab")
    ev.target = null;
    ev.targetCountry = null;
    ev.targetText = null;
  }
  if (!what.recip && ev.target && selfTarget(run, ev.actor, ev.target)) {
    // no person or organisation acts on itself or its own side ("HDP-Chef Demirtaş forderte" is no demand of the HDP
    // on Demirtaş); a state acting at home is ("Hausdurchsuchungen in Belgien"). The country stays: at country
    // level a domestic act is coded country on country
    ev.target = null;
    ev.targetText = null;
  }
  if (CROWD_DEMANDS.has(ev.type) && ev.target && isCrowd(actor)) {
    // citizens protesting against their own state protest against its leadership: "Hunderttausende gingen auf die
    // Straßen und forderten politische Reformen" in Guatemala is against the president the article names (a crowd
    // the text gives another country — "Tausende Ukrainer protestierten gegen Russland" — protests against the state)
    const leader = stateLeader(run, ev.target, actor);
    if (leader) ev.target = leader;
  }
  if (DISAPPROVALS.has(ev.type) && (ev.actor || ev.actorText) && !ev.target && !ev.targetCountry && !ev.targetText) {
    // "Die Empörung über den Polizeieinsatz führte zu Protesten der Opposition": against the body whose act it names
    const body = actedBody(run, scope);
    if (body && body !== ev.actor) ev.target = body;
  }
  if (ev.type === "PROTEST" && ev.actor && !ev.target && !ev.targetCountry && !ev.targetText) {
    // a campaign goes on against the same side: "Verdi streikt bei der Post … Die Gewerkschaft weitete ihre Proteste aus"
    const earlier = lastProtestOf(events, ev.actor);
    if (earlier) {
      ev.target = earlier.target;
      ev.targetCountry = earlier.targetCountry;
    }
  }
  if ((ev.type === "COERCE" || ev.type === "ASSAULT") && ev.actor && !ev.target && !ev.targetText) {
    // force answers whoever just acted against the force: "Angestellte versuchten, die Polizei zurückzudrängen. Die
    // Beamten setzten Tränengas und Wasserwerfer ein"
    const by = lastActAgainst(run, ev.actor, scope.start);
    if (by) {
      ev.target = by.actor;
      ev.targetText = by.actor ? null : (by.actorText ?? null);
      ev.targetCountry = by.actorCountry;
    }
  }
  if (ev.type === "ASSAULT" && !ev.actor && !ev.actorText && !ev.actorCountry && (ev.target || ev.targetCountry)) {
    const earlier = lastAttackOn(run, ev, scope.start);
    if (earlier) {
      ev.actor = earlier.actor;
      ev.actorCountry = earlier.actorCountry;
      ev.actorText = earlier.actorText;
    }
  }
  if (time) ev.dateFrom = time.dateFrom;
  if (what.flags.future) ev.future = true;
  if (what.recip) ev.reciprocal = true;
  linkQuote(doc, ev);
  events.push(ev);
}

/** Whether a clause after clause i of the sentence, its complement, has a cue of its own. */
function promisesEvent(scope: SentenceScope, i: number): boolean {
  for (let j = i + 1; j < scope.infos.length; j++) if (scope.infos[j].cue) return true;
  return false;
}

/** Protest and criticism: directed against an act. */
const DISAPPROVALS: ReadonlySet<PloverType> = new Set(["PROTEST", "ACCUSE"]);

/** The document's entity for the police or military body a compound of the sentence names as acting
 * ("Polizeieinsatz" → the entity "Polizei"), if exactly one such body is named. */
function actedBody<V>(run: Run<V>, scope: SentenceScope): string | null {
  const { doc, g } = run;
  let found: string | null = null;
  for (let i = doc.tokens.indexAt(scope.start); i < doc.tokens.count && doc.tokens.start[i] < scope.end; i++) {
    if (doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const body = g.actBody(doc.tokenText(i));
    if (!body) continue;
    const ent = doc.entities.find((e) => e.type === "ORG" && e.name.toLowerCase() === body);
    if (!ent || (found && found !== ent.id)) return null;
    found = ent.id;
  }
  return found;
}

/** Pressure from the street: protests and demands. */
const CROWD_DEMANDS: ReadonlySet<PloverType> = new Set(["PROTEST", "REQUEST"]);

/** Role codes of the offices that lead a state (src/kb/curated role codes). */
const LEADING_ROLES: ReadonlySet<string> = new Set([
  "head_of_government",
  "head_of_state",
  "president",
  "prime_minister",
]);

/** How many years before publication a leader's term may have ended (a text's date is not always known exactly). */
const LEADER_YEARS = 2;

/** A crowd or citizens, not named ("Hunderttausende", "die Bürger", "Demonstranten"). */
function isCrowd(p: Phrase | null): boolean {
  return !!p && p.members.every((m) => !m.mention) && (p.actor?.kind === "protest" || p.actor?.kind === "civilian");
}

/**
 * When `target` is a country the document names as a country, the person of the document who led it (per the
 * knowledge base, in the years up to the publication date) and whom it mentions most; else null.
 */
function stateLeader<V>(run: Run<V>, target: string, crowd: Phrase | null): string | null {
  const ent = entityById(run.doc.entities, target);
  if (ent?.type !== "LOC" || !ent.country || run.countryEntities.get(ent.country) !== target) return null;
  if (crowd?.members.some((m) => m.via !== "none" && m.country && m.country !== ent.country)) return null;
  const pub = run.doc.published;
  const from = pub ? `${Number(pub.slice(0, 4)) - LEADER_YEARS}${pub.slice(4)}` : null;
  let best: { id: string; n: number } | null = null;
  for (const e of run.doc.entities) {
    if (e.type !== "PER" || !e.wikidata) continue;
    const kbId = run.kb.byWikidata(e.wikidata)?.id;
    const facts = kbId ? run.kb.facts(kbId) : undefined;
    const led = facts?.terms.some(
      (t) =>
        t.scope === ent.country &&
        t.roles.some((r) => LEADING_ROLES.has(r)) &&
        (!pub || !t.start || t.start <= pub) &&
        (!from || !t.end || t.end >= from),
    );
    if (led && (!best || e.mentions.length > best.n)) best = { id: e.id, n: e.mentions.length };
  }
  return best?.id ?? null;
}

/** The last event of this or the sentence before (from char `at`'s sentence) that acted against `target` by force or
 * protest, by someone else named or described ("Hunderte Demonstranten"). */
function lastActAgainst<V>(run: Run<V>, target: string, at: number): Event | null {
  return lastEventIn(
    run.events,
    sentencesBack(run.doc, at, 1),
    Number.POSITIVE_INFINITY,
    (e) =>
      e.target === target &&
      e.actor !== target &&
      (isForce(e.type) || e.type === "PROTEST") &&
      (!!e.actor || !!e.actorText),
  );
}

/** The last named attack on the side `ev` attacks, in this or the two sentences before: an attack without an agent
 * continues it ("Die türkische Luftwaffe bombardierte Stellungen der PKK. Bei den Luftangriffen seien 260
 * PKK-Kämpfer getötet worden"). */
function lastAttackOn<V>(run: Run<V>, ev: Event, at: number): Event | null {
  return lastEventIn(
    run.events,
    sentencesBack(run.doc, at, 2),
    Number.POSITIVE_INFINITY,
    (e) =>
      e.type === "ASSAULT" &&
      (!!e.actor || !!e.actorCountry) &&
      (ev.target ? e.target === ev.target : e.targetCountry === ev.targetCountry),
  );
}

/** The last protest of the actor in the document that names whom it is against. */
function lastProtestOf(events: readonly Event[], actor: string): Event | null {
  return lastEventIn(
    events,
    0,
    Number.POSITIVE_INFINITY,
    (e) => e.type === "PROTEST" && e.actor === actor && !!e.target && e.target !== actor,
  );
}

/** The target is the actor itself (a person or organisation, not a state or place) or the actor's own side. */
function selfTarget<V>(run: Run<V>, actor: string | null, target: string): boolean {
  if (ownSide(run.affiliated, actor, target)) return true;
  return actor === target && entityById(run.doc.entities, target)?.type !== "LOC";
}

/**
 * The entity the coreference layer gave an unnamed phrase ("die Polizei"); a crowd in the plural ("zahlreiche
 * Aktivisten", "die Demonstranten") is never one named person.
 */
function describedAs<V>(run: Run<V>, p: Phrase): string | null {
  const id = describedEntity(run.doc, p.start, p.end);
  if (!id || !p.actor || !run.g.isPluralHead(p.heads[p.heads.length - 1] ?? "")) return id;
  const e = entityById(run.doc.entities, id);
  return e?.type === "PER" && e.mentions.some((m) => m.form === "name") ? null : id;
}

function isFirstPerson<V>(g: EventGrammar<V>, p: Phrase): boolean {
  return p.pronoun !== null && g.pronoun(p.pronoun) === "first-person";
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

/** The phrase "zwischen X und Y" with two or more named sides, if the clause has one. */
function betweenSides<V>(g: EventGrammar<V>, ps: readonly Phrase[]): Phrase | null {
  return ps.find((p) => p.prep !== null && g.prepIs(p.prep, "between") && p.members.length > 1) ?? null;
}

/** Plural participants (coordinated, or a collective noun in a plural form) without preposition. */
function pluralPhrases<V>(g: EventGrammar<V>, ps: readonly Phrase[]): Phrase[] {
  return ps.filter(
    (p) =>
      p.prep === null && !p.pronoun && (p.members.length > 1 || (p.actor !== null && g.isPluralHead(p.heads[0] ?? ""))),
  );
}

function spanOf(doc: Doc, c: Clause): { start: number; end: number } {
  let s = c.start;
  let e = c.end - 1;
  while (s < e && doc.tokens.kind[s] !== TokenKind.WORD) s++;
  while (e > s && doc.tokens.kind[e] === TokenKind.PUNCT) e--;
  return { start: doc.tokens.start[s], end: doc.tokens.end[e] };
}

/** The phrase a pronoun stands for: a relative pronoun's antecedent, the last plural participants, the last subject. */
function resolvePronoun<V>(run: Run<V>, p: Phrase, infos: readonly ClauseInfo[], i: number): Phrase {
  const { g, state } = run;
  const info = infos[i];
  const kind = g.pronoun(p.pronoun ?? "");
  if (info.clause.kind === "rel" && kind === "relative") {
    const prev = antecedent(infos, i);
    if (prev) return prev;
  }
  if (kind === "third-ambiguous" && info.pluralFinite && state.prevPlural.length) return state.prevPlural[0];
  // "er", singular "sie": the named entity the coreference layer resolved the pronoun to, before the last subject
  if (kind === "third-singular" || (kind === "third-ambiguous" && !info.pluralFinite)) {
    const named = corefAntecedent(run, p);
    if (named) return named;
  }
  if ((kind === "third-ambiguous" || kind === "third-singular") && state.lastSubject) return state.lastSubject;
  return p;
}

/** The participant phrase a relative or participle clause is about: the last one of the clause before it. */
function antecedent(infos: readonly ClauseInfo[], i: number): Phrase | null {
  const prev = infos[i - 1]?.phrases.filter((x) => x.members.length || x.actor);
  return prev?.length ? prev[prev.length - 1] : null;
}

/** Links an event inside a quote to it. */
function linkQuote(doc: Doc, ev: Event): void {
  const q = quoteAt(doc, ev.start, ev.end);
  if (q) ev.quote = q.id;
}

/** The mentions without one-word mentions of a word the language knows is no name ("Erstens verlange er …"). */
function withoutNonNames<V>(doc: Doc, g: EventGrammar<V>, mentions: Map<number, MentionRef>): Map<number, MentionRef> {
  for (const [i, m] of mentions)
    if (m.end - m.start === 1 && g.notAName(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase()))
      mentions.delete(i);
  return mentions;
}

/** Entity id → its first named mention. */
function namedMentions(mentions: ReadonlyMap<number, MentionRef>): Map<string, MentionRef> {
  const out = new Map<string, MentionRef>();
  for (const m of mentions.values()) if (m.entity && !out.has(m.entity)) out.set(m.entity, m);
  return out;
}

/**
 * The person an object pronoun of the clause stands for, when the coreference layer resolved it to a named person other
 * than the actor ("nachdem ihm die Kirche … die kalte Schulter gezeigt hatten", "was ihm Kritik … einbrachte").
 */
function objectPronoun<V>(run: Run<V>, scope: SentenceScope, i: number, actor: Phrase | null): Phrase | null {
  const { doc, g } = run;
  // (a clause split at the commas of a coordination begins with the pieces without a frame before it, back to the
  // subordinate one that opens it: "nachdem ihm die Kirche, die US-Botschaft, die Medien … gezeigt hatten")
  let first = i;
  while (first > 0 && scope.infos[first - 1].cue === null) {
    const kind = scope.infos[first - 1].clause.kind;
    if (first === 1 && kind === "main") break;
    first--;
    if (kind === "sub") break;
  }
  const cs = doc.tokens.start[scope.infos[first].clause.start];
  const ce = doc.tokens.end[scope.infos[i].clause.end - 1];
  const own = new Set((actor?.members ?? []).map((m) => m.entity));
  const { objects } = resolvedPronouns(doc, g);
  for (let k = firstStartingFrom(objects, cs); k < objects.length && objects[k].start < ce; k++) {
    const m = objects[k];
    if (m.end > ce || own.has(m.entity)) continue;
    // (persons only: an object pronoun resolved to a body or a place is too often wrong — "warfen ihm vor" → "das
    // Parlament")
    if (run.named.get(m.entity)?.type !== "PER") continue;
    const tok = doc.tokens.indexAt(m.start);
    const named = corefAntecedent(run, { ...emptyPhrase(tok, tok + 1), pronoun: m.word });
    if (named) return named;
  }
  return null;
}

/** A pronoun the coreference layer resolved: its characters, the entity, the word in lower case. */
interface ResolvedPronoun {
  start: number;
  end: number;
  entity: string;
  word: string;
}

/** The coreference layer's resolved pronouns of a document: the entity by start (the first in layer order), and the
 * object pronouns (ihm, ihn, ihnen) in text order — built once per mentions layer (`count` tells a grown layer). */
interface PronounIndex {
  count: number;
  at: Map<number, string>;
  objects: ResolvedPronoun[];
}

const PRONOUNS = new WeakMap<Doc["mentions"], PronounIndex>();

function resolvedPronouns<V>(doc: Doc, g: EventGrammar<V>): PronounIndex {
  const known = PRONOUNS.get(doc.mentions);
  if (known && known.count === doc.mentions.length) return known;
  const at = new Map<number, string>();
  const objects: ResolvedPronoun[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== "pronoun" || !m.entity) continue;
    if (!at.has(m.start)) at.set(m.start, m.entity);
    const word = m.text.toLowerCase();
    if (g.pronoun(word) === "object") objects.push({ start: m.start, end: m.end, entity: m.entity, word });
  }
  objects.sort((a, b) => a.start - b.start);
  const out = { count: doc.mentions.length, at, objects };
  PRONOUNS.set(doc.mentions, out);
  return out;
}

/** A third-person pronoun target resolved by the coreference layer to a named person, as a phrase with that member. */
function pronounTarget<V>(run: Run<V>, p: Phrase): Phrase | null {
  const kind = run.g.pronoun(p.pronoun ?? "");
  if (kind !== "third-singular" && kind !== "third-ambiguous" && kind !== "object") return null;
  const named = corefAntecedent(run, p);
  const m = named?.members[0];
  return m?.entity && run.named.get(m.entity)?.type === "PER" ? named : null;
}

/** The pronoun phrase with the named entity the coreference layer resolved it to as its member, if any. */
function corefAntecedent<V>(run: Run<V>, p: Phrase): Phrase | null {
  const entity = resolvedPronouns(run.doc, run.g).at.get(run.doc.tokens.start[p.start]);
  const m = entity ? run.named.get(entity) : undefined;
  if (!m) return null;
  const member: Member = {
    entity: m.entity,
    country: m.country,
    text: m.name,
    via: m.country ? "entity" : "none",
    mention: m,
  };
  return { ...p, pronoun: null, members: [member] };
}
