/**
 * The extended knowledge base (issue 18): people with their offices over time, parties, organisations and
 * newspapers from ../shared/data/kb-sources/, merged with the core KB that scripts/build-kb.ts compiles, written
 * to data/kb/kb.de.ext.* and read by src/kb/extended.ts. The core tables (kb.de.json and its .tsv files) are not
 * changed by this step: every existing `Kb` method keeps its results.
 *
 * Sources (see NOTICE): EveryPolitician scrapers' Wikidata office holders and legislators (CC0), Party Facts
 * (MIT), name-suggestion-index (BSD-3-Clause), OpenParliamentTV's Bundestag persons (Wikidata, CC0),
 * EveryPolitician Austria (CC0), Wikidata newspapers (CC0); lagebild's curated tables in src/kb/curated/
 * (position-roles.tsv, party-forms.tsv, office-terms.tsv, role-noun-scopes.tsv, institutions-by-country.tsv).
 *
 * Deterministic: sources are read in file order, maps iterate in insertion order and every output table is sorted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sortByteLines } from "../src/kb/byte-table.js";
import { corePrior, EXT_ID_PREFIX, EXT_KIND_CODE, EXT_SOURCE_CODE, type KbExtFile } from "../src/kb/extended.js";
import type { KbEntry, KbKind, KbType } from "../src/kb/index.js";
import { foldDiacritics, germanNameForms, originOf, transcribe } from "../src/lang/de/names/index.js";
import { adjectivalVariant, bar, putBest, readCsvRecords, readTsvFile } from "./kb-lib.js";

// ---------- what the core build hands over ----------

export type CoreEntryView = Pick<
  KbEntry,
  | "id"
  | "name"
  | "type"
  | "kind"
  | "country"
  | "wikidata"
  | "aliases"
  | "roleCodes"
  | "since"
  | "short"
  | "role"
  | "ambiguous"
  | "population"
>;
export interface CoreCountry {
  iso3: string;
  iso2: string;
  name: string;
  nationality?: string;
  wikiDataId?: string;
}
export interface CoreView {
  entries: readonly CoreEntryView[];
  /** surface key → core entry index → form code */
  forms: ReadonlyMap<string, ReadonlyMap<number, number>>;
  formKey(surface: string): string;
  countries: readonly CoreCountry[];
  /** A German common noun or adjective (for the "surname is also a word" flag). */
  isGermanWord(word: string): boolean;
  /** Curated persons.tsv rows: core id → holder scope and since-year (current office holders). */
  holders: ReadonlyMap<string, { scope: string; codes: readonly string[]; since: number | null }>;
}
export interface ExtendedOptions {
  shared: string;
  curated: string;
  outDir: string;
}

// ---------- records ----------

/** Form codes of kb.de.ext.forms.tsv (src/kb/extended.ts names them). */
const F_NAME = 0;
const F_ALIAS = 1;
const F_GERMAN = 2;
const F_ASCII = 3;
const F_SHORT = 4;

interface Term {
  scope: string;
  roles: string[];
  start: string;
  end: string;
  single: boolean;
  src: string;
}

interface Rec {
  id: string;
  name: string;
  type: KbType;
  kind: KbKind;
  country: string | null;
  votes: Map<string, number>;
  wikidata: string | null;
  /** surface → best (lowest) form code */
  forms: Map<string, number>;
  prior: number;
  parties: Set<string>;
  born: string;
  core: number;
  sources: Set<string>;
  terms: Term[];
  surnames: Set<string>;
  /** English label (persons from Wikidata-derived sources) */
  en: string;
  /** German label from a German source (optv-de, ep-austria), which wins as the name */
  de: string;
}

const LATIN = /^[\p{Script=Latin}\p{M}0-9'’.,&()+/\- ]+$/u;
const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
const isDate = (s: string): boolean => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);

function newRec(id: string, type: KbType, kind: KbKind, wikidata: string | null): Rec {
  return {
    id,
    name: "",
    type,
    kind,
    country: null,
    votes: new Map(),
    wikidata,
    forms: new Map(),
    prior: 0,
    parties: new Set(),
    born: "",
    core: -1,
    sources: new Set(),
    terms: [],
    surnames: new Set(),
    en: "",
    de: "",
  };
}
function addForm(r: Rec, surface: string, code: number): void {
  const s = surface.replace(/\s+/g, " ").trim();
  if (s.length < 2 || (!startsUpper(s) && code !== F_SHORT)) return;
  const prev = r.forms.get(s);
  if (prev === undefined || code < prev) r.forms.set(s, code);
  // German news writes pronounceable capitals of four letters or more in title case: NEOS → Neos, UKIP → Ukip
  if (/^\p{Lu}{4,}$/u.test(s)) addForm(r, s.charAt(0) + s.slice(1).toLowerCase(), F_SHORT);
}
function vote(r: Rec, iso3: string | null, weight = 1): void {
  if (iso3) r.votes.set(iso3, (r.votes.get(iso3) ?? 0) + weight);
}

// ---------- role classification of position labels ----------

interface PositionRule {
  re: RegExp;
  roles: string[];
  repo: RegExp | null;
  scope: string;
  single: boolean;
}
function positionRules(curated: string): PositionRule[] {
  return readTsvFile(join(curated, "position-roles.tsv")).map(([pattern, roles, repo, scope, single]) => ({
    re: new RegExp(`^(?:${pattern})$`, "i"),
    roles: bar(roles),
    repo: repo ? new RegExp(repo) : null,
    scope: scope ?? "",
    single: single === "1",
  }));
}

/** Notability prior of a role (0–100): heads of state and government highest, legislators low. */
const ROLE_PRIOR: Readonly<Record<string, number>> = {
  president: 95,
  head_of_state: 95,
  prime_minister: 95,
  head_of_government: 95,
  chancellor: 95,
  monarch: 90,
  secretary_general: 85,
  foreign_minister: 85,
  federal_councillor: 85,
  vice_president: 80,
  vice_chancellor: 80,
  defence_minister: 80,
  finance_minister: 80,
  interior_minister: 80,
  deputy_prime_minister: 75,
  speaker: 70,
  un_ga_president: 70,
  central_bank_president: 65,
  director_general: 65,
  minister: 60,
  senate_president: 60,
  governor: 55,
  mayor: 55,
  army_chief: 55,
  spokesperson: 50,
  chancellery_head: 50,
  federal_council_president: 50,
  member_of_parliament: 40,
  ambassador: 30,
  regional_legislator: 15,
};
const rolePrior = (role: string): number => ROLE_PRIOR[role] ?? (role.endsWith("_minister") ? 70 : 40);
/** Roles kept as facts of a person but not indexed as offices (many holders at once, nobody asks "who is it"). */
const UNINDEXED = new Set(["member_of_parliament", "regional_legislator", "ambassador"]);

// ---------- the compile step ----------

export function compileExtended(core: CoreView, o: ExtendedOptions): string {
  const src = (p: string): string => join(o.shared, "kb-sources", p);
  const recs = new Map<string, Rec>();
  /** Wikidata id → record key */
  const byQid = new Map<string, string>();
  const rec = (key: string, type: KbType, kind: KbKind, qid: string | null): Rec => {
    const k = qid && byQid.has(qid) ? (byQid.get(qid) as string) : key;
    let r = recs.get(k);
    if (!r) {
      r = newRec(key, type, kind, qid);
      recs.set(key, r);
      if (qid) byQid.set(qid, key);
    }
    return r;
  };

  // countries: Wikidata id, ISO2, English name and nationality → ISO3
  const qidIso = new Map<string, string>();
  const iso2 = new Map<string, string>();
  const nationality = new Map<string, string>();
  const isoSet = new Set<string>();
  for (const c of core.countries) {
    isoSet.add(c.iso3);
    if (c.wikiDataId) qidIso.set(c.wikiDataId, c.iso3);
    iso2.set(c.iso2.toLowerCase(), c.iso3);
    for (const n of (c.nationality ?? "").split(",")) {
      const t = n.trim();
      if (t && !nationality.has(t)) nationality.set(t, c.iso3);
    }
    if (!nationality.has(c.name)) nationality.set(c.name, c.iso3);
  }
  iso2.set("uk", "GBR");
  iso2.set("fx", "FRA");

  /** Core places (cities, regions) of a country by an English or German name, for "mayor of X". */
  const placeIn = (name: string, iso3: string): string | null => {
    const m = core.forms.get(core.formKey(name));
    if (!m) return null;
    for (const ix of m.keys()) {
      const e = core.entries[ix];
      if ((e.kind === "city" || e.kind === "region") && e.country === iso3) return e.id;
    }
    return null;
  };
  /** A legislature named after a first-level region of the country is regional ("Michigan House of …"). */
  const regionalLabel = new Map<string, boolean>();
  const isRegional = (label: string, iso3: string | null): boolean => {
    const k = `${iso3}|${label}`;
    let v = regionalLabel.get(k);
    if (v === undefined) {
      v =
        /\b(regional|provincial|state (senate|assembly|deputy|legislat\w*|representative)|landtag|legislative (assembly|council)|general assembly|house of (delegates|assembly)|assembly member|corts|cortes|county|municipal|city council|sami parliament|scottish parliament|northern ireland assembly|national assembly for wales|senedd|national assembly of quebec|provincial parliament)\b/i.test(
          label,
        );
      if (!v && iso3) {
        const words = label.split(/\s+/);
        for (let i = 0; i < words.length && !v; i++) {
          for (let n = 1; n <= 3 && i + n <= words.length && !v; n++) {
            const span = words.slice(i, i + n).join(" ");
            if (!startsUpper(span)) continue;
            const m = core.forms.get(core.formKey(span));
            if (m)
              for (const ix of m.keys())
                if (core.entries[ix].kind === "region" && core.entries[ix].country === iso3) v = true;
          }
        }
      }
      regionalLabel.set(k, v);
    }
    return v;
  };

  // ---------- EveryPolitician / Wikidata office holders and legislators ----------

  const eps = src("eps-officeholders");
  const repoCountry = new Map<string, string | null>();
  const repoName = (repo: string): string => repo.slice(repo.indexOf("/") + 1);
  {
    const votes = new Map<string, Map<string, number>>();
    for (const r of readCsvRecords(join(eps, "positions.csv"))) {
      const iso = qidIso.get(r.country);
      if (!iso) continue;
      let m = votes.get(r.source_repo);
      if (!m) {
        m = new Map();
        votes.set(r.source_repo, m);
      }
      m.set(iso, (m.get(iso) ?? 0) + 1);
    }
    for (const [repo, m] of votes)
      repoCountry.set(repo, [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
    // repositories without positions: the country named by the repository ("syria", "ivory-coast")
    const slug = (x: string): string =>
      foldDiacritics(x)
        .toLowerCase()
        .replace(/[^a-z]+/g, "-")
        .replace(/^-|-$/g, "");
    const byName = new Map<string, string>([
      ["ivory-coast", "CIV"],
      ["cabo-verde", "CPV"],
      ["north-korea", "PRK"],
    ]);
    for (const c of core.countries) if (!byName.has(slug(c.name))) byName.set(slug(c.name), c.iso3);
    for (const line of readFileSync(join(eps, "repos.txt"), "utf8").split("\n")) {
      const repo = line.split("\t")[0];
      if (!repo || repoCountry.has(repo)) continue;
      const iso = byName.get(repoName(repo).replace(/-(cabinet|ministers)$/, ""));
      if (iso) repoCountry.set(repo, iso);
    }
  }
  /** Sub-national governments: persons belong to the state, offices get an ISO 3166-2 scope. */
  const SUBNATIONAL: Readonly<Record<string, [string, string]>> = {
    "scotland-cabinet": ["GBR", "GBR-SCT"],
    "wales-cabinet": ["GBR", "GBR-WLS"],
    "northern-ireland-ministers": ["GBR", "GBR-NIR"],
    // territories with ISO codes of their own, whose positions name the sovereign state
    "bermuda-cabinet": ["BMU", "BMU"],
    "anguilla-cabinet": ["AIA", "AIA"],
    "aland-cabinet": ["ALA", "ALA"],
    "faroes-ministers": ["FRO", "FRO"],
    "greenland-cabinet": ["GRL", "GRL"],
    "hong-kong": ["HKG", "HKG"],
  };
  const repoScope = (repo: string): [string | null, string | null] => {
    const sub = SUBNATIONAL[repoName(repo)];
    if (sub) return sub;
    if (repoName(repo) === "world" || repoName(repo).startsWith("abkhazia")) return [null, null];
    const c = repoCountry.get(repo) ?? null;
    return [c, c];
  };
  const rules = positionRules(o.curated);
  const classify = (label: string, repo: string): PositionRule | null => {
    const name = repoName(repo);
    for (const r of rules) if (r.re.test(label) && (!r.repo || r.repo.test(name))) return r;
    return null;
  };
  /** Latest date a repository's office table mentions: open terms are known to hold until then. */
  const repoAsOf = new Map<string, string>();
  const bump = (m: Map<string, string>, k: string, d: string): void => {
    if (isDate(d) && d.length === 10 && d > (m.get(k) ?? "")) m.set(k, d);
  };
  const scopeAsOf = new Map<string, string>();
  let officeRows = 0;
  for (const r of readCsvRecords(join(eps, "officeholders.csv"))) {
    const qid = r.personID;
    if (!/^Q\d+$/.test(qid) || !r.person) continue;
    const [country, scope0] = repoScope(r.source_repo);
    bump(repoAsOf, r.source_repo, r.start);
    bump(repoAsOf, r.source_repo, r.end);
    const p = rec(`per:${qid}`, "PER", "person", qid);
    p.sources.add("eps");
    if (!p.en && LATIN.test(r.person)) p.en = r.person;
    vote(p, country, 2);
    if (r.dob && !p.born) p.born = r.dob.slice(0, 4);
    const rule = classify(r.position, r.source_repo);
    officeRows++;
    if (!rule || !scope0) continue;
    let scope = rule.scope || scope0;
    if (rule.scope === "place") {
      const m = rule.re.exec(r.position);
      const place = m?.[1] ? placeIn(m[1], scope0) : null;
      if (!place) continue;
      scope = place;
    }
    p.terms.push({
      scope,
      roles: rule.roles,
      start: isDate(r.start) ? r.start : "",
      end: isDate(r.end) ? r.end : "",
      single: rule.single,
      src: r.source_repo,
    });
  }
  for (const p of recs.values())
    for (const t of p.terms) {
      const d = repoAsOf.get(t.src);
      if (d) for (const role of t.roles) bump(scopeAsOf, `${t.scope}|${role}`, d);
    }

  let legislatorRows = 0;
  {
    /** person → scope → [min start, max end, open] */
    const spans = new Map<Rec, Map<string, [string, string, boolean, boolean]>>();
    for (const r of readCsvRecords(join(eps, "legislators.csv"))) {
      const qid = r.personID;
      if (!/^Q\d+$/.test(qid) || !r.person) continue;
      const [country] = repoScope(r.source_repo);
      if (!country) {
        // the Council of Europe assembly ("world"): a fact for people known from their own country only
        if (!byQid.has(qid)) continue;
      }
      const p = rec(`per:${qid}`, "PER", "person", qid);
      p.sources.add("eps");
      if (!p.en && LATIN.test(r.person)) p.en = r.person;
      vote(p, country, 1);
      legislatorRows++;
      if (!country) continue;
      const regional = isRegional(r.position, country);
      let m = spans.get(p);
      if (!m) {
        m = new Map();
        spans.set(p, m);
      }
      const k = `${country}|${regional ? "regional_legislator" : "member_of_parliament"}`;
      const s = m.get(k);
      const start = isDate(r.start) ? r.start : "";
      const end = isDate(r.end) ? r.end : "";
      if (!s) m.set(k, [start, end, !end, regional]);
      else {
        if (start && (!s[0] || start < s[0])) s[0] = start;
        if (end && end > s[1]) s[1] = end;
        if (!end) s[2] = true;
      }
    }
    for (const [p, m] of spans)
      for (const [k, [start, end, open]] of m) {
        const [scope, role] = k.split("|");
        p.terms.push({ scope, roles: [role], start, end: open ? "" : end, single: false, src: "eps-legislators" });
      }
  }

  // ---------- EveryPolitician Austria (Nationalrat 2013–17, German party names) ----------

  const austria = JSON.parse(readFileSync(src("ep-austria-2017/everypolitician-austria.json"), "utf8")) as {
    persons: {
      id: string;
      name: string;
      birth_date?: string;
      identifiers?: { scheme: string; identifier: string }[];
    }[];
    organizations: {
      id: string;
      name: string;
      classification: string;
      identifiers?: { scheme: string; identifier: string }[];
      other_names?: { lang?: string; name: string }[];
    }[];
    memberships: { person_id: string; on_behalf_of_id?: string; start_date?: string; end_date?: string }[];
    events: { id: string; classification: string; start_date?: string; end_date?: string }[];
  };
  const wdOf = (ids?: { scheme: string; identifier: string }[]): string | null =>
    ids?.find((i) => i.scheme === "wikidata" && /^Q\d+$/.test(i.identifier))?.identifier ?? null;
  const atParty = new Map<string, string>();
  for (const org of austria.organizations) {
    const qid = wdOf(org.identifiers);
    if (!qid) continue;
    if (org.classification === "party") {
      if (qid === "Q327591") continue; // "ohne": no party
      atParty.set(org.id, qid);
      const p = rec(`party:${qid}`, "ORG", "party", qid);
      p.sources.add("ep-austria");
      vote(p, "AUT", 5);
      addForm(p, org.name, F_SHORT);
      if (!p.de) p.de = org.name;
      for (const n of org.other_names ?? []) if (n.lang === "de") addForm(p, n.name, F_ALIAS);
    } else if (org.classification === "legislature") {
      const p = rec(`org:${qid}`, "ORG", "institution", qid);
      p.sources.add("ep-austria");
      vote(p, "AUT", 5);
      p.de = org.name;
      p.prior = 80;
    }
  }
  const term25 = austria.events.find((e) => e.id === "term/25");
  const atPersons = new Map<string, Rec>();
  for (const ap of austria.persons) {
    const qid = wdOf(ap.identifiers);
    if (!qid) continue;
    const p = rec(`per:${qid}`, "PER", "person", qid);
    p.sources.add("ep-austria");
    // "Ing. Norbert Hofer", "Mag. Dr. Maria Fekter": academic titles are not part of the name in news
    p.de = ap.name.replace(/^(?:(?:Ing|Dr|Mag|DI|Prof|Dipl\.-Ing|MMag|DDr|Mag\.a|Dr\.in|Bakk|KR)\.?\s+)+/, "");
    vote(p, "AUT", 5);
    if (ap.birth_date && !p.born) p.born = ap.birth_date.slice(0, 4);
    atPersons.set(ap.id, p);
  }
  for (const m of austria.memberships) {
    const p = atPersons.get(m.person_id);
    if (!p) continue;
    const party = m.on_behalf_of_id ? atParty.get(m.on_behalf_of_id) : undefined;
    if (party) p.parties.add(party);
    p.terms.push({
      scope: "AUT",
      roles: ["member_of_parliament"],
      start: m.start_date ?? term25?.start_date ?? "",
      end: m.end_date ?? "",
      single: false,
      src: "ep-austria",
    });
  }

  // ---------- OpenParliamentTV: Bundestag members with German labels ----------

  const optvParties = new Map<string, string>();
  for (const pa of JSON.parse(readFileSync(src("optv-de/parties.json"), "utf8")) as {
    id: string;
    label: string;
    labelAlternative?: string | string[];
  }[]) {
    if (!/^Q\d+$/.test(pa.id) || pa.label === pa.id) continue;
    optvParties.set(pa.id, pa.label);
  }
  for (const file of ["persons_DE.json", "persons_DE-BB.json"]) {
    const list = JSON.parse(readFileSync(src(`optv-de/${file}`), "utf8")) as {
      id: string;
      label: string;
      altLabel?: string | string[];
      partyID?: string | null;
      birthDate?: string;
      type: string | string[];
    }[];
    for (const x of list) {
      if (!/^Q\d+$/.test(x.id) || x.label === x.id) continue;
      const p = rec(`per:${x.id}`, "PER", "person", x.id);
      p.sources.add("optv-de");
      p.de = x.label;
      vote(p, "DEU", 5);
      if (x.birthDate && !p.born) p.born = x.birthDate.slice(0, 4);
      const alts = x.altLabel === undefined ? [] : Array.isArray(x.altLabel) ? x.altLabel : [x.altLabel];
      for (const a of alts) {
        // "Merkel, Angela", "Bundeskanzlerin Merkel": not names as written in running text
        if (a.includes(",") || a.split(" ").length < 2 || /^\p{Lu}\p{Ll}+(in|er)\s/u.test(a)) continue;
        addForm(p, a, F_ALIAS);
      }
      if (x.partyID && /^Q\d+$/.test(x.partyID)) p.parties.add(x.partyID);
      const types = Array.isArray(x.type) ? x.type : [x.type];
      if (types.includes("memberOfParliament") && file === "persons_DE.json")
        p.terms.push({
          scope: "DEU",
          roles: ["member_of_parliament"],
          start: "",
          end: "",
          single: false,
          src: "optv-de",
        });
      if (file === "persons_DE-BB.json")
        p.terms.push({
          scope: "DEU",
          roles: ["regional_legislator"],
          start: "",
          end: "",
          single: false,
          src: "optv-de",
        });
    }
  }

  // ---------- Party Facts: parties with English, short and native names ----------

  const pfCore = new Map<string, Record<string, string>>();
  for (const r of readCsvRecords(src("partyfacts/elecglob__partyfacts-core-parties.csv")))
    pfCore.set(r.partyfacts_id, r);
  const cleanNative = (s: string): string =>
    s
      .replace(/\(\s*\[\[[^\]]*\]\]\s*\)/g, "")
      .replace(/''+[^']*''+/g, "")
      .replace(/\[\[[^\]|]*\|?([^\]]*)\]\]/g, "$1")
      .replace(/&nbsp;/g, " ")
      .replace(/\s*\(.*$/, "")
      .replace(/''/g, "")
      .trim();
  let partyRows = 0;
  for (const r of readCsvRecords(src("partyfacts/wikipedia__wikidata.csv"))) {
    const qid = r.wikidata_id;
    const iso = isoSet.has(r.country) ? r.country : null;
    if (!/^Q\d+$/.test(qid) || !iso) continue;
    const p = rec(`party:${qid}`, "ORG", "party", qid);
    p.sources.add("partyfacts");
    partyRows++;
    vote(p, iso, 3);
    if (!p.en && r.name && LATIN.test(r.name)) p.en = r.name;
    if (r.name && LATIN.test(r.name)) addForm(p, r.name.replace(/\s*\([^)]*\)$/, ""), F_ALIAS);
    const native = cleanNative(r.name_native);
    if (native && LATIN.test(native)) addForm(p, native, F_ALIAS);
    const short = r.name_short.trim();
    if (short && LATIN.test(short) && /\p{Lu}/u.test(short) && short.length <= 12) addForm(p, short, F_SHORT);
    const c = pfCore.get(r.partyfacts_id);
    const share = c ? Number(c.share) || 0 : 0;
    const active = c ? !c.year_last || Number(c.year_last) >= 2000 : false;
    p.prior = Math.max(p.prior, Math.min(95, 25 + Math.round(Math.min(50, share)) + (active ? 10 : 0)));
  }
  for (const [qid, label] of optvParties) {
    const key = byQid.get(qid);
    const p = key ? recs.get(key) : undefined;
    if (p?.kind === "party" && LATIN.test(label)) addForm(p, label, F_ALIAS);
  }

  // ---------- name-suggestion-index: organisations and brands news names ----------

  const NSI_INSTITUTION = new Set(["government", "police", "courthouse", "military", "disaster_response"]);
  const NSI_KEEP = new Set([
    ...NSI_INSTITUTION,
    "union",
    "political_party",
    "association",
    "bank",
    "insurance",
    "financial",
    "money_transfer",
    "fuel",
    "telecommunication",
    "mobile_phone",
    "post_office",
    "parcel_locker",
    "energy_supplier",
    "plant",
    "generator",
    "railway",
    "train",
    "company",
  ]);
  /** Organisations news names, by their Wikidata description, whatever OSM feature they operate. */
  const NSI_DESCRIPTION =
    /\b(central bank|national bank|ministry|government agency|federal agency|police|court|parliament|trade union|political party|broadcaster|news agency|airline|university|armed forces)\b/i;
  /** Aid organisations (Red Cross, Caritas): their brands only, not local operators. */
  const NSI_NGO = new Set(["social_facility", "clinic", "hospital", "charity", "ambulance_station", "blood_donation"]);
  /** Brand categories kept only for brands of several countries or of the German-speaking ones. */
  const NSI_BRANDS = new Set([
    "supermarket",
    "department_store",
    "car",
    "electronics",
    "chemist",
    "clothes",
    "fast_food",
  ]);
  const HOME = new Set(["DEU", "AUT", "CHE"]);
  let nsiCount = 0;
  for (const r of readCsvRecords(src("nsi/nsi_entities.csv"))) {
    const qid = r.qid;
    if (!/^Q\d+$/.test(qid)) continue;
    const leaves = r.nsi_categories.split("|").map((c) => c.slice(c.lastIndexOf("/") + 1));
    const locs = r.location_include.split("|").filter(Boolean);
    const local = locs.length > 0 && locs.every((l) => l.endsWith(".geojson"));
    const countries = [
      ...new Set(locs.map((l) => iso2.get(l.replace(/-.*$/, "").replace(/\.geojson$/, ""))).filter(Boolean)),
    ] as string[];
    const global = locs.includes("001");
    const keep =
      leaves.some((l) => NSI_KEEP.has(l)) ||
      global ||
      NSI_DESCRIPTION.test(r.wd_description_en) ||
      (leaves.some((l) => NSI_NGO.has(l)) && r.nsi_categories.includes("brands/"));
    const brand =
      leaves.some((l) => NSI_BRANDS.has(l)) &&
      (locs.includes("001") || countries.length >= 3 || countries.some((c) => HOME.has(c)));
    if ((!keep && !brand) || local) continue;
    const institution = leaves.some((l) => NSI_INSTITUTION.has(l));
    // the country: the description's nationality ("German trade union", "Austrian state-owned railway company"),
    // else the only country it operates in
    const m = /^(?:the )?(?:largest |leading |former )?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\b/u.exec(
      r.wd_description_en,
    );
    const fromDesc = m ? (nationality.get(m[1]) ?? nationality.get(m[1].split(" ")[0]) ?? null) : null;
    const country = fromDesc ?? (countries.length === 1 ? countries[0] : null);
    const p = rec(`org:${qid}`, "ORG", institution ? "institution" : "org", qid);
    p.sources.add("nsi");
    vote(p, country, 2);
    if (LATIN.test(r.wd_label_en)) {
      p.en = p.en || r.wd_label_en;
      addForm(p, r.wd_label_en, F_ALIAS);
    }
    for (const n of bar(r.names)) {
      const clean = n.replace(/\s*\([^)]*\)\s*$/, "").trim();
      if (clean && LATIN.test(clean)) addForm(p, clean, /^\p{Lu}[\p{Lu}\d&.]+$/u.test(clean) ? F_SHORT : F_NAME);
    }
    // shops and restaurants of international brands rank below the institutions and companies news is about
    const base = institution
      ? 60
      : leaves.includes("union") || leaves.includes("political_party")
        ? 55
        : leaves.some((l) => NSI_KEEP.has(l)) || NSI_DESCRIPTION.test(r.wd_description_en)
          ? 45
          : 30;
    p.prior = Math.max(p.prior, Math.min(90, base + (global ? 10 : 0) + Math.min(10, countries.length)));
    nsiCount++;
  }

  // ---------- curated news forms: parties (SPÖ, Grüne, Labour, Tories …) and organisations (Verdi, VW …) ----------

  let curatedForms = 0;
  const applyForms = (file: string, kinds: ReadonlySet<KbKind>): void => {
    for (const [country, match, forms] of readTsvFile(join(o.curated, file))) {
      let hit: Rec | undefined;
      for (const p of recs.values()) {
        if (!kinds.has(p.kind) || !p.votes.has(country)) continue;
        if (p.wikidata === match || p.en === match || p.forms.has(match)) {
          hit = p;
          break;
        }
      }
      if (!hit) throw new Error(`${file}: nothing of ${country} matches "${match}"`);
      const fs = bar(forms);
      hit.de = hit.de || fs[0];
      for (const f of fs) addForm(hit, f, /^\p{Lu}[\p{Lu}\d]+$/u.test(f) ? F_SHORT : F_NAME);
      hit.prior = Math.max(hit.prior, 70);
      curatedForms++;
    }
  };
  applyForms("party-forms.tsv", new Set<KbKind>(["party"]));
  applyForms("org-forms.tsv", new Set<KbKind>(["org", "institution"]));

  // ---------- Wikidata newspapers (only those with a country) ----------

  let paperCount = 0;
  for (const r of readCsvRecords(src("wikidata-newspapers/newspapers.csv"))) {
    const qid = r.qid;
    const first = r.countries.split("|")[0];
    const iso = first ? (nationality.get(first) ?? (first === "United States of America" ? "USA" : null)) : null;
    if (!/^Q\d+$/.test(qid) || !iso || !r.label_en || !LATIN.test(r.label_en)) continue;
    const p = rec(`media:${qid}`, "ORG", "outlet", qid);
    p.sources.add("wikidata-newspapers");
    vote(p, iso, 2);
    p.en = p.en || r.label_en;
    addForm(p, r.label_en, F_NAME);
    const noArticle = r.label_en.replace(/^(The|Der|Die|Das|Le|La|El|Il) /, "");
    if (noArticle !== r.label_en && noArticle.length > 3) addForm(p, noArticle, F_ALIAS);
    p.prior = Math.max(p.prior, 30);
    paperCount++;
  }

  // ---------- curated institutions by country (Bundesrat DEU/AUT/CHE …) ----------

  for (const [id, name, aliases, kind, country, qid] of readTsvFile(join(o.curated, "institutions-by-country.tsv"))) {
    const wd = qid && /^Q\d+$/.test(qid) ? qid : null;
    // without an id: the one organisation of another source (name-suggestion-index) that has this name and country
    // ("Bundesheer": Austrian Armed Forces, Q248710) is this institution
    const same = wd
      ? []
      : [...recs.values()].filter((r) => r.type === "ORG" && r.wikidata && r.votes.has(country) && r.forms.has(name));
    const p = same.length === 1 ? same[0] : rec(`org:${id}`, "ORG", kind as KbKind, wd);
    p.kind = kind as KbKind;
    p.sources.add("curated");
    vote(p, country, 10);
    p.de = name;
    addForm(p, name, F_NAME);
    for (const a of bar(aliases)) addForm(p, a, F_ALIAS);
    p.prior = Math.max(p.prior, 80);
  }

  // ---------- merge with the core KB ----------

  const coreByQid = new Map<string, number>();
  core.entries.forEach((e, ix) => {
    if (e.wikidata && !coreByQid.has(e.wikidata)) coreByQid.set(e.wikidata, ix);
  });
  const overlayKinds = new Set<KbKind>(["person", "party", "institution", "org", "agency", "outlet", "igo"]);
  /** core index → record */
  const overlay = new Map<number, Rec>();
  const attach = (r: Rec, ix: number): void => {
    if (overlay.has(ix) || r.core >= 0) return;
    r.core = ix;
    overlay.set(ix, r);
  };
  for (const r of recs.values()) {
    if (!r.wikidata) continue;
    const ix = coreByQid.get(r.wikidata);
    if (ix === undefined) continue;
    if (overlayKinds.has(core.entries[ix].kind)) attach(r, ix);
    else r.core = -2; // a place or country the core already has (NSI flags, city operators): dropped
  }
  for (const [k, r] of [...recs]) if (r.core === -2) recs.delete(k);
  const decideCountry = (r: Rec): string | null => {
    let best: string | null = null;
    let bv = 0;
    for (const [c, v] of r.votes) if (v > bv) [best, bv] = [c, v];
    return best;
  };
  for (const r of recs.values()) r.country = decideCountry(r);
  // core entries without a Wikidata id: match by country and name (German name = transcribed English label)
  const coreKey = new Map<string, number[]>();
  const conflicts: string[] = [];
  core.entries.forEach((e, ix) => {
    if (!overlayKinds.has(e.kind)) return;
    for (const n of [e.name, ...e.aliases]) {
      const k = `${e.kind === "person" ? "P" : "O"}|${e.country ?? ""}|${n}`;
      const l = coreKey.get(k);
      if (l) l.push(ix);
      else coreKey.set(k, [ix]);
    }
  });
  for (const r of recs.values()) {
    if (r.core >= 0) continue;
    const names = new Set<string>([r.de, r.en, ...r.forms.keys()].filter(Boolean));
    if (r.kind === "person" && r.en) {
      const set = originOf(r.country);
      if (set) names.add(transcribe(r.en, set));
    }
    for (const n of names) {
      const l = coreKey.get(`${r.kind === "person" ? "P" : "O"}|${r.country ?? ""}|${n}`);
      const only = l && l.length === 1 ? l[0] : -1;
      if (only < 0 || overlay.has(only)) continue;
      const ce = core.entries[only];
      if (ce.wikidata && r.wikidata && ce.wikidata !== r.wikidata) {
        // same name and country, different Wikidata ids: reported, not merged
        conflicts.push(`${ce.id} ${ce.name} ${ce.wikidata} ≠ ${r.wikidata} (${[...r.sources].join(",")})`);
        break;
      }
      if (ce.wikidata) continue;
      attach(r, only);
      break;
    }
  }
  // every core person gets a record (surnames, current office from persons.tsv)
  core.entries.forEach((e, ix) => {
    if (e.kind !== "person" || overlay.has(ix)) return;
    const r = rec(e.id, "PER", "person", null);
    r.sources.add("curated");
    attach(r, ix);
  });

  // ---------- names, forms, surnames, priors ----------

  /** Countries whose names German writes family name first (Xi Jinping, Kim Jong-un, Lee Jae-myung). */
  const SURNAME_FIRST = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK"]);
  const SPANISH = new Set([
    "ESP",
    "MEX",
    "GTM",
    "HND",
    "SLV",
    "NIC",
    "CRI",
    "PAN",
    "CUB",
    "DOM",
    "COL",
    "VEN",
    "ECU",
    "PER",
    "BOL",
    "CHL",
    "ARG",
    "URY",
    "PRY",
  ]);
  const PARTICLES = new Set([
    "van",
    "von",
    "de",
    "da",
    "di",
    "del",
    "der",
    "den",
    "la",
    "le",
    "zu",
    "dos",
    "das",
    "du",
    "ter",
    "ten",
  ]);
  const SUFFIX = /^(Jr\.?|Sr\.?|II|III|IV|V)$/;
  const surnamesOf = (name: string, country: string | null): string[] => {
    const w = name.split(" ").filter((x) => !SUFFIX.test(x) && !x.endsWith(","));
    if (w.length < 2) return [];
    if (country && SURNAME_FIRST.has(country)) return [w[0]];
    const out = [w[w.length - 1]];
    let k = w.length - 2;
    while (k > 0 && PARTICLES.has(w[k].toLowerCase())) k--;
    if (k < w.length - 2) out.push(w.slice(k + 1).join(" "));
    if (country && SPANISH.has(country) && w.length >= 3) out.push(w[w.length - 2]);
    return out;
  };
  for (const r of recs.values()) {
    const c = r.core >= 0 ? core.entries[r.core] : null;
    if (r.kind === "person") {
      const german = r.en ? germanNameForms(r.en, r.country) : [];
      const primary = c?.name ?? r.de ?? "";
      r.name = primary || (originOf(r.country) && german[0] ? german[0] : r.en);
      if (!r.name) continue;
      addForm(r, r.name, F_NAME);
      if (r.en && r.en !== r.name) addForm(r, r.en, F_ALIAS);
      for (const g of german) addForm(r, g, g === foldDiacritics(g) && g !== german[0] ? F_ASCII : F_GERMAN);
      for (const g of germanNameForms(r.name, null)) addForm(r, g, F_ASCII);
      // "Heinz-Christian Strache" is also written "Heinz Christian Strache"
      const first = r.name.split(" ")[0];
      if (first.includes("-") && r.name.includes(" "))
        addForm(r, r.name.replace(first, first.replace(/-/g, " ")), F_ALIAS);
      const words = r.name.split(" ");
      // Spanish-speaking countries: "Otto Pérez Molina" is mostly "Otto Pérez"
      if (r.country && SPANISH.has(r.country) && words.length >= 3) addForm(r, words.slice(0, -1).join(" "), F_ALIAS);
      for (const s of surnamesOf(r.name, r.country)) r.surnames.add(s);
      for (const s of c?.short ?? []) r.surnames.add(s);
      if (r.en) for (const s of surnamesOf(r.en, r.country)) r.surnames.add(s);
      for (const s of [...r.surnames]) {
        const f = foldDiacritics(s);
        if (f !== s) r.surnames.add(f);
      }
      let prior = 0;
      const roles = new Set<string>();
      for (const t of r.terms) for (const role of t.roles) roles.add(role);
      for (const role of roles) prior = Math.max(prior, rolePrior(role));
      if (c) prior = Math.max(prior, core.holders.has(c.id) ? 95 : 80);
      const offices = [...roles].filter((x) => !UNINDEXED.has(x)).length;
      r.prior = Math.min(100, prior + Math.min(5, Math.max(0, offices - 1)));
    } else {
      // a record merged into a core entry ranks at least as the core entry would
      if (c) r.prior = Math.max(r.prior, corePrior(c));
      r.name = c?.name ?? (r.de || r.en || [...r.forms.keys()][0] || "");
      if (!r.name) continue;
      addForm(r, r.name, F_NAME);
      for (const [f, code] of [...r.forms]) {
        const a = foldDiacritics(f);
        if (a !== f) addForm(r, a, F_ASCII);
        // "Deutsche Post" is "der Deutschen Post" in a sentence
        const inflected = code <= F_ALIAS ? adjectivalVariant(f) : null;
        if (inflected) addForm(r, inflected, code);
      }
    }
  }
  for (const [k, r] of [...recs]) if (!r.name) recs.delete(k);

  // ---------- curated office terms (precise dates: Germany, Austria's states, current holders) ----------

  const byName = new Map<string, Rec[]>();
  for (const r of recs.values()) {
    if (r.kind !== "person") continue;
    for (const f of r.forms.keys()) {
      const l = byName.get(f);
      if (l) {
        if (!l.includes(r)) l.push(r);
      } else byName.set(f, [r]);
    }
  }
  let curatedTerms = 0;
  let curatedAsOf = "";
  {
    const text = readFileSync(join(o.curated, "office-terms.tsv"), "utf8");
    curatedAsOf = /as of (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? "";
    for (const [scope0, roles, person, country, start, end, qid] of readTsvFile(join(o.curated, "office-terms.tsv"))) {
      let r: Rec | undefined;
      if (qid && byQid.has(qid)) r = recs.get(byQid.get(qid) as string);
      if (!r) r = (byName.get(person) ?? []).find((x) => x.country === country);
      if (!r) {
        r = rec(
          `per:${country.toLowerCase()}-${person.toLowerCase().replace(/[^\p{L}]+/gu, "-")}`,
          "PER",
          "person",
          qid || null,
        );
        r.name = person;
        r.country = country;
        r.sources.add("curated");
        addForm(r, person, F_NAME);
        for (const g of germanNameForms(person, null)) addForm(r, g, F_ASCII);
        for (const s of surnamesOf(person, country)) r.surnames.add(s);
        byName.set(person, [...(byName.get(person) ?? []), r]);
      }
      let scope = scope0;
      if (scope.startsWith("place:")) scope = placeIn(scope.slice(6), country) ?? scope;
      r.terms.push({ scope, roles: bar(roles), start, end, single: true, src: "curated" });
      for (const role of bar(roles)) r.prior = Math.max(r.prior, rolePrior(role));
      curatedTerms++;
    }
  }

  // current holders of persons.tsv (year precision) where no source has the term
  const coreAsOf = curatedAsOf;
  for (const r of recs.values()) {
    if (r.core < 0) continue;
    const h = core.holders.get(core.entries[r.core].id);
    if (!h) continue;
    const roles: string[] = [];
    for (const code of h.codes) {
      // a source has the term open already: persons.tsv confirms it up to its date
      if (r.terms.some((t) => t.scope === h.scope && t.roles.includes(code) && !t.end))
        bump(scopeAsOf, `${h.scope}|${code}`, coreAsOf);
      else roles.push(code);
    }
    if (roles.length)
      r.terms.push({ scope: h.scope, roles, start: String(h.since ?? 2025), end: "", single: true, src: "curated" });
  }

  // ---------- offices index ----------

  const records = [...recs.values()].sort((a, b) => b.prior - a.prior || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map<Rec, number>();
  for (const [i, r] of records.entries()) index.set(r, i);
  const offices = new Map<string, { ix: number; start: string; end: string; single: boolean }[]>();
  for (const r of records)
    for (const t of r.terms)
      for (const role of t.roles) {
        if (UNINDEXED.has(role)) continue;
        const k = `${t.scope}|${role}`;
        let l = offices.get(k);
        if (!l) {
          l = [];
          offices.set(k, l);
        }
        l.push({ ix: index.get(r) as number, start: t.start, end: t.end, single: t.single });
        if (t.src === "curated") bump(scopeAsOf, k, coreAsOf);
      }
  // one person's overlapping or touching terms of one office (several sources, several cabinets) are one term:
  // the earliest start (the precise one where a source has only the year), the latest end (open wins)
  const loDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const hiDay = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  for (const [k, l] of offices) {
    const merged: typeof l = [];
    const byPerson = new Map<number, typeof l>();
    for (const x of l) byPerson.set(x.ix, [...(byPerson.get(x.ix) ?? []), x]);
    for (const terms of byPerson.values()) {
      terms.sort((a, b) =>
        loDay(a.start) < loDay(b.start) ? -1 : loDay(a.start) > loDay(b.start) ? 1 : b.start.length - a.start.length,
      );
      let cur: (typeof l)[number] | undefined;
      for (const t of terms) {
        if (cur && (!cur.end || loDay(t.start) <= hiDay(cur.end))) {
          if (cur.start.length < t.start.length && cur.start.slice(0, 4) === t.start.slice(0, 4)) cur.start = t.start;
          if (cur.end && (!t.end || hiDay(t.end) > hiDay(cur.end))) cur.end = t.end;
        } else {
          cur = { ...t };
          merged.push(cur);
        }
      }
    }
    offices.set(k, merged);
  }
  const officeLines: string[] = [];
  for (const [k, l] of offices) {
    l.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.ix - b.ix));
    // a single-holder office: an open term ends when the next holder's term starts
    for (let i = 0; i < l.length; i++) {
      if (l[i].end || !l[i].single) continue;
      const next = l.slice(i + 1).find((x) => x.ix !== l[i].ix && x.start && x.start > l[i].start);
      if (next) l[i].end = next.start;
    }
    officeLines.push(`${k}\t${scopeAsOf.get(k) ?? ""}\t${l.map((x) => `${x.ix}~${x.start}~${x.end}`).join(";")}`);
  }

  // ---------- forms and surnames ----------

  const forms = new Map<string, Map<number, number>>();
  const surnames = new Map<string, Set<number>>();
  for (const r of records) {
    const ix = index.get(r) as number;
    for (const [surface, code] of r.forms) {
      const key = core.formKey(surface);
      if (key) putBest(forms, key, ix, code);
    }
    for (const s of r.surnames) {
      const key = core.formKey(s);
      if (!key) continue;
      let set = surnames.get(key);
      if (!set) {
        set = new Set();
        surnames.set(key, set);
      }
      set.add(ix);
    }
  }
  const formLines: string[] = [];
  for (const [key, m] of forms) {
    const ranked = [...m].sort((a, b) => a[0] - b[0]); // records are sorted by prior: lower index first
    formLines.push(`${key}\t${ranked.map(([ix, f]) => `${ix}:${f}`).join(",")}`);
  }
  const surnameLines: string[] = [];
  const commonSurnames: string[] = [];
  for (const [key, set] of surnames) {
    surnameLines.push(`${key}\t${[...set].sort((a, b) => a - b).join(",")}`);
    if (core.isGermanWord(key)) commonSurnames.push(key);
  }

  // ---------- entries ----------

  const esc = (v: string): string => v.replace(/[\t\n|;~]/g, " ");
  /** role codes of terms, numbered (the file stores the numbers) */
  const roleCodes: string[] = [];
  const roleNo = new Map<string, number>();
  const roleRef = (role: string): number => {
    let n = roleNo.get(role);
    if (n === undefined) {
      n = roleCodes.length;
      roleCodes.push(role);
      roleNo.set(role, n);
    }
    return n;
  };
  const entryLines = records.map((r) => {
    const parties = [...r.parties]
      .map((q) => byQid.get(q))
      .filter((k): k is string => Boolean(k))
      .map((k) => recs.get(k))
      .map((p) => (p ? (p.core >= 0 ? core.entries[p.core].id : p.id) : ""))
      .filter(Boolean);
    const aliases = [...r.forms.keys()].filter((f) => f !== r.name).slice(0, 12);
    const terms = r.terms.map((t) => `${esc(t.scope)}~${t.roles.map(roleRef).join(",")}~${t.start}~${t.end}`);
    const c = r.core >= 0 ? core.entries[r.core] : null;
    const id = c ? c.id : r.id;
    const wikidata = c?.wikidata ?? r.wikidata ?? "";
    const kind = c ? c.kind : r.kind;
    const surnames = [...r.surnames];
    const last = r.name.includes(" ") ? r.name.slice(r.name.lastIndexOf(" ") + 1) : null;
    return [
      // derivable parts are left empty (see src/kb/extended.ts: decode)
      id === `${EXT_ID_PREFIX[kind] ?? ""}:${wikidata}` ? "" : id,
      esc(r.name),
      EXT_KIND_CODE[kind],
      (c ? c.country : null) ?? r.country ?? "",
      wikidata,
      aliases.map(esc).join("|"),
      String(r.prior),
      [...new Set(parties)].join("|"),
      r.born,
      c ? String(r.core) : "",
      [...r.sources]
        .map((x) => EXT_SOURCE_CODE[x] ?? "")
        .sort()
        .join(""),
      terms.join(";"),
      r.kind !== "person"
        ? ""
        : surnames.length === 1 && surnames[0] === last
          ? ""
          : surnames.length === 0
            ? "-"
            : surnames.map(esc).join("|"),
    ].join("\t");
  });

  // ---------- role nouns per scope ----------

  const roleNounScopes: Record<string, Record<string, string[]>> = {};
  for (const [noun, scope, roles] of readTsvFile(join(o.curated, "role-noun-scopes.tsv"))) {
    roleNounScopes[noun] ??= {};
    roleNounScopes[noun][scope] = bar(roles);
  }

  const overlayOut: Record<string, number> = {};
  for (const [ix, r] of [...overlay].sort((a, b) => a[0] - b[0])) {
    const i = index.get(r);
    if (i !== undefined) overlayOut[String(ix)] = i;
  }

  const counts: Record<string, number> = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  const file: KbExtFile = {
    _source:
      "Compiled by scripts/kb-extended.ts (npm run build:kb) from EveryPolitician/Wikidata office holders and legislators (CC0), " +
      "Party Facts (MIT), name-suggestion-index (BSD-3-Clause), OpenParliamentTV Bundestag persons (Wikidata, CC0), " +
      "EveryPolitician Austria (CC0), Wikidata newspapers (CC0) and lagebild's curated tables. See NOTICE.",
    version: 1,
    coreEntries: core.entries.length,
    roles: roleCodes,
    overlay: overlayOut,
    roleNounScopes,
    commonSurnames: commonSurnames.sort(),
    counts,
  };
  const tables: Record<string, string> = {
    entries: entryLines.join("\n"),
    forms: sortByteLines(formLines),
    surnames: sortByteLines(surnameLines),
    offices: sortByteLines(officeLines),
  };
  let bytes = 0;
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(join(o.outDir, "kb.de.ext.json"), json);
  bytes += Buffer.byteLength(json);
  for (const [part, text] of Object.entries(tables)) {
    writeFileSync(join(o.outDir, `kb.de.ext.${part}.tsv`), text);
    bytes += Buffer.byteLength(text);
  }
  return (
    `kb ext: ${(bytes / 1e6).toFixed(1)} MB: ${records.length} records ${JSON.stringify(counts)}, ${formLines.length} forms, ` +
    `${surnameLines.length} surnames, ${officeLines.length} office keys, ${overlay.size} core overlays ` +
    `(office rows ${officeRows}, legislator rows ${legislatorRows}, party rows ${partyRows}, curated form rows ${curatedForms}, ` +
    `nsi ${nsiCount}, newspapers ${paperCount}, curated terms ${curatedTerms})` +
    (conflicts.length ? `\nkb ext: Wikidata ids differing between core and sources:\n  ${conflicts.join("\n  ")}` : "")
  );
}
