/**
 * Collects mentions into entities while the stage walks the article: one entity per referent,
 * keyed by KB id or by a local key (type + normalised name). Knows, for the linking rules, which
 * entity was mentioned last and where.
 */
import type { Doc, Entity, EntityType, MentionForm } from "../doc/index.js";
import type { KbEntry } from "../kb/index.js";

export interface Draft {
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  wikidata: string | null;
  kb: KbEntry | null;
  role: string | null;
  /** Role codes (from the KB or from an appositive descriptor). */
  roleCodes: readonly string[];
  /** "scope|role" of the descriptors the article gave this person ("UN-Generalsekretär Ban Ki-moon"). */
  heldRoles: string[];
  ownership: "state" | "public" | "private" | null;
  /** Mentions as char offsets. */
  mentions: { start: number; end: number; form: MentionForm }[];
  /** Token index after the last mention, for recency. */
  lastToken: number;
  /** Number of tokens of the longest name mention (full names vs surnames). */
  nameTokens: number;
  /** The text fixed its type (an outlet named like a place: "der Tageszeitung Österreich"): links only to that type. */
  firmType: boolean;
  /** Its country (or that it has none: "Nordafrika") is settled: no article-country fallback. */
  countrySettled: boolean;
  /** Its name begins with a country adjective that gives its country ("das italienische Außenministerium"). */
  adjectiveCountry: boolean;
  /** Why the draft carries its KB link (for the UI), when a rule recorded it. */
  linkReason: string | null;
  /** Its position in `EntityBuilder.drafts`. */
  readonly index: number;
}

export class EntityBuilder {
  readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  /** name → the drafts of that name, in `drafts` order (kept up to date by `rename`) */
  private readonly byName = new Map<string, Draft[]>();
  /** token → draft covering it (mentions do not overlap) */
  readonly owner: Int32Array;

  /** @param normaliseName a name in its base form, for the local key ("Deutschen Bahn" → "Deutsche Bahn") */
  constructor(
    readonly doc: Doc,
    private readonly normaliseName: (name: string) => string,
  ) {
    this.owner = new Int32Array(doc.tokens.count).fill(-1);
  }

  /** The draft for a KB entry, created on first use. */
  forKb(e: KbEntry): Draft {
    const key = `kb:${e.id}`;
    let d = this.byKey.get(key);
    if (!d) {
      d = this.create(key, e.name, e.type, e.country, e.wikidata);
      d.kb = e;
      d.role = e.role ?? null;
      d.roleCodes = e.roleCodes ?? [];
      d.ownership = e.ownership ?? null;
    }
    return d;
  }

  /**
   * The draft for a name not in the KB (local key: type + name with inflected adjectives normalised, so
   * "der Deutschen Bahn" and "die Deutsche Bahn" are one entity; the uninflected form becomes the name).
   */
  forLocal(type: EntityType, name: string): Draft {
    const norm = this.normaliseName(name);
    const key = `local:${type}:${norm}`;
    const d = this.byKey.get(key);
    if (!d) return this.create(key, name, type, null, null);
    if (d.name !== name && name === norm) this.rename(d, name);
    return d;
  }

  private create(key: string, name: string, type: EntityType, country: string | null, wikidata: string | null): Draft {
    const d: Draft = {
      key,
      name,
      type,
      country,
      wikidata,
      kb: null,
      role: null,
      roleCodes: [],
      heldRoles: [],
      ownership: null,
      mentions: [],
      lastToken: -1,
      nameTokens: 0,
      firmType: false,
      countrySettled: false,
      adjectiveCountry: false,
      linkReason: null,
      index: this.drafts.length,
    };
    this.byKey.set(key, d);
    this.drafts.push(d);
    this.named(name, true).push(d);
    return d;
  }

  /** The drafts called `name`, in `drafts` order. */
  withName(name: string): readonly Draft[] {
    return this.byName.get(name) ?? [];
  }

  private named(name: string, create: boolean): Draft[] {
    let list = this.byName.get(name);
    if (!list) {
      list = [];
      if (create) this.byName.set(name, list);
    }
    return list;
  }

  /** Gives a draft another name (keeping the by-name index up to date). */
  rename(d: Draft, name: string): void {
    if (d.name === name) return;
    const old = this.named(d.name, false);
    const k = old.indexOf(d);
    if (k >= 0) old.splice(k, 1);
    d.name = name;
    const list = this.named(name, true);
    let at = list.length;
    while (at > 0 && list[at - 1].index > d.index) at--;
    list.splice(at, 0, d);
  }

  /**
   * Links a draft to a KB entry after the fact (evidence gathered over the whole article): the draft takes the
   * entry's identity, or — when another draft already stands for that entry — its mentions move there.
   * Returns the draft that now carries the entry.
   */
  link(d: Draft, e: KbEntry, reason: string): Draft {
    const key = `kb:${e.id}`;
    const other = this.byKey.get(key);
    if (other && other !== d) {
      this.absorb(d, other);
      if (!other.linkReason) other.linkReason = reason;
      if (!other.wikidata && e.wikidata) other.wikidata = e.wikidata;
      if (!other.country && e.country) other.country = e.country;
      return other;
    }
    if (this.byKey.get(d.key) === d) this.byKey.delete(d.key);
    d.key = key;
    this.byKey.set(key, d);
    d.kb = e;
    // a person keeps the spelling the article gives the full name ("Nebojsa Stefanovic"); others take the KB's name
    if (!(e.type === "PER" && d.type === "PER" && d.nameTokens >= 2)) this.rename(d, e.name);
    d.type = e.type;
    d.country = e.country ?? d.country;
    d.wikidata = e.wikidata;
    if (e.role) d.role = e.role;
    if (e.roleCodes?.length) d.roleCodes = e.roleCodes;
    if (e.ownership) d.ownership = e.ownership;
    d.linkReason = reason;
    return d;
  }

  /** True if any token of [start, end) already belongs to a mention. */
  taken(start: number, end: number): boolean {
    for (let t = start; t < end; t++) if (this.owner[t] >= 0) return true;
    return false;
  }

  /**
   * Adds a mention over tokens [start, end). `charStart`/`charEnd` narrow it inside a token
   * (compound prefixes such as "Reuters" in "Reuters-Bericht").
   */
  mention(d: Draft, start: number, end: number, form: MentionForm, charStart?: number, charEnd?: number): void {
    const toks = this.doc.tokens;
    const s = charStart ?? toks.start[start];
    const e = charEnd ?? toks.end[end - 1];
    d.mentions.push({ start: s, end: e, form });
    for (let t = start; t < end; t++) this.owner[t] = d.index;
    if (end > d.lastToken) d.lastToken = end;
    if ((form === "name" || form === "alias") && end - start > d.nameTokens) d.nameTokens = end - start;
  }

  /** Moves every mention of `from` to `into` (a surname mention before the full name, found later). */
  absorb(from: Draft, into: Draft): void {
    const doc = this.doc;
    const ix = into.index;
    const fromIx = from.index;
    for (const m of from.mentions) {
      into.mentions.push(m);
      for (let t = doc.tokens.indexAt(m.start); t < doc.tokens.count && doc.tokens.start[t] < m.end; t++) {
        if (this.owner[t] === fromIx) this.owner[t] = ix;
      }
    }
    from.mentions = [];
  }

  /** The most recently mentioned draft that satisfies `pred` (mentions before token `before`). */
  mostRecent(pred: (d: Draft) => boolean, before: number): Draft | undefined {
    let best: Draft | undefined;
    let bestAt = -1;
    for (const d of this.drafts) {
      if (!pred(d)) continue;
      let at = -1;
      for (const m of d.mentions) {
        const t = this.doc.tokens.indexAt(m.start);
        if (t < before && t > at) at = t;
      }
      if (at > bestAt) {
        bestAt = at;
        best = d;
      }
    }
    return best;
  }

  /** Final entities, in order of first mention, with ids e1, e2, … */
  build(): Entity[] {
    const doc = this.doc;
    const live = this.drafts.filter((d) => d.mentions.length > 0);
    live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return live.map((d, k) => {
      d.mentions.sort((a, b) => a.start - b.start);
      const aliases: string[] = [];
      for (const m of d.mentions) {
        const t = doc.text.slice(m.start, m.end);
        if (t !== d.name && !aliases.includes(t)) aliases.push(t);
      }
      const ent: Entity = {
        id: `e${k + 1}`,
        name: d.name,
        type: d.type,
        country: d.country,
        wikidata: d.wikidata,
        aliases,
        mentions: d.mentions.map((m) => ({
          start: m.start,
          end: m.end,
          text: doc.text.slice(m.start, m.end),
          form: m.form,
        })),
      };
      if (d.kb) ent.kbId = d.kb.id;
      if (d.role) ent.role = d.role;
      if (d.ownership) ent.ownership = d.ownership;
      if (d.wikidata) ent.linkReason = d.linkReason ?? defaultReason(d);
      return ent;
    });
  }
}

/** Why a draft linked by the left-to-right rules carries its KB entry (they record no reason of their own). */
function defaultReason(d: Draft): string {
  const forms = new Set(d.mentions.map((m) => m.form));
  if (forms.has("name")) return "knowledge-base name";
  if (forms.has("alias")) return "knowledge-base alias";
  if (forms.has("adjective")) return "country adjective";
  if (forms.has("descriptor")) return "role descriptor";
  return "knowledge-base entry";
}
