/**
 * The knowledge base (gazetteer): countries, places, organisations, agencies, outlets, people,
 * with German names, aliases, inflections, country, role and Wikidata id.
 *
 * The data is compiled by `npm run build:kb` (scripts/build-kb.ts) from ../shared/data/gazetteer-*
 * plus the hand-curated tables in src/kb/curated/ into data/kb/kb.de.json, and loaded once per
 * process (lazy singleton). Surface forms are stored as their tokens joined by one space, so a
 * match over the doc's token layer is a few Map lookups per token.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Doc } from "../doc/index.js";
import {
  type CandidateQuery,
  type CoreAccess,
  ExtendedLayer,
  type KbCandidate,
  type KbExtFile,
  type KbExtTables,
  type KbFacts,
  type KbHolderAt,
  type SurnameEvidence,
  type SurnameLink,
} from "./extended.js";
import { SortedTable } from "./sorted-table.js";

export type {
  CandidateQuery,
  KbCandidate,
  KbExtFile,
  KbFacts,
  KbFormKind,
  KbHolderAt,
  KbTerm,
  SurnameEvidence,
  SurnameLink,
} from "./extended.js";

export type KbKind =
  | "country"
  | "city"
  | "region"
  | "igo"
  | "agency"
  | "outlet"
  | "person"
  | "institution"
  | "party"
  | "org"
  | "other";

export type KbType = "PER" | "ORG" | "LOC" | "MISC";

export interface KbEntry {
  id: string;
  name: string;
  type: KbType;
  kind: KbKind;
  /** ISO 3166-1 alpha-3 */
  country: string | null;
  wikidata: string | null;
  aliases: readonly string[];
  role?: string;
  ownership?: "state" | "public" | "private";
  /** Main role code for office holders: president, head_of_state, prime_minister, foreign_minister, … */
  roleCode?: string;
  /** All role codes of the person (e.g. president, head_of_state). */
  roleCodes?: readonly string[];
  /** Year from which the person holds the office (office holders only). */
  since?: number;
  /** The name is also a German common word ("Lage", "Essen"): needs context to count as a place. */
  ambiguous?: boolean;
  /** Population (places), used to rank same-name candidates. */
  population?: number;
  /** Anaphoric heads of a country's long form ("Volksrepublik", "Bundesrepublik"). */
  heads?: readonly string[];
  /** Surnames / short forms that refer to this person once introduced ("Putin", "Kim"). */
  short?: readonly string[];
}

export interface KbMatch {
  entry: KbEntry;
  /** token indices, end exclusive */
  start: number;
  end: number;
  form: "name" | "alias" | "adjective" | "descriptor";
}

/** A role noun ("Präsident", "Kremlchef", "US-Präsident") as the KB describes it. */
export interface RoleNoun {
  /** Role codes this noun can denote (e.g. Staatschef → head_of_state, leader). */
  roles: readonly string[];
  /** Country implied by the noun itself ("Kremlchef" → RUS, "Bundeskanzler" → DEU), if any. */
  country: string | null;
  /** Organisation implied by the noun ("Nato-Generalsekretär" → igo), if any: a KB id. */
  org: string | null;
  /** True if the noun alone names one office (Kremlchef), false if it needs a qualifier (Präsident). */
  specific: boolean;
  /** Grammatical number of this form. */
  plural: boolean;
}

export interface Kb {
  byId(id: string): KbEntry | undefined;
  /** Entries whose name/alias/inflected form equals the surface string exactly. */
  lookup(surface: string): readonly KbEntry[];
  /** Country of a country adjective/demonym in any inflection: "nordkoreanischen" → PRK entry, "Russen" → RUS. */
  countryOfAdjective(form: string): KbEntry | undefined;
  /**
   * Longest multi-token matches starting at token i of the doc (names, aliases, inflections, role nouns like
   * "Kremlchef"). `words`: the doc's token texts (tokenView(doc).text); with them, the answers are kept for the
   * next calls with the same doc and array.
   */
  matchAt(doc: Doc, i: number, words?: readonly string[]): readonly KbMatch[];
  country(iso3: string): KbEntry | undefined;
  /** Whether a country form is a demonym (noun: "Russen") rather than an adjective. */
  isDemonym(form: string): boolean;
  /** A role noun in any singular/plural form ("Präsidenten", "Kremlchefs"). */
  roleNoun(form: string): RoleNoun | undefined;
  /** The current (2025) holder of an office: country or org id + role code. */
  officeHolder(scope: string, roleCode: string): KbEntry | undefined;
  /** The holder of the office a role noun names, in `scope` (ISO3 or KB id) or the noun's own scope. */
  holderFor(role: RoleNoun, scope?: string): KbEntry | undefined;
  /** Persons whose short form (surname) is `surface`. */
  bySurname(surface: string): readonly KbEntry[];
  /** Countries whose long form has this anaphoric head ("Volksrepublik" → CHN, PRK …). */
  headCountries(head: string): readonly string[];
  /** True if some anaphoric head starts with this word (cheap pre-check for headCountries). */
  isHeadStart(word: string): boolean;
  /** Country code for a compound prefix ("US" in "US-Präsident", "EU", "Nato"): ISO3 or KB id. */
  prefixScope(prefix: string): string | undefined;
  /** Number of entries per kind. */
  counts(): Readonly<Record<string, number>>;

  // ---- extended KB (issue 18): loaded on first use of one of these methods ----

  /**
   * Every entity a surface may name, from the core and the extended KB (office holders, legislators, parties,
   * organisations, newspapers), with German name forms, diacritic-free and short forms; a genitive -s is tried
   * when nothing matches. Ranked: `query.country` first, then notability prior, then form. Nothing is decided:
   * the caller weighs the candidates with evidence from the text.
   */
  candidates(surface: string, query?: CandidateQuery): readonly KbCandidate[];
  /** An entity by KB id from either layer (core entries enriched with what the extended KB knows). */
  entity(id: string): KbEntry | undefined;
  /** An entity by Wikidata id. */
  byWikidata(qid: string): KbEntry | undefined;
  /** Offices held (with dates), party membership, birth year, prior and sources of an entity. */
  facts(id: string): KbFacts | undefined;
  /**
   * The holder of an office (scope: ISO3, KB id of an organisation or place; role code as in role-nouns.tsv) on a
   * date (ISO 8601). Without a date: `{status: "no-date"}` — never today's holder.
   */
  holderAt(scope: string, roleCode: string, date: string | null | undefined): KbHolderAt;
  /** holderAt for the office a role noun names, in `scope` or the noun's own scope; first role code found wins. */
  holderForAt(role: RoleNoun, date: string | null | undefined, scope?: string): KbHolderAt;
  /**
   * A role noun read in a country: "Bundeskanzler" in AUT → the Austrian chancellor, in CHE → the head of the
   * Federal Chancellery, in FRA → undefined (no such office). Nouns without country-specific offices keep their
   * meaning (their own country, e.g. Kremlchef → RUS, else `scope`).
   */
  roleNounIn(form: string, scope: string): RoleNoun | undefined;
  /** The countries where a role noun names an office of its own ("Bundespräsident" → DEU, AUT, CHE). */
  roleNounScopes(form: string): readonly string[];
  /** All persons with this surname (any number: the caller needs evidence to pick one). */
  personsBySurname(surface: string): readonly KbCandidate[];
  /** True if the surname is also a German word ("Kurz", "Fischer"): needs more care in running text. */
  isCommonSurname(surface: string): boolean;
  /**
   * A surname linked only on evidence: a full name of that person linked earlier in the document, or the one
   * person with that surname who held an office in the article's countries on the publication date (with
   * `roles`, one of those offices). Otherwise null — never by the surname alone.
   */
  resolveSurname(surface: string, evidence: SurnameEvidence): SurnameLink | null;
  /** Records per kind in the extended KB (empty when its files are absent). */
  extendedCounts(): Readonly<Record<string, number>>;
}

/** The shared empty result of matchAt (callers only read it). */
const NO_MATCHES: readonly KbMatch[] = Object.freeze([]);

/** Form codes in the compiled file. */
const FORM_NAMES = ["name", "alias", "adjective", "descriptor"] as const;

/**
 * The compiled file layout (see scripts/build-kb.ts). The two big tables are tab-separated text
 * blocks inside the JSON (parsing a few long strings is much faster than 150,000 JSON objects);
 * entries are decoded on first access.
 */
export interface KbFile {
  _source: string;
  version: number;
  /** One line per entry: id, name, type, kind, country, wikidata, aliases (|), role, ownership,
   * role codes (|), ambiguous (1|""), population, heads (|), short (|), since */
  entries: string;
  /** One line per surface form, sorted by key: key (tokens joined by " ") TAB "ix:form,ix:form" ranked best first */
  forms: string;
  /** Sorted lines "first token TAB max tokens" for first tokens of multi-token forms */
  firstMax: string;
  /** adjective/demonym form → ISO3 (lower-case adjective keys; demonyms keep their case) */
  adjectives: Record<string, string>;
  demonyms: string[];
  /** role noun form → RoleNoun */
  roles: Record<string, RoleNoun>;
  /** "<scope>|<roleCode>" → entry index */
  holders: Record<string, number>;
  /** surname → entry indices */
  surnames: Record<string, number[]>;
  /** head → ISO3[] */
  heads: Record<string, string[]>;
  /** compound prefix → scope */
  prefixes: Record<string, string>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** data/kb/kb.de.json, from src/kb or dist/src/kb. */
export function kbDataPath(): string {
  let dir = here;
  for (let k = 0; k < 5; k++) {
    const p = join(dir, "data", "kb", "kb.de.json");
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return join(here, "..", "..", "data", "kb", "kb.de.json");
}

const DIRECTION = /^(?:nord|süd|ost|west|nordost|nordwest|südost|südwest|zentral|mittel)-?(?=\p{L}{4})/u;
/** First letters of the compass prefixes (n, s, o, w, z, m). */
const DIRECTION_START = new Set([110, 115, 111, 119, 122, 109]);
const OWNERSHIP = new Set(["state", "public", "private"]);

function decodeEntry(line: string): KbEntry {
  const f = line.split("\t");
  const e: KbEntry = {
    id: f[0],
    name: f[1],
    type: f[2] as KbType,
    kind: f[3] as KbKind,
    country: f[4] || null,
    wikidata: f[5] || null,
    aliases: f[6] ? f[6].split("|") : [],
  };
  if (f[7]) e.role = f[7];
  if (f[8] && OWNERSHIP.has(f[8])) e.ownership = f[8] as "state" | "public" | "private";
  if (f[9]) {
    e.roleCodes = f[9].split("|");
    e.roleCode = e.roleCodes[0];
  }
  if (f[14]) e.since = Number(f[14]);
  if (f[10] === "1") e.ambiguous = true;
  if (f[11]) e.population = Number(f[11]);
  if (f[12]) e.heads = f[12].split("|");
  if (f[13]) e.short = f[13].split("|");
  return e;
}

/** The extended layer's files next to kb.de.json, or null when absent. */
function loadExtended(dir: string, core: CoreAccess): ExtendedLayer | null {
  const p = join(dir, "kb.de.ext.json");
  if (!existsSync(p)) return null;
  const file = JSON.parse(readFileSync(p, "utf8")) as KbExtFile;
  const read = (part: string): Buffer => {
    const f = join(dir, `kb.de.ext.${part}.tsv`);
    return existsSync(f) ? readFileSync(f) : Buffer.alloc(0);
  };
  const tables: KbExtTables = {
    entries: read("entries"),
    forms: read("forms"),
    surnames: read("surnames"),
    offices: read("offices"),
  };
  const layer = new ExtendedLayer(file, tables, core);
  return layer.usable ? layer : null;
}

const NO_HOLDER: KbHolderAt = { status: "unknown-office" };

class KbImpl implements Kb {
  private readonly lines: string[];
  private readonly decoded: (KbEntry | undefined)[];
  private ids: Map<string, number> | undefined;
  /** surface → raw "ix:f,ix:f" */
  private readonly forms: SortedTable;
  /** first token of a multi-token form → max number of tokens of any form starting with it */
  private readonly firstMax: SortedTable;
  private readonly adjectives: Map<string, string>;
  private readonly demonyms: Set<string>;
  private readonly roles: Map<string, RoleNoun>;
  private readonly holders: Map<string, number>;
  private readonly surnames: Map<string, number[]>;
  private readonly heads: Map<string, string[]>;
  private readonly prefixes: Map<string, string>;
  private readonly countries = new Map<string, number>();
  private headFirst: Set<string> | undefined;

  private ext: ExtendedLayer | null | undefined;
  /** matchAt answers for the token words of one document (the last one asked about) */
  private atDoc: Doc | undefined;
  private atWords: readonly string[] | undefined;
  private at: (readonly KbMatch[] | undefined)[] = [];

  constructor(
    file: KbFile,
    private readonly extDir: string | null = null,
  ) {
    this.lines = file.entries ? file.entries.split("\n") : [];
    this.decoded = new Array(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.startsWith("country:")) this.countries.set(l.slice(8, l.indexOf("\t")), i);
    }
    this.forms = new SortedTable(file.forms);
    this.firstMax = new SortedTable(file.firstMax ?? "");
    this.adjectives = new Map(Object.entries(file.adjectives));
    this.demonyms = new Set(file.demonyms);
    this.roles = new Map(Object.entries(file.roles));
    this.holders = new Map(Object.entries(file.holders));
    this.surnames = new Map(Object.entries(file.surnames));
    this.heads = new Map(Object.entries(file.heads));
    this.prefixes = new Map(Object.entries(file.prefixes));
  }

  private entry(ix: number): KbEntry {
    let e = this.decoded[ix];
    if (!e) {
      e = decodeEntry(this.lines[ix]);
      this.decoded[ix] = e;
    }
    return e;
  }

  private hits(raw: string): [KbEntry, number][] {
    const out: [KbEntry, number][] = [];
    for (const part of raw.split(",")) {
      const c = part.indexOf(":");
      out.push([this.entry(Number(part.slice(0, c))), Number(part.slice(c + 1))]);
    }
    return out;
  }

  byId(id: string): KbEntry | undefined {
    if (!this.ids) {
      this.ids = new Map();
      for (let i = 0; i < this.lines.length; i++) this.ids.set(this.lines[i].slice(0, this.lines[i].indexOf("\t")), i);
    }
    const ix = this.ids.get(id);
    return ix === undefined ? undefined : this.entry(ix);
  }

  lookup(surface: string): readonly KbEntry[] {
    const raw = this.forms.get(surface);
    return raw ? this.hits(raw).map(([e]) => e) : [];
  }

  countryOfAdjective(form: string): KbEntry | undefined {
    let iso = this.adjectives.get(form);
    if (iso === undefined) {
      const c = form.charCodeAt(0);
      const lower =
        c >= 65 && c <= 90 ? form.toLowerCase() : c === 196 || c === 214 || c === 220 ? form.toLowerCase() : form;
      if (lower !== form) iso = this.adjectives.get(lower);
      // "westrussischen", "ostukrainische": a compass prefix before a country adjective
      if (iso === undefined && lower.length > 9 && DIRECTION_START.has(lower.charCodeAt(0))) {
        const m = DIRECTION.exec(lower);
        if (m) iso = this.adjectives.get(lower.slice(m[0].length));
      }
    }
    return iso ? this.country(iso) : undefined;
  }

  isDemonym(form: string): boolean {
    return this.demonyms.has(form);
  }

  matchAt(doc: Doc, i: number, words?: readonly string[]): readonly KbMatch[] {
    if (!words) return this.matchAtUncached(doc, i, words);
    // the tagger's gazetteer and the linker ask for the same tokens of a document
    if (words !== this.atWords || doc !== this.atDoc) {
      this.atDoc = doc;
      this.atWords = words;
      this.at = new Array(words.length);
    }
    let hit = this.at[i];
    if (hit === undefined) {
      hit = this.matchAtUncached(doc, i, words);
      this.at[i] = hit;
    }
    return hit;
  }

  private matchAtUncached(doc: Doc, i: number, words?: readonly string[]): readonly KbMatch[] {
    const toks = doc.tokens;
    if (i >= toks.count) return NO_MATCHES;
    const first = words ? words[i] : doc.tokenText(i);
    const mx = this.firstMax.get(first);
    const max = mx === undefined ? (this.forms.get(first) === undefined ? 0 : 1) : Number(mx);
    if (max > 0) {
      const sent = toks.sent[i];
      let limit = i + max;
      if (limit > toks.count) limit = toks.count;
      for (let j = i + 1; j < limit; j++) {
        if (toks.sent[j] !== sent) {
          limit = j;
          break;
        }
      }
      // the longest candidate key once; shorter ones are its prefixes (no quadratic re-joining)
      let key = first;
      const ends = limit - i > 1 ? new Int32Array(limit - i) : null;
      if (ends) {
        ends[0] = first.length;
        for (let j = i + 1; j < limit; j++) {
          key += ` ${words ? words[j] : doc.tokenText(j)}`;
          ends[j - i] = key.length;
        }
      }
      for (let end = limit; end > i; end--) {
        const k = end === limit || !ends ? key : key.slice(0, ends[end - i - 1]);
        const raw = this.forms.get(k);
        if (raw) {
          return this.hits(raw).map(([entry, f]) => ({ entry, start: i, end, form: FORM_NAMES[f] ?? "alias" }));
        }
      }
    }
    const role = this.roles.get(first);
    if (role?.specific && !role.plural) {
      const holder = this.holderFor(role);
      if (holder) return [{ entry: holder, start: i, end: i + 1, form: "descriptor" }];
    }
    return NO_MATCHES;
  }

  /** The office holder a role noun points to on its own (scope from the noun). */
  holderFor(role: RoleNoun, scope?: string): KbEntry | undefined {
    const s = scope ?? role.org ?? role.country;
    if (!s) return undefined;
    for (const r of role.roles) {
      const h = this.officeHolder(s, r);
      if (h) return h;
    }
    return undefined;
  }

  country(iso3: string): KbEntry | undefined {
    const ix = this.countries.get(iso3);
    return ix === undefined ? undefined : this.entry(ix);
  }

  roleNoun(form: string): RoleNoun | undefined {
    return this.roles.get(form);
  }

  officeHolder(scope: string, roleCode: string): KbEntry | undefined {
    const ix = this.holders.get(`${scope}|${roleCode}`);
    return ix === undefined ? undefined : this.entry(ix);
  }

  bySurname(surface: string): readonly KbEntry[] {
    const ixs = this.surnames.get(surface);
    return ixs ? ixs.map((ix) => this.entry(ix)) : [];
  }

  headCountries(head: string): readonly string[] {
    return this.heads.get(head) ?? [];
  }

  isHeadStart(word: string): boolean {
    if (!this.headFirst) this.headFirst = new Set([...this.heads.keys()].map((k) => k.split(" ")[0]));
    return this.headFirst.has(word);
  }

  prefixScope(prefix: string): string | undefined {
    return this.prefixes.get(prefix);
  }

  counts(): Readonly<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const l of this.lines) {
      const f = l.split("\t", 4);
      out[f[3]] = (out[f[3]] ?? 0) + 1;
    }
    return out;
  }

  // ---- extended KB ----

  private extended(): ExtendedLayer | null {
    if (this.ext === undefined) {
      const core: CoreAccess = {
        count: this.lines.length,
        entryAt: (ix) => this.entry(ix),
        formsOf: (surface) => {
          const raw = this.forms.get(surface);
          if (!raw) return [];
          return raw.split(",").map((part) => {
            const c = part.indexOf(":");
            return [Number(part.slice(0, c)), Number(part.slice(c + 1))] as const;
          });
        },
        byId: (id) => this.byId(id),
        roleNoun: (form) => this.roleNoun(form),
      };
      this.ext = this.extDir ? loadExtended(this.extDir, core) : null;
    }
    return this.ext;
  }

  candidates(surface: string, query?: CandidateQuery): readonly KbCandidate[] {
    const x = this.extended();
    if (x) return x.candidates(surface, query);
    // without the extended layer: the core's entries
    return this.lookup(surface)
      .filter((e) => (!query?.types || query.types.includes(e.type)) && (!query?.kinds || query.kinds.includes(e.kind)))
      .map((entry) => ({ entry, form: "name" as const, prior: 50, layer: "core" as const }));
  }

  entity(id: string): KbEntry | undefined {
    return this.extended()?.entity(id) ?? this.byId(id);
  }

  byWikidata(qid: string): KbEntry | undefined {
    return this.extended()?.byWikidata(qid);
  }

  facts(id: string): KbFacts | undefined {
    return this.extended()?.facts(id);
  }

  holderAt(scope: string, roleCode: string, date: string | null | undefined): KbHolderAt {
    const x = this.extended();
    if (!date) return { status: "no-date" };
    return x ? x.holderAt(scope, roleCode, date) : NO_HOLDER;
  }

  holderForAt(role: RoleNoun, date: string | null | undefined, scope?: string): KbHolderAt {
    const s = scope ?? role.org ?? role.country;
    if (!date) return { status: "no-date" };
    if (!s) return NO_HOLDER;
    let best: KbHolderAt = NO_HOLDER;
    for (const r of role.roles) {
      const h = this.holderAt(s, r, date);
      if (h.status === "found") return h;
      if (best.status === "unknown-office") best = h;
    }
    return best;
  }

  roleNounIn(form: string, scope: string): RoleNoun | undefined {
    const x = this.extended();
    if (x) return x.roleNounIn(form, scope);
    const r = this.roleNoun(form);
    return r ? { ...r, country: r.country ?? scope } : undefined;
  }

  roleNounScopes(form: string): readonly string[] {
    return this.extended()?.roleNounScopes(form) ?? [];
  }

  personsBySurname(surface: string): readonly KbCandidate[] {
    return this.extended()?.personsBySurname(surface) ?? [];
  }

  isCommonSurname(surface: string): boolean {
    return this.extended()?.isCommonSurname(surface) ?? false;
  }

  resolveSurname(surface: string, evidence: SurnameEvidence): SurnameLink | null {
    return this.extended()?.resolveSurname(surface, evidence) ?? null;
  }

  extendedCounts(): Readonly<Record<string, number>> {
    return this.extended()?.counts() ?? {};
  }
}

/** An empty file, used when the compiled KB is missing (stage then warns). */
export function emptyKbFile(): KbFile {
  return {
    _source: "empty",
    version: 1,
    entries: "",
    forms: "",
    firstMax: "",
    adjectives: {},
    demonyms: [],
    roles: {},
    holders: {},
    surnames: {},
    heads: {},
    prefixes: {},
  };
}

/** Builds a Kb from an in-memory compiled file (tests, tools); `extDir` holds kb.de.ext.* if wanted. */
export function kbFromFile(file: KbFile, extDir: string | null = null): Kb {
  return new KbImpl(file, extDir);
}

let singleton: Kb | undefined;
let missing = false;

/**
 * The shipped knowledge base, loaded from data/kb/kb.de.json (+ its .tsv tables) on first call and kept for
 * the process. Stages get it as `ctx.kb` (the pipeline calls this); tools outside the pipeline call it directly.
 */
export function sharedKb(): Kb {
  if (!singleton) {
    const path = kbDataPath();
    if (existsSync(path)) {
      const file = JSON.parse(readFileSync(path, "utf8")) as KbFile;
      const dir = dirname(path);
      for (const part of ["entries", "forms", "firstMax"] as const) {
        const p = join(dir, `kb.de.${part}.tsv`);
        if (!file[part] && existsSync(p)) file[part] = readFileSync(p, "utf8");
      }
      singleton = new KbImpl(file, dir);
    } else {
      missing = true;
      singleton = new KbImpl(emptyKbFile());
    }
  }
  return singleton;
}

/**
 * Whether a word is a role noun of the KB or ends in one of four letters or more ("Menschenrechtskommissar" →
 * Kommissar, "Militärsprecher" → Sprecher); the tail is looked up with a capital first letter.
 */
export function endsWithRoleNoun(word: string): boolean {
  for (let k = 0; k + 4 <= word.length; k++) {
    const tail = word.slice(k);
    if (kb().roleNoun(tail.charAt(0).toUpperCase() + tail.slice(1))) return true;
  }
  return false;
}

/** True when the compiled KB file was not found (run `npm run build:kb`). */
export function kbMissing(): boolean {
  sharedKb();
  return missing;
}

/** @deprecated stages use `ctx.kb`; kept while callers move (same as sharedKb). */
export const kb = sharedKb;
