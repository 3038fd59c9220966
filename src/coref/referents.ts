/**
 * The referents the resolution rules choose among: one per entity of the document (and per entity the rules
 * add), with what the text has told so far — natural or grammatical gender, roles seen with it, country, and
 * where it was last mentioned (sentence, subject or not).
 */

import { nextEntityId } from "../doc/entity-ids.js";
import type { Doc, Entity } from "../doc/index.js";
import { SpanBlocks } from "../doc/span-blocks.js";
import type { Kb } from "../kb/index.js";
import type { CorefGrammar, Gender } from "./grammar.js";

export interface Referent {
  ent: Entity;
  /** Genders it is compatible with (empty = unknown: agrees with anything of its type). */
  genders: Set<Gender>;
  /** Lower-case role and description heads seen with it ("außenminister", "sprecher", "politiker"). */
  roles: Set<string>;
  /** KB role codes of its offices ("foreign_minister"). */
  roleCodes: Set<string>;
  /** For an organisation or country: its kind ("party", "government", "company", "country", …), or null. */
  orgKind: string | null;
  /** Character start of its last mention before the current position, or -1. */
  last: number;
  lastSent: number;
  /** Sentence of its last mention as a likely subject, or -1. */
  lastSubjectSent: number;
  /** Whether its last mention was a demonstrative pronoun ("Dieser habe zugesagt"): the writer marked it as not
   * the topic. */
  lastDemonstrative: boolean;
  /** Its position in `Referents.list` (the order ties are broken by). */
  seq: number;
  /** The referent touched just before it (older) and just after it (newer) — the recency list of `Referents`. */
  older: Referent | null;
  newer: Referent | null;
}

/**
 * Sentences back a role noun, a description or a related name may reach. Longer than any news article (10kGNAD's
 * longest has 237 sentences), so no article's answer depends on it; on a book-length text it keeps each lookup
 * bounded — the text is then many discourses, and reading all of it for every phrase made the stage quadratic.
 */
export const HORIZON = 500;

/** A mention of a referent, for `overlapping`. */
interface RefMention {
  start: number;
  end: number;
  r: Referent;
}

export class Referents {
  readonly list: Referent[] = [];
  private readonly byId = new Map<string, Referent>();
  private readonly byName = new Map<string, Referent[]>();
  private readonly byKb = new Map<string, Referent>();
  private readonly byWikidata = new Map<string, Referent>();
  /** The most recently touched referent (head of the recency list). */
  private newest: Referent | null = null;
  private lastTouch = -1;
  /** The mentions of every referent, filed by blocks of the text. */
  private readonly mentions = new SpanBlocks<RefMention>();
  private readonly sentOfToken: Uint32Array;

  constructor(
    private readonly doc: Doc,
    private readonly grammar: CorefGrammar,
    private readonly kb: Kb,
  ) {
    this.sentOfToken = doc.tokens.sent;
    for (const ent of doc.entities) this.add(ent);
    for (const r of this.list) for (const m of r.ent.mentions) this.mentions.add({ start: m.start, end: m.end, r });
  }

  add(ent: Entity): Referent {
    const entry = ent.kbId ? this.kb.byId(ent.kbId) : undefined;
    const r: Referent = {
      ent,
      genders: new Set(),
      roles: new Set(),
      roleCodes: new Set(entry?.roleCodes ?? []),
      orgKind: ent.type === "PER" ? null : this.grammar.orgKind(ent, this.kb),
      last: -1,
      lastSent: -1,
      lastSubjectSent: -1,
      lastDemonstrative: false,
      seq: this.list.length,
      older: null,
      newer: null,
    };
    if (ent.type === "PER") {
      const g = this.grammar.personGender(ent, this.kb);
      if (g) r.genders.add(g);
    } else {
      for (const m of ent.mentions) {
        if (m.form !== "name" && m.form !== "alias") continue;
        const g = this.grammar.nameGender(this.doc, m.start);
        if (g) r.genders.add(g);
      }
    }
    if (ent.role) r.roles.add(ent.role.toLowerCase());
    this.list.push(r);
    this.byId.set(ent.id, r);
    const named = this.byName.get(ent.name);
    if (named) named.push(r);
    else this.byName.set(ent.name, [r]);
    if (ent.kbId && !this.byKb.has(ent.kbId)) this.byKb.set(ent.kbId, r);
    if (ent.wikidata && !this.byWikidata.has(ent.wikidata)) this.byWikidata.set(ent.wikidata, r);
    return r;
  }

  /** The referents named exactly `name`, in list order. */
  named(name: string): readonly Referent[] {
    return this.byName.get(name) ?? [];
  }

  /** The first referent (in list order) that is the KB entry `kbId` or the Wikidata item `wikidata`. */
  identical(kbId: string, wikidata: string | null): Referent | undefined {
    const a = this.byKb.get(kbId);
    const b = wikidata ? this.byWikidata.get(wikidata) : undefined;
    return a && b ? (a.seq < b.seq ? a : b) : (a ?? b);
  }

  /** The first referent (in list order) with a mention overlapping [start, end). */
  overlapping(start: number, end: number): Referent | null {
    let best: Referent | null = null;
    for (const m of this.mentions.near(start, end - 1)) {
      if (m.end > start && m.start < end && (!best || m.r.seq < best.seq)) best = m.r;
    }
    return best;
  }

  /** Adds a mention the rules found to an entity that had none. */
  firstMention(r: Referent, m: Entity["mentions"][number]): void {
    r.ent.mentions.push(m);
    this.mentions.add({ start: m.start, end: m.end, r });
  }

  /** Sentence index of a character offset. */
  sentAt(offset: number): number {
    const i = this.doc.tokens.indexAt(offset);
    return i < this.doc.tokens.count ? this.sentOfToken[i] : this.doc.sentences.length;
  }

  /** Records a mention of `r` at `start` (`demonstrative`: by "dieser", "jener"). */
  touch(r: Referent, start: number, subject: boolean, demonstrative = false): void {
    if (start < r.last) return;
    r.last = start;
    r.lastDemonstrative = demonstrative;
    r.lastSent = this.sentAt(start);
    if (subject) r.lastSubjectSent = r.lastSent;
    if (start < this.lastTouch) this.inOrder = false;
    this.lastTouch = start;
    // to the front of the recency list
    if (this.newest === r) return;
    if (r.newer) r.newer.older = r.older;
    if (r.older) r.older.newer = r.newer;
    r.older = this.newest;
    r.newer = null;
    if (this.newest) this.newest.newer = r;
    this.newest = r;
  }

  /**
   * The referent mentioned last before `before` that passes `test` — the one with the greatest `last`, the first in
   * list order among equals — reading back from the most recent, no further than HORIZON sentences before `sent`.
   */
  mostRecent(sent: number, before: number, test: (r: Referent) => boolean): Referent | null {
    let best: Referent | null = null;
    if (!this.inOrder) {
      for (const r of this.list) {
        if (r.last < 0 || r.last >= before || sent - r.lastSent > HORIZON || !test(r)) continue;
        if (!best || r.last > best.last) best = r;
      }
      return best;
    }
    for (let r = this.newest; r; r = r.older) {
      if (sent - r.lastSent > HORIZON || (best && r.last < best.last)) break;
      if (r.last >= before || !test(r)) continue;
      if (!best || r.seq < best.seq) best = r;
    }
    return best;
  }

  /** Whether the touches came in text order (then the recency list is ordered by `last`). */
  private inOrder = true;

  /**
   * The referents last mentioned in sentence `sent - window` or later, in `list` order — the same referents, in
   * the same order, as filtering `list` by `sent - r.lastSent <= window`, read off the front of the recency list
   * instead of the whole list (a pronoun or a description reaches back a few sentences: on a long text the full scan
   * made them quadratic).
   */
  recent(sent: number, window: number): Referent[] {
    if (!this.inOrder) return this.list;
    const out: Referent[] = [];
    for (let r = this.newest; r && r.lastSent >= sent - window; r = r.older) out.push(r);
    return out.sort((a, b) => a.seq - b.seq);
  }

  /** A new entity of the document (appended to doc.entities with a fresh id). */
  create(init: Omit<Entity, "id" | "mentions" | "aliases">): Referent {
    const ent: Entity = { id: nextEntityId(this.doc.entities), aliases: [], mentions: [], ...init };
    this.doc.entities.push(ent);
    return this.add(ent);
  }
}

const ONE_PERSON: ReadonlySet<Gender> = new Set(["m", "f"]);

/** The `orgKind` of a group of people the rules created ("zahlreiche Aktivisten"): no organisation of any kind a
 * generic head ("der Konzern", "die Partei") names. */
export const GROUP_KIND = "group";

/** Whether a referent's known genders allow a form's genders (unknown agrees; a person is one man or woman). */
export function agrees(r: Referent, genders: readonly Gender[]): boolean {
  if (!genders.length) return true;
  const own = r.genders.size ? r.genders : r.ent.type === "PER" ? ONE_PERSON : null;
  return own === null || genders.some((g) => own.has(g));
}
