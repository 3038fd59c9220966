/**
 * Measures the German name-form rules (src/lang/de/names) against German forms the project already has:
 * 1. src/kb/curated/persons.tsv: name (German spelling) and aliases (English and other spellings) of office holders.
 *    Transcription pairs: persons of a country with a rule set, each alias with as many words as the name and
 *    written differently → does the rule set turn the alias into the name?
 *    Diacritic-free pairs: an alias that is the name without its diacritics → is it among the name's variants?
 * 2. optv-de (../shared/data/kb-sources/optv-de): Bundestag members' German labels and aliases: the same two tests.
 * 3. Natural Earth populated places (../shared/data/gazetteer-naturalearth-populated-places): NAME_EN → NAME_DE of
 *    towns in countries with a rule set, where the two differ and have as many words (place names, not persons:
 *    a check of the letter rules on other names; exonyms such as Moscow/Moskau count as misses).
 *
 * Usage: node dist/scripts/eval-name-forms.js [--list]
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { foldDiacritics, germanNameForms, originOf, transcribe, umlautFold } from "../src/lang/de/names/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = here.includes(join("dist", "scripts")) ? resolve(here, "..", "..") : resolve(here, "..");
const SHARED = resolve(ROOT, "..", "shared", "data");
const LIST = process.argv.includes("--list");

interface Tally {
  n: number;
  ok: number;
  misses: string[];
}
const tally = (): Tally => ({ n: 0, ok: 0, misses: [] });
const pct = (t: Tally): string => (t.n ? `${((100 * t.ok) / t.n).toFixed(1)} % (${t.ok}/${t.n})` : "n/a");
const words = (s: string): number => s.split(/\s+/).length;

function persons(): { name: string; aliases: string[]; country: string }[] {
  const out: { name: string; aliases: string[]; country: string }[] = [];
  for (const line of readFileSync(join(ROOT, "src", "kb", "curated", "persons.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.split("\t");
    out.push({ name: f[1], aliases: f[2] ? f[2].split("|") : [], country: f[4] });
  }
  return out;
}

function evalPairs(label: string, rows: { name: string; aliases: string[]; country: string }[]): void {
  const tr = tally();
  const fold = tally();
  for (const { name, aliases, country } of rows) {
    const set = originOf(country);
    for (const a of aliases) {
      if (a === name || words(a) !== words(name)) continue;
      if (a === foldDiacritics(name) || a === umlautFold(name)) {
        fold.n++;
        if (germanNameForms(name, null).includes(a)) fold.ok++;
        else fold.misses.push(`${name} ↛ ${a}`);
        continue;
      }
      if (!set) continue;
      tr.n++;
      const got = transcribe(a, set);
      if (got === name) tr.ok++;
      else tr.misses.push(`${country} ${a} → ${got} (want ${name})`);
    }
  }
  console.log(`${label}: English → German transcription reproduces the German form: ${pct(tr)}`);
  console.log(`${label}: diacritic-free spelling among the generated variants: ${pct(fold)}`);
  if (LIST) for (const m of [...tr.misses, ...fold.misses]) console.log(`  miss: ${m}`);
}

evalPairs("persons.tsv", persons());

const optvPath = join(SHARED, "kb-sources", "optv-de", "persons_DE.json");
if (existsSync(optvPath)) {
  const rows = (JSON.parse(readFileSync(optvPath, "utf8")) as { label: string; altLabel?: string | string[] }[]).map(
    (p) => ({
      name: p.label,
      aliases: p.altLabel === undefined ? [] : Array.isArray(p.altLabel) ? p.altLabel : [p.altLabel],
      country: "DEU",
    }),
  );
  evalPairs("optv-de", rows);
} else console.log("optv-de: skipped (../shared absent)");

const nePath = join(SHARED, "gazetteer-naturalearth-populated-places", "ne_10m_populated_places.geojson");
if (existsSync(nePath)) {
  const ISO: Record<string, string> = {};
  const gj = JSON.parse(readFileSync(nePath, "utf8")) as {
    features: { properties: { NAME_EN: string | null; NAME_DE: string | null; ADM0_A3: string } }[];
  };
  const t = tally();
  const perSet = new Map<string, Tally>();
  for (const f of gj.features) {
    const p = f.properties;
    const country = ISO[p.ADM0_A3] ?? p.ADM0_A3;
    const set = originOf(country);
    if (!set || !p.NAME_EN || !p.NAME_DE || p.NAME_EN === p.NAME_DE || words(p.NAME_EN) !== words(p.NAME_DE)) continue;
    const got = transcribe(p.NAME_EN, set);
    let s = perSet.get(set);
    if (!s) {
      s = tally();
      perSet.set(set, s);
    }
    t.n++;
    s.n++;
    if (got === p.NAME_DE) {
      t.ok++;
      s.ok++;
    } else t.misses.push(`${country} ${p.NAME_EN} → ${got} (want ${p.NAME_DE})`);
  }
  console.log(`Natural Earth places (EN ≠ DE): transcription reproduces NAME_DE: ${pct(t)}`);
  for (const [k, s] of [...perSet].sort()) console.log(`  ${k}: ${pct(s)}`);
  if (LIST) for (const m of t.misses) console.log(`  miss: ${m}`);
} else console.log("Natural Earth places: skipped (../shared absent)");
