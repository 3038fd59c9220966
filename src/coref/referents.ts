/**
 * The referents the resolution rules choose among: one per entity of the document (and per entity the rules
 * add), with what the text has told so far — natural or grammatical gender, roles seen with it, country, and
 * where it was last mentioned (sentence, subject or not).
 */
import type { Doc, Entity } from "../doc/index.js";
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
}

export class Referents {
  readonly list: Referent[] = [];
  private readonly byId = new Map<string, Referent>();
  private readonly sentOfToken: Uint32Array;

  constructor(
    private readonly doc: Doc,
    private readonly grammar: CorefGrammar,
    private readonly kb: Kb,
  ) {
    this.sentOfToken = doc.tokens.sent;
    for (const ent of doc.entities) this.add(ent);
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
    return r;
  }

  get(id: string): Referent | undefined {
    return this.byId.get(id);
  }

  /** Sentence index of a character offset. */
  sentAt(offset: number): number {
    const i = this.doc.tokens.indexAt(offset);
    return i < this.doc.tokens.count ? this.sentOfToken[i] : this.doc.sentences.length;
  }

  /** Records a mention of `r` at `start`. */
  touch(r: Referent, start: number, subject: boolean): void {
    if (start < r.last) return;
    r.last = start;
    r.lastSent = this.sentAt(start);
    if (subject) r.lastSubjectSent = r.lastSent;
    const prev = this.trail.length ? this.trail[this.trail.length - 1].sent : -1;
    if (r.lastSent < prev) this.inOrder = false;
    this.trail.push({ r, sent: r.lastSent });
  }

  /** Every touch in order, with the sentence it set (the mentions are read in text order). */
  private readonly trail: { r: Referent; sent: number }[] = [];
  private inOrder = true;
  private order: Map<Referent, number> | null = null;

  /**
   * The referents last mentioned in sentence `sent - window` or later, in `list` order — the same referents, in
   * the same order, as filtering `list` by `sent - r.lastSent <= window`, without reading the whole list (a
   * pronoun or a description reaches back a few sentences: on a long text the full scan made them quadratic).
   */
  recent(sent: number, window: number): Referent[] {
    if (!this.inOrder) return this.list;
    const seen = new Set<Referent>();
    const limit = this.trail.length - this.list.length; // past this, the whole list is the cheaper answer
    for (let k = this.trail.length - 1; k >= 0 && this.trail[k].sent >= sent - window; k--) {
      if (k < limit) return this.list;
      seen.add(this.trail[k].r);
    }
    if (this.order === null || this.order.size !== this.list.length) {
      this.order = new Map();
      for (let i = 0; i < this.list.length; i++) this.order.set(this.list[i], i);
    }
    const order = this.order;
    return [...seen].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  private ids: Set<string> | null = null;
  private idsFor = -1;

  /** A new entity of the document (appended to doc.entities with a fresh id). */
  create(init: Omit<Entity, "id" | "mentions" | "aliases">): Referent {
    // the ids in use, kept between calls (rebuilt only when others added entities): one Set per call made this quadratic
    if (!this.ids || this.idsFor !== this.doc.entities.length) this.ids = new Set(this.doc.entities.map((x) => x.id));
    const ids = this.ids;
    let k = this.doc.entities.length + 1;
    while (ids.has(`e${k}`)) k++;
    ids.add(`e${k}`);
    this.idsFor = this.doc.entities.length + 1;
    const ent: Entity = { id: `e${k}`, aliases: [], mentions: [], ...init };
    this.doc.entities.push(ent);
    return this.add(ent);
  }
}

const ONE_PERSON: ReadonlySet<Gender> = new Set(["m", "f"]);

/** Whether a referent's known genders allow a form's genders (unknown agrees; a person is one man or woman). */
export function agrees(r: Referent, genders: readonly Gender[]): boolean {
  if (!genders.length) return true;
  const own = r.genders.size ? r.genders : r.ent.type === "PER" ? ONE_PERSON : null;
  return own === null || genders.some((g) => own.has(g));
}
