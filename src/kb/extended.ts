/**
 * The extended knowledge base (issue 18): office holders over time, legislators, parties, organisations and
 * newspapers compiled by scripts/kb-extended.ts into data/kb/kb.de.ext.*, merged with the core KB. Loaded on the
 * first call of a method that needs it (candidates, holderAt, …); the core methods never touch it.
 *
 * Files: kb.de.ext.json (overlay of core entries, role codes, role nouns per scope, common-word surnames) and four
 * tables: entries (one line per record: id, name, kind, country, wikidata, aliases, prior, parties, born, core
 * index, sources, terms "scope~role numbers~start~end", surnames; an empty id is EXT_ID_PREFIX[kind]:wikidata, an
 * empty surname list the name's last word), forms (surface key → "ix:form"), surnames (key → ix list) and offices
 * ("scope|role" → as-of date and terms "ix~start~end").
 */
import { ByteLines, ByteTable } from "./byte-table.js";
import type { KbEntry, KbKind, KbType, RoleNoun } from "./index.js";

export interface KbExtFile {
  _source: string;
  version: number;
  /** Number of core entry lines this layer was compiled against (core indices in the tables refer to them). */
  coreEntries: number;
  /** role codes; terms in the entries table refer to them by number */
  roles: string[];
  /** core entry index → extended record index (the record that merges into it) */
  overlay: Record<string, number>;
  /** role-noun lemma → scope (ISO3) → role codes of the office the noun names there */
  roleNounScopes: Record<string, Record<string, string[]>>;
  /** surname keys that are also German words ("Kurz", "Fischer") */
  commonSurnames: string[];
  counts: Record<string, number>;
}

/** How a candidate's surface relates to the entity. */
export type KbFormKind =
  | "name"
  | "alias"
  /** a German transcription of a foreign name ("Sergej Lawrow" from "Sergey Lavrov") */
  | "german"
  /** the name without diacritics ("Erdogan") */
  | "ascii"
  /** a short form or abbreviation ("SPÖ", "AKP") */
  | "short"
  | "adjective"
  | "descriptor"
  /** the surface with a genitive -s removed matched ("Straches") */
  | "genitive";

export interface KbCandidate {
  entry: KbEntry;
  form: KbFormKind;
  /** Notability prior 0–100: offices held (heads of state/government highest, legislators low), party vote
   * share, organisation category; core entries by kind and population. */
  prior: number;
  /** "core": from the hand-curated/gazetteer KB (possibly enriched); "extended": only in the new sources. */
  layer: "core" | "extended";
}

export interface KbTerm {
  /** ISO3 country, ISO 3166-2 subdivision (GBR-SCT), KB id of an organisation (igo:Q1065) or place (geo:…) */
  scope: string;
  roles: readonly string[];
  /** ISO 8601 date, year-month or year; null = not known */
  start: string | null;
  /** null = open (in office as far as the sources know) */
  end: string | null;
}

export interface KbFacts {
  prior: number;
  terms: readonly KbTerm[];
  /** KB ids of parties the person is a member of (sources: Bundestag, Nationalrat 2013–17) */
  parties: readonly string[];
  born: number | null;
  sources: readonly string[];
  /** surnames usable once the person is introduced */
  surnames: readonly string[];
}

/** The holder of an office on a date, or why there is none. */
export type KbHolderAt =
  | { status: "found"; holder: KbEntry; start: string | null; end: string | null }
  /** No (valid) date given: the KB does not guess today's holder. */
  | { status: "no-date" }
  /** The KB has no data for this office in this scope. */
  | { status: "unknown-office" }
  /** Within the data's coverage nobody held it on that date (vacancy, interim, gap). */
  | { status: "none" }
  /** Several holders may have held it (overlapping or imprecise terms): not decided. */
  | { status: "ambiguous"; holders: readonly KbEntry[] }
  /** The date is after what the sources know for this office; the last known holder is given, not asserted. */
  | { status: "after-coverage"; lastKnown: KbEntry; asOf: string };

/** Evidence a surname may be linked on (see resolveSurname). */
export interface SurnameEvidence {
  /** ids of entities linked by their full name earlier in the same document */
  linked?: readonly string[];
  /** publication date (ISO 8601) */
  date?: string | null;
  /** countries of the article and sentence (ISO3) */
  countries?: readonly string[];
  /** role codes named next to the surname ("Außenminister Kurz" → foreign_minister) */
  roles?: readonly string[];
}

export interface SurnameLink {
  entry: KbEntry;
  /** why, for the UI (linkReason) */
  reason: string;
}

export interface CandidateQuery {
  types?: readonly KbType[];
  kinds?: readonly KbKind[];
  /** preferred country (ISO3): candidates of it rank first */
  country?: string | null;
}

/** What the extended layer needs from the core KB. */
export interface CoreAccess {
  count: number;
  entryAt(ix: number): KbEntry;
  /** core forms of a surface: [entry index, form code] best first */
  formsOf(surface: string): readonly (readonly [number, number])[];
  byId(id: string): KbEntry | undefined;
  roleNoun(form: string): RoleNoun | undefined;
}

/** The four tables as the bytes of their files (decoded line by line on use). */
export interface KbExtTables {
  entries: Buffer;
  forms: Buffer;
  surnames: Buffer;
  offices: Buffer;
}

/** Id prefixes of records with a Wikidata id ("per:Q7747"); the entries table leaves such ids empty. */
export const EXT_ID_PREFIX: Readonly<Partial<Record<KbKind, string>>> = {
  person: "per",
  party: "party",
  institution: "org",
  org: "org",
  outlet: "media",
};

/** One-letter codes of kinds and sources in the entries table. */
export const EXT_KIND_CODE: Readonly<Record<KbKind, string>> = {
  person: "p",
  party: "y",
  institution: "i",
  org: "o",
  outlet: "m",
  agency: "a",
  igo: "g",
  country: "c",
  city: "t",
  region: "r",
  other: "x",
};
const KIND_OF: Readonly<Record<string, KbKind>> = Object.fromEntries(
  Object.entries(EXT_KIND_CODE).map(([k, v]) => [v, k as KbKind]),
);
export const EXT_SOURCE_CODE: Readonly<Record<string, string>> = {
  eps: "e",
  "ep-austria": "a",
  "optv-de": "b",
  partyfacts: "p",
  nsi: "n",
  "wikidata-newspapers": "w",
  curated: "c",
};
const SOURCE_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(EXT_SOURCE_CODE).map(([k, v]) => [v, k]),
);

/** Column numbers of the entries table. */
const C_ID = 0;
const C_NAME = 1;
const C_KIND = 2;
const C_COUNTRY = 3;
const C_WIKIDATA = 4;
const C_ALIASES = 5;
const C_PRIOR = 6;
const C_PARTIES = 7;
const C_BORN = 8;
const C_CORE = 9;
const C_SOURCES = 10;
const C_TERMS = 11;
const C_SURNAMES = 12;

const CORE_FORMS: readonly KbFormKind[] = ["name", "alias", "adjective", "descriptor"];
const EXT_FORMS: readonly KbFormKind[] = ["name", "alias", "german", "ascii", "short"];
const FORM_RANK: Readonly<Record<KbFormKind, number>> = {
  name: 0,
  short: 1,
  alias: 2,
  german: 2,
  descriptor: 3,
  adjective: 3,
  ascii: 4,
  genitive: 5,
};
/** Offices a surname may be linked on from context alone (country + date), without a role word. */
const TOP_ROLES = new Set([
  "president",
  "head_of_state",
  "head_of_government",
  "prime_minister",
  "chancellor",
  "vice_president",
  "vice_chancellor",
  "foreign_minister",
  "defence_minister",
  "interior_minister",
  "finance_minister",
  "federal_councillor",
  "governor",
  "monarch",
  "secretary_general",
]);

/** Earliest and latest day a (possibly imprecise) date denotes, as comparable strings. */
const lo = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const hi = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Notability prior (0–100) of a core entry: by kind, and population for places. */
export function corePrior(e: Pick<KbEntry, "kind" | "role" | "ambiguous" | "population">): number {
  switch (e.kind) {
    case "country":
      return 100;
    case "person":
      return 90;
    case "igo":
    case "institution":
      return 80;
    case "agency":
    case "outlet":
    case "party":
    case "org":
      return 70;
    case "city": {
      const pop = e.population ?? 0;
      return e.role === "Hauptstadt" ? 90 : e.ambiguous ? 20 : pop >= 1_000_000 ? 80 : pop >= 100_000 ? 60 : 50;
    }
    case "region":
      return e.ambiguous ? 20 : 55;
    default:
      return 40;
  }
}

/** n of a canonical "Q<n>" (no leading zero, at most 9 digits), else -1. */
function qNumber(s: string): number {
  const len = s.length;
  if (len < 2 || len > 10 || s.charCodeAt(0) !== 81 || s.charCodeAt(1) === 48) return -1;
  let n = 0;
  for (let i = 1; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Non-negative int → int, first value kept: an open-addressing table in two typed arrays (no Map entry per key). */
class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  constructor(capacity: number) {
    let log = 4;
    while (1 << log < capacity * 2) log++;
    this.mask = (1 << log) - 1;
    this.shift = 32 - log;
    this.keys = new Int32Array(1 << log).fill(-1);
    this.values = new Int32Array(1 << log);
  }
  private slot(key: number): number {
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    return s;
  }
  /** Adds key → value unless the key is there already. */
  add(key: number, value: number): void {
    const s = this.slot(key);
    if (this.keys[s] === -1) {
      this.keys[s] = key;
      this.values[s] = value;
    }
  }
  get(key: number): number | undefined {
    const s = this.slot(key);
    return this.keys[s] === key ? this.values[s] : undefined;
  }
}

/** The layer as loaded (empty when the files are absent). */
export class ExtendedLayer {
  private readonly lines: ByteLines;
  private readonly decoded = new Map<number, KbEntry>();
  private readonly split = new Map<number, string[]>();
  /** lines by explicit id; the records without one by the number of their Wikidata id, or by its text */
  private ids: Map<string, number> | undefined;
  private qNums: IntTable | undefined;
  private otherQids: Map<string, number> | undefined;
  private qids: Map<string, KbEntry> | undefined;
  private readonly forms: ByteTable;
  private readonly surnames: ByteTable;
  private readonly offices: ByteTable;
  private readonly overlay: Map<number, number>;
  private readonly common: Set<string>;

  constructor(
    private readonly file: KbExtFile,
    tables: KbExtTables,
    private readonly core: CoreAccess,
  ) {
    this.lines = new ByteLines(tables.entries);
    this.forms = new ByteTable(tables.forms);
    this.surnames = new ByteTable(tables.surnames);
    this.offices = new ByteTable(tables.offices);
    this.overlay = new Map(Object.entries(file.overlay).map(([k, v]) => [Number(k), v]));
    this.common = new Set(file.commonSurnames);
  }

  /** Whether the layer matches the core it was compiled with (else it is not used). */
  get usable(): boolean {
    return this.lines.length > 0 && this.file.coreEntries === this.core.count;
  }

  counts(): Readonly<Record<string, number>> {
    return this.file.counts;
  }

  private fields(ix: number): string[] {
    let f = this.split.get(ix);
    if (!f) {
      f = this.lines.line(ix).split("\t");
      if (this.split.size > 20_000) this.split.clear();
      this.split.set(ix, f);
    }
    return f;
  }

  private idOf(f: readonly string[]): string {
    return f[C_ID] || `${EXT_ID_PREFIX[KIND_OF[f[C_KIND]]] ?? ""}:${f[C_WIKIDATA]}`;
  }

  private surnamesOf(f: readonly string[]): string[] {
    const s = f[C_SURNAMES];
    if (s === "-" || f[C_KIND] !== EXT_KIND_CODE.person) return [];
    if (s) return s.split("|");
    const name = f[C_NAME];
    return name.includes(" ") ? [name.slice(name.lastIndexOf(" ") + 1)] : [];
  }

  /** The merged entry of record ix: a core entry enriched by the record, or the record itself. */
  entry(ix: number): KbEntry {
    let e = this.decoded.get(ix);
    if (e) return e;
    const f = this.fields(ix);
    const aliases = f[C_ALIASES] ? f[C_ALIASES].split("|") : [];
    const surnames = this.surnamesOf(f);
    if (f[C_CORE]) {
      const base = this.core.entryAt(Number(f[C_CORE]));
      e = {
        ...base,
        country: base.country ?? (f[C_COUNTRY] || null),
        wikidata: base.wikidata ?? (f[C_WIKIDATA] || null),
        aliases: [...base.aliases, ...aliases.filter((a) => !base.aliases.includes(a) && a !== base.name)],
      };
      if (!base.short && surnames.length) e.short = surnames;
    } else {
      const kind = KIND_OF[f[C_KIND]] ?? "other";
      e = {
        id: this.idOf(f),
        name: f[C_NAME],
        type: kind === "person" ? "PER" : "ORG",
        kind,
        country: f[C_COUNTRY] || null,
        wikidata: f[C_WIKIDATA] || null,
        aliases,
      };
      if (surnames.length) e.short = surnames;
    }
    this.decoded.set(ix, e);
    return e;
  }

  private prior(ix: number): number {
    return Number(this.fields(ix)[C_PRIOR]) || 0;
  }

  private isCore(ix: number): boolean {
    return this.fields(ix)[C_CORE] !== "";
  }

  private indexOf(id: string): number | undefined {
    if (!this.ids) this.indexIds();
    const explicit = this.idAt(id);
    if (explicit !== undefined) return explicit;
    const c = id.indexOf(":");
    const k = c > 0 ? this.idAt(id.slice(c + 1)) : undefined;
    return k !== undefined && this.idOf(this.fields(k)) === id ? k : undefined;
  }

  /** The line of an explicit id or, failing that, of the first record without one whose Wikidata id is `key`. */
  private idAt(key: string): number | undefined {
    const explicit = this.ids?.get(key);
    if (explicit !== undefined) return explicit;
    const q = qNumber(key);
    return q < 0 ? this.otherQids?.get(key) : this.qNums?.get(q);
  }

  /**
   * Explicit ids (core overlays, curated records) are few; the others are prefix + Wikidata id, indexed by the
   * number of "Q<number>" read off the line's bytes (no string per line), other forms by their text.
   */
  private indexIds(): void {
    const ids = new Map<string, number>();
    const lines = this.lines;
    const qNums = new IntTable(lines.length);
    const other = new Map<string, number>();
    for (let k = 0; k < lines.length; k++) {
      if (!lines.emptyFirst(k)) {
        ids.set(lines.cells(k, 1)[0], k);
        continue;
      }
      const q = lines.qNumberCell(k, C_WIKIDATA);
      if (q >= 0) qNums.add(q, k);
      else {
        const s = lines.asciiCell(k, C_WIKIDATA);
        if (!other.has(s)) other.set(s, k);
      }
    }
    this.ids = ids;
    this.qNums = qNums;
    this.otherQids = other;
  }

  entity(id: string): KbEntry | undefined {
    const ix = this.indexOf(id);
    return ix === undefined ? this.core.byId(id) : this.entry(ix);
  }

  byWikidata(qid: string): KbEntry | undefined {
    if (!this.qids) {
      this.qids = new Map();
      for (let ix = 0; ix < this.lines.length; ix++) {
        const q = this.lines.cells(ix, C_WIKIDATA + 1)[C_WIKIDATA];
        if (q && !this.qids.has(q)) this.qids.set(q, this.entry(ix));
      }
      for (let ix = 0; ix < this.core.count; ix++) {
        const e = this.core.entryAt(ix);
        if (e.wikidata && !this.qids.has(e.wikidata)) this.qids.set(e.wikidata, e);
      }
    }
    return this.qids.get(qid);
  }

  facts(id: string): KbFacts | undefined {
    const ix = this.indexOf(id);
    return ix === undefined ? undefined : this.factsAt(ix);
  }

  private factsAt(ix: number): KbFacts {
    const f = this.fields(ix);
    const terms: KbTerm[] = [];
    for (const t of f[C_TERMS] ? f[C_TERMS].split(";") : []) {
      const [scope, roles, start, end] = t.split("~");
      terms.push({
        scope,
        roles: roles.split(",").map((n) => this.file.roles[Number(n)]),
        start: start || null,
        end: end || null,
      });
    }
    return {
      prior: Number(f[C_PRIOR]) || 0,
      terms,
      parties: f[C_PARTIES] ? f[C_PARTIES].split("|") : [],
      born: f[C_BORN] ? Number(f[C_BORN]) : null,
      sources: [...f[C_SOURCES]].map((c) => SOURCE_OF[c] ?? c),
      surnames: this.surnamesOf(f),
    };
  }

  candidates(surface: string, q: CandidateQuery = {}): KbCandidate[] {
    let out = this.collect(surface, false);
    if (!out.length && surface.length > 3 && surface.endsWith("s")) out = this.collect(surface.slice(0, -1), true);
    if (q.types) out = out.filter((c) => q.types?.includes(c.entry.type));
    if (q.kinds) out = out.filter((c) => q.kinds?.includes(c.entry.kind));
    const country = q.country ?? null;
    return out.sort(
      (a, b) =>
        Number(b.entry.country === country && country !== null) -
          Number(a.entry.country === country && country !== null) ||
        b.prior - a.prior ||
        FORM_RANK[a.form] - FORM_RANK[b.form],
    );
  }

  private collect(surface: string, genitive: boolean): KbCandidate[] {
    const byId = new Map<string, KbCandidate>();
    const put = (c: KbCandidate): void => {
      const prev = byId.get(c.entry.id);
      if (!prev || FORM_RANK[c.form] < FORM_RANK[prev.form]) byId.set(c.entry.id, c);
    };
    for (const [ix, code] of this.core.formsOf(surface)) {
      const rec = this.overlay.get(ix);
      const form = genitive ? "genitive" : (CORE_FORMS[code] ?? "alias");
      if (rec !== undefined) put({ entry: this.entry(rec), form, prior: this.prior(rec), layer: "core" });
      else {
        const entry = this.core.entryAt(ix);
        put({ entry, form, prior: corePrior(entry), layer: "core" });
      }
    }
    const raw = this.forms.get(surface);
    if (raw) {
      for (const part of raw.split(",")) {
        const c = part.indexOf(":");
        const ix = Number(part.slice(0, c));
        const form = genitive ? "genitive" : (EXT_FORMS[Number(part.slice(c + 1))] ?? "alias");
        put({ entry: this.entry(ix), form, prior: this.prior(ix), layer: this.isCore(ix) ? "core" : "extended" });
      }
    }
    return [...byId.values()];
  }

  /** Persons a surname may stand for (all of them: the caller needs evidence to pick one). */
  personsBySurname(surface: string): KbCandidate[] {
    return this.surnameHits(surface).map(([, c]) => c);
  }

  private surnameHits(surface: string): [number, KbCandidate][] {
    let raw = this.surnames.get(surface);
    let form: KbFormKind = "short";
    // "Straches", "Erdogans": the genitive of a surname
    if (!raw && surface.length > 3 && surface.endsWith("s")) {
      raw = this.surnames.get(surface.slice(0, -1));
      form = "genitive";
    }
    if (!raw) return [];
    return raw
      .split(",")
      .map(Number)
      .map((ix): [number, KbCandidate] => [
        ix,
        {
          entry: this.entry(ix),
          form,
          prior: this.prior(ix),
          layer: this.isCore(ix) ? "core" : "extended",
        },
      ])
      .sort((a, b) => b[1].prior - a[1].prior);
  }

  isCommonSurname(surface: string): boolean {
    return this.common.has(surface);
  }

  holderAt(scope: string, role: string, date: string | null | undefined): KbHolderAt {
    if (!date || !DATE.test(date)) return { status: "no-date" };
    const d = date.slice(0, 10);
    const raw = this.offices.get(`${scope}|${role}`);
    if (!raw) return { status: "unknown-office" };
    const tab = raw.indexOf("\t");
    const asOf = raw.slice(0, tab);
    const certain: number[] = [];
    const possible: number[] = [];
    let last: { ix: number; start: string } | undefined;
    for (const t of raw.slice(tab + 1).split(";")) {
      const [ixs, start, end] = t.split("~");
      const ix = Number(ixs);
      if (!last || start >= last.start) last = { ix, start };
      const startOk = start ? lo(start) <= d : true;
      // terms are half-open: the day a term ends is the first day of the next one
      const endOk = end ? d < hi(end) : true;
      if (!startOk || !endOk) continue;
      if (!possible.includes(ix)) possible.push(ix);
      const sure = start !== "" && hi(start) <= d && (end ? d < lo(end) : asOf !== "" && d <= hi(asOf));
      if (sure && !certain.includes(ix)) certain.push(ix);
    }
    if (certain.length === 1 && possible.length === 1) {
      const t = this.termOf(raw.slice(tab + 1), certain[0], d);
      return { status: "found", holder: this.entry(certain[0]), start: t?.[0] ?? null, end: t?.[1] ?? null };
    }
    if (asOf && d > hi(asOf) && last) return { status: "after-coverage", lastKnown: this.entry(last.ix), asOf };
    if (!possible.length) return { status: "none" };
    return { status: "ambiguous", holders: possible.map((ix) => this.entry(ix)) };
  }

  private termOf(terms: string, ix: number, d: string): [string | null, string | null] | undefined {
    for (const t of terms.split(";")) {
      const [ixs, start, end] = t.split("~");
      if (Number(ixs) === ix && (!start || lo(start) <= d) && (!end || d < hi(end)))
        return [start || null, end || null];
    }
    return undefined;
  }

  /** Scopes (ISO3) where a role noun names an office of its own, and the role codes there. */
  private scopesOf(form: string): Record<string, string[]> | undefined {
    const s = this.file.roleNounScopes;
    if (s[form]) return s[form];
    for (const end of ["innen", "in", "en", "es", "n", "s"]) {
      if (form.length > end.length + 3 && form.endsWith(end) && s[form.slice(0, -end.length)])
        return s[form.slice(0, -end.length)];
    }
    return undefined;
  }

  roleNounScopes(form: string): string[] {
    return Object.keys(this.scopesOf(form) ?? {});
  }

  roleNounIn(form: string, scope: string): RoleNoun | undefined {
    const base = this.core.roleNoun(form);
    const scopes = this.scopesOf(form);
    if (!scopes)
      return base ? { ...base, country: base.country && base.country !== scope ? base.country : scope } : undefined;
    const roles = scopes[scope];
    if (!roles) return undefined;
    return { roles, country: scope, org: null, specific: true, plural: base?.plural ?? form.endsWith("innen") };
  }

  resolveSurname(surface: string, ev: SurnameEvidence): SurnameLink | null {
    const hits0 = this.surnameHits(surface);
    const people = hits0.map(([, c]) => c);
    if (!people.length) return null;
    // 1. a full name linked earlier in the same document
    if (ev.linked?.length) {
      const seen = people.filter((p) => ev.linked?.includes(p.entry.id));
      if (seen.length === 1)
        return { entry: seen[0].entry, reason: `surname of ${seen[0].entry.name}, named in full earlier` };
      if (seen.length > 1) return null;
    }
    // 2. the one holder, on the publication date, of an office in the article's countries (as the offices table
    //    has it: terms closed by the next holder, nothing after the sources' coverage)
    if (!ev.date || !DATE.test(ev.date) || !ev.countries?.length) return null;
    const d = ev.date.slice(0, 10);
    const hits = new Map<string, [KbEntry, string, string]>();
    for (const [ix, p] of hits0) {
      for (const t of this.factsAt(ix).terms) {
        if (!ev.countries.includes(t.scope) && !ev.countries.includes(this.core.byId(t.scope)?.country ?? "")) continue;
        for (const role of t.roles) {
          if (ev.roles?.length ? !ev.roles.includes(role) : !TOP_ROLES.has(role)) continue;
          const h = this.holderAt(t.scope, role, d);
          if (h.status === "found" && h.holder.id === p.entry.id) hits.set(p.entry.id, [p.entry, role, t.scope]);
        }
      }
    }
    if (hits.size !== 1) return null;
    const [entry, role, scope] = [...hits.values()][0];
    return { entry, reason: `${role} of ${scope} on ${d}` };
  }
}
