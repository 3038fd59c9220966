/**
 * The discourse around an event: who the last sentences were about (their topic — the first participant phrase
 * without a preposition), for verbal events whose own clause names no target ("Die SPÖ hat dies als wirkungslos
 * zurückgewiesen" after "FPÖ und ÖVP haben … vorgeschlagen"; "Das ist alles rechtswidrig, sagte er" after "hat die
 * Polizei … gestürmt"); and the entity the coreference layer gave an unnamed body ("die Polizei").
 */
import { entityById } from "../doc/entity-ids.js";
import type { Doc } from "../doc/index.js";
import type { Quote } from "../doc/schema/quotes.js";
import { sentenceIndexAt, sentenceTokens } from "../doc/sentence-at.js";
import { firstStartingFrom } from "../doc/sorted.js";
import { type Affiliations, ownSide } from "./affiliation.js";
import type { ActorKind, EventGrammar, Member, Phrase } from "./grammar.js";
import { countriesIn, phraseOf, resolveMember } from "./members.js";
import { type Party, speakerMember, spokenAt, spokenIn } from "./quotes.js";

/** How many sentences back a topic is looked for. */
const REACH = 3;

/** Collective actors that are parties to a dispute (not bystanders, victims or crowds). */
const PARTY_KINDS: ReadonlySet<ActorKind> = new Set([
  "state",
  "military",
  "police",
  "court",
  "legislature",
  "opposition",
  "rebel",
  "union",
  "delegation",
]);

/** The coreference layer's resolved descriptions and roles by start (layer order kept as `k`), per layer. */
const DESCRIBED = new WeakMap<
  Doc["mentions"],
  { count: number; list: { start: number; end: number; k: number; entity: string }[] }
>();

function describedList(doc: Doc): { start: number; end: number; k: number; entity: string }[] {
  const cached = DESCRIBED.get(doc.mentions);
  if (cached && cached.count === doc.mentions.length) return cached.list;
  const list: { start: number; end: number; k: number; entity: string }[] = [];
  doc.mentions.forEach((m, k) => {
    if (m.entity && (m.kind === "description" || m.kind === "role"))
      list.push({ start: m.start, end: m.end, k, entity: m.entity });
  });
  list.sort((a, b) => a.start - b.start || a.k - b.k);
  DESCRIBED.set(doc.mentions, { count: doc.mentions.length, list });
  return list;
}

/** The entity of a coreference description or role inside tokens [s, e), or around them ("die Polizei" as a body of
 * the text). */
export function describedEntity(doc: Doc, s: number, e: number): string | null {
  if (e <= s || e > doc.tokens.count) return null;
  const cs = doc.tokens.start[s];
  const ce = doc.tokens.end[e - 1];
  const list = describedList(doc);
  // the first in layer order of those starting inside the range
  const lo = firstStartingFrom(list, cs);
  let best: { k: number; entity: string } | null = null;
  for (let i = lo; i < list.length && list[i].start < ce; i++) {
    const m = list[i];
    if (m.end <= ce && (!best || m.k < best.k)) best = m;
  }
  // else a description around the range: the phrase is its head ("Opposition" of "der zerstrittenen Opposition")
  for (let i = lo - 1; !best && i >= 0 && i >= lo - 4; i--) if (list[i].end >= ce) best = list[i];
  return best?.entity ?? null;
}

/** Whether the coreference layer made a person of the words of a phrase that names no one ("ein 30-jähriger Mann"). */
export function describedPerson(doc: Doc, p: Phrase): boolean {
  if (p.members.length > 0) return false;
  const id = describedEntity(doc, p.start, p.end);
  return id !== null && entityById(doc.entities, id)?.type === "PER";
}

/** Topics of the sentences of one document, computed when first asked for. */
export class Topics<V> {
  private readonly bySentence = new Map<number, { phrase: Phrase; all: Phrase[] } | null>();

  constructor(
    private readonly doc: Doc,
    private readonly g: EventGrammar<V>,
    private readonly v: V,
    private readonly dateline: string | null,
    private readonly affiliated: Affiliations = new Map(),
  ) {}

  private topicOf(k: number): { phrase: Phrase; all: Phrase[] } | null {
    if (this.bySentence.has(k)) return this.bySentence.get(k) ?? null;
    const [s, e] = sentenceTokens(this.doc, k);
    const clauses = this.g.clauses(this.v, k, s, e);
    const all = clauses.flatMap((c) => this.g.phrases(this.v, c, c.kind === "rel"));
    // the topic is the subject of the first main clause
    const main = clauses.find((c) => c.kind === "main");
    const subject = main ? this.g.roles(this.v, this.g.phrases(this.v, main, false), null, main).actor : null;
    const party =
      subject !== null &&
      !subject.pronoun &&
      (subject.members.some((m) => isParty(m)) ||
        (subject.members.length === 0 && subject.actor !== null && PARTY_KINDS.has(subject.actor.kind)));
    let out = subject && party ? { phrase: subject, all } : null;
    if (!out) {
      // a sentence of someone's statement is about its speaker ("Man braucht ja nur durch Schattendorf zu gehen.")
      const at = this.doc.tokens.start[s];
      const q = spokenAt(this.doc, at);
      // (a description the quote layer made a speaker — "einer der Betreiber", "in einer Aussendung" — names no one)
      const sp = q ? namedSpeaker(this.doc, q) : null;
      if (sp) out = { phrase: phraseOf(sp), all };
    }
    this.bySentence.set(k, out);
    return out;
  }

  /**
   * The topic of the sentences before token `tok` (at most REACH back) that is not `self`. For a denial
   * (`claimant`) a sentence someone else is quoted with is about that speaker: "Die Unterschrift sei echt, sagte
   * der Institutschef. … Er bestritt die Existenz der Unterlagen" rejects the institute's claim.
   */
  before(tok: number, self: Member | null, claimant = false): Party | null {
    const at = this.doc.tokens.start[Math.min(tok, this.doc.tokens.count - 1)] ?? 0;
    const k0 = sentenceIndexAt(this.doc, at);
    // the one whose words report the denial is no claimant it rejects ("… habe blockiert, sagte er")
    const own = claimant ? spokenAt(this.doc, at) : null;
    for (let k = k0 - 1; k >= 0 && k >= k0 - REACH; k--) {
      const t = this.topicOf(k);
      const party = t ? this.partyOf(t, self) : null;
      if (party) return party;
      const speaker = claimant ? this.otherSpeaker(k, self, own?.speaker ?? null) : null;
      if (speaker) return speaker;
    }
    return null;
  }

  /** The party of a sentence topic that can be the other side of `self`'s statement. */
  private partyOf(t: { phrase: Phrase; all: Phrase[] }, self: Member | null): Party | null {
    const members: Member[] = t.phrase.members.length
      ? t.phrase.members
      : [{ entity: null, country: null, text: this.g.headText(t.phrase), via: "none", mention: null }];
    for (const m of members) {
      if (t.phrase.members.length && !isParty(m)) continue;
      if (self && m.entity && m.entity === self.entity) continue;
      if (self && !m.entity && self.text === m.text) continue;
      const r = resolveMember(this.g, m, t.phrase, t.all, countriesIn(t.all), this.dateline);
      if (!r) continue;
      const entity = r.entity ?? describedEntity(this.doc, t.phrase.start, t.phrase.end);
      if (self?.entity && entity === self.entity) continue;
      // a speaker's own organisation is no party to the speaker's statement ("Verdi-Chef Bsirske" – Verdi)
      if (ownSide(this.affiliated, self?.entity, entity)) continue;
      // a state is no party against its own ministers, nor they against it ("Polen" – "Sikorski")
      if (self && r.country && r.country === self.country && (isState(this.doc, m) || isState(this.doc, self)))
        continue;
      return { entity, country: r.country, text: r.text };
    }
    return null;
  }

  /** The resolved speaker of a quotation in sentence k, when it is someone other than `self` (nor of self's side). */
  private otherSpeaker(k: number, self: Member | null, reporter: string | null): Party | null {
    const sent = this.doc.sentences[k];
    const q = spokenIn(this.doc, sent.start, sent.end);
    const sp = q ? namedSpeaker(this.doc, q) : null;
    if (
      !sp?.entity ||
      sp.entity === self?.entity ||
      sp.entity === reporter ||
      ownSide(this.affiliated, self?.entity, sp.entity)
    )
      return null;
    return { entity: sp.entity, country: sp.country, text: sp.text };
  }
}

/** The speaker of a quotation when the text names it (not only by a description). */
function namedSpeaker(doc: Doc, q: Quote): Member | null {
  const sp = speakerMember(doc, q);
  const e = sp?.entity ? entityById(doc.entities, sp.entity) : undefined;
  return e?.mentions.some((m) => m.form !== "description") ? sp : null;
}

/** A named party: a person or organisation, or a country (not a city or region). */
export function isParty(m: Member): boolean {
  if (!m.entity && !m.country) return false;
  const t = m.mention?.type;
  if (t === "LOC") return m.mention?.kind === "country";
  return t !== "MISC";
}

/** Whether a member stands for a state itself (a country, or a place name used for its government). */
export function isState(doc: Doc, m: Member): boolean {
  if (m.mention) return m.mention.type === "LOC";
  const e = entityById(doc.entities, m.entity);
  return e?.type === "LOC";
}
