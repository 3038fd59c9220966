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
  /** Role code for office holders: head_of_state, head_of_government, foreign_minister, … */
  roleCode?: string;
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
  /** Longest multi-token matches starting at token i of the doc (names, aliases, inflections, role nouns like "Kremlchef"). */
  matchAt(doc: Doc, i: number): readonly KbMatch[];
  country(iso3: string): KbEntry | undefined;
  /** Whether a country form is a demonym (noun: "Russen") rather than an adjective. */
  isDemonym(form: string): boolean;
  /** A role noun in any singular/plural form ("Präsidenten", "Kremlchefs"). */
  roleNoun(form: string): RoleNoun | undefined;
  /** The current (2025) holder of an office: country or org id + role code. */
  officeHolder(scope: string, roleCode: string): KbEntry | undefined;
  /** Persons whose short form (surname) is `surface`. */
  bySurname(surface: string): readonly KbEntry[];
  /** Countries whose long form has this anaphoric head ("Volksrepublik" → CHN, PRK …). */
  headCountries(head: string): readonly string[];
  /** Country code for a compound prefix ("US" in "US-Präsident", "EU", "Nato"): ISO3 or KB id. */
  prefixScope(prefix: string): string | undefined;
  /** Number of entries per kind. */
  counts(): Readonly<Record<string, number>>;
}

/** Form codes in the compiled file. */
const FORM_NAMES = ["name", "alias", "adjective", "descriptor"] as const;

/** The compiled file layout (see scripts/build-kb.ts). */
export interface KbFile {
  _source: string;
  version: number;
  entries: KbEntry[];
  /** surface (tokens joined by " ") → [entryIndex, formCode][] ranked best first */
  forms: Record<string, [number, number][]>;
  /** adjective/demonym form → ISO3 ; demonyms listed in `demonyms` */
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

class KbImpl implements Kb {
  private readonly entries: KbEntry[];
  private readonly ids = new Map<string, KbEntry>();
  private readonly forms: Map<string, [number, number][]>;
  /** first token of a form → max number of tokens of any form starting with it */
  private readonly firstMax = new Map<string, number>();
  private readonly adjectives: Map<string, string>;
  private readonly demonyms: Set<string>;
  private readonly roles: Map<string, RoleNoun>;
  private readonly holders: Map<string, number>;
  private readonly surnames: Map<string, number[]>;
  private readonly heads: Map<string, string[]>;
  private readonly prefixes: Map<string, string>;
  private readonly countries = new Map<string, KbEntry>();

  constructor(file: KbFile) {
    this.entries = file.entries;
    for (const e of this.entries) {
      this.ids.set(e.id, e);
      if (e.kind === "country" && e.country) this.countries.set(e.country, e);
    }
    this.forms = new Map(Object.entries(file.forms));
    for (const key of this.forms.keys()) {
      const sp = key.indexOf(" ");
      const first = sp < 0 ? key : key.slice(0, sp);
      let n = 1;
      for (let k = sp; k >= 0; k = key.indexOf(" ", k + 1)) n++;
      if ((this.firstMax.get(first) ?? 0) < n) this.firstMax.set(first, n);
    }
    this.adjectives = new Map(Object.entries(file.adjectives));
    this.demonyms = new Set(file.demonyms);
    this.roles = new Map(Object.entries(file.roles));
    this.holders = new Map(Object.entries(file.holders));
    this.surnames = new Map(Object.entries(file.surnames));
    this.heads = new Map(Object.entries(file.heads));
    this.prefixes = new Map(Object.entries(file.prefixes));
  }

  byId(id: string): KbEntry | undefined {
    return this.ids.get(id);
  }

  lookup(surface: string): readonly KbEntry[] {
    const hits = this.forms.get(surface);
    return hits ? hits.map(([ix]) => this.entries[ix]) : [];
  }

  countryOfAdjective(form: string): KbEntry | undefined {
    let iso = this.adjectives.get(form);
    if (iso === undefined && form.length > 1) {
      const c0 = form.charAt(0);
      const lower = c0.toLowerCase() + form.slice(1);
      if (lower !== form) iso = this.adjectives.get(lower);
    }
    return iso ? this.countries.get(iso) : undefined;
  }

  isDemonym(form: string): boolean {
    return this.demonyms.has(form);
  }

  matchAt(doc: Doc, i: number): readonly KbMatch[] {
    const toks = doc.tokens;
    if (i >= toks.count) return [];
    const first = doc.tokenText(i);
    const max = this.firstMax.get(first);
    if (max === undefined) return [];
    const sent = toks.sent[i];
    let limit = i + max;
    if (limit > toks.count) limit = toks.count;
    for (let j = i + 1; j < limit; j++) {
      if (toks.sent[j] !== sent) {
        limit = j;
        break;
      }
    }
    for (let end = limit; end > i; end--) {
      let key = first;
      for (let j = i + 1; j < end; j++) key += ` ${doc.tokenText(j)}`;
      const hits = this.forms.get(key);
      if (hits) {
        return hits.map(([ix, f]) => ({ entry: this.entries[ix], start: i, end, form: FORM_NAMES[f] ?? "alias" }));
      }
    }
    return [];
  }

  country(iso3: string): KbEntry | undefined {
    return this.countries.get(iso3);
  }

  roleNoun(form: string): RoleNoun | undefined {
    return this.roles.get(form);
  }

  officeHolder(scope: string, roleCode: string): KbEntry | undefined {
    const ix = this.holders.get(`${scope}|${roleCode}`);
    return ix === undefined ? undefined : this.entries[ix];
  }

  bySurname(surface: string): readonly KbEntry[] {
    const ixs = this.surnames.get(surface);
    return ixs ? ixs.map((ix) => this.entries[ix]) : [];
  }

  headCountries(head: string): readonly string[] {
    return this.heads.get(head) ?? [];
  }

  prefixScope(prefix: string): string | undefined {
    return this.prefixes.get(prefix);
  }

  counts(): Readonly<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.kind] = (out[e.kind] ?? 0) + 1;
    return out;
  }
}

/** An empty file, used when the compiled KB is missing (stage then warns). */
export function emptyKbFile(): KbFile {
  return {
    _source: "empty",
    version: 1,
    entries: [],
    forms: {},
    adjectives: {},
    demonyms: [],
    roles: {},
    holders: {},
    surnames: {},
    heads: {},
    prefixes: {},
  };
}

/** Builds a Kb from an in-memory compiled file (tests, tools). */
export function kbFromFile(file: KbFile): Kb {
  return new KbImpl(file);
}

let singleton: Kb | undefined;
let missing = false;

/** Lazy singleton: loads data/kb/kb.de.json once per process. */
export function kb(): Kb {
  if (!singleton) {
    const path = kbDataPath();
    if (existsSync(path)) {
      singleton = new KbImpl(JSON.parse(readFileSync(path, "utf8")) as KbFile);
    } else {
      missing = true;
      singleton = new KbImpl(emptyKbFile());
    }
  }
  return singleton;
}

/** True when the compiled KB file was not found (run `npm run build:kb`). */
export function kbMissing(): boolean {
  kb();
  return missing;
}
