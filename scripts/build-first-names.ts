/**
 * Compiles data/names/first-names.tsv — first names with the natural gender of the people who bear them — from the
 * gender-annotated person lists of ../shared/data/kb-sources (Wikidata-derived, CC0: office holders of 177
 * countries, German Bundestag members). A name is kept when at least 3 people bear it and at least 95 % of them
 * have one gender. The coreference rules use it for the gender of a person ("er"/"sie").
 *
 * Usage: npm run build && node dist/scripts/build-first-names.js [--shared <dir>] (deterministic: same input, same bytes)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../src/read/csv.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = here.includes(join("dist", "scripts")) ? resolve(here, "..", "..") : resolve(here, "..");
const i = process.argv.indexOf("--shared");
const SHARED = resolve(i >= 0 ? process.argv[i + 1] : join(ROOT, "..", "shared", "data"));
const OUT = join(ROOT, "data", "names", "first-names.tsv");
const MIN_PEOPLE = 3;
const MIN_SHARE = 0.95;

/** person id → [full name, gender] */
const people = new Map<string, [string, "m" | "f"]>();
const gender = (g: string): "m" | "f" | null => (g === "male" ? "m" : g === "female" ? "f" : null);

const holders = join(SHARED, "kb-sources", "eps-officeholders", "officeholders.csv");
const bundestag = join(SHARED, "kb-sources", "optv-de", "persons_DE.json");
if (!existsSync(holders) || !existsSync(bundestag)) {
  process.stderr.write(`build-first-names: ${SHARED}/kb-sources is missing (the sources are in ../shared)\n`);
  process.exit(2);
}
let header: string[] | null = null;
for (const rec of parseCsv(readFileSync(holders, "utf8"))) {
  if (!("fields" in rec)) continue;
  if (!header) {
    header = rec.fields;
    continue;
  }
  const row = Object.fromEntries(header.map((h, k) => [h, rec.fields[k] ?? ""]));
  const g = gender(row.gender);
  if (g && row.personID && row.person) people.set(row.personID, [row.person, g]);
}
for (const p of JSON.parse(readFileSync(bundestag, "utf8")) as { id: string; label?: string; gender?: string }[]) {
  const g = gender(p.gender ?? "");
  if (g && p.label) people.set(p.id, [p.label, g]);
}

const counts = new Map<string, { m: number; f: number }>();
for (const [name, g] of people.values()) {
  const first = name.split(/\s+/)[0]?.replace(/[.,]$/, "");
  if (!first || first.length < 2 || !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(first)) continue;
  const c = counts.get(first) ?? { m: 0, f: 0 };
  c[g]++;
  counts.set(first, c);
}
const lines = [
  "# First names and the natural gender of their bearers: name, m|f, number of people counted.",
  "# _source: compiled by scripts/build-first-names.ts from Wikidata-derived person lists in ../shared/data/kb-sources",
  "# (every-politician office holders with gender; OpenParliamentTV Bundestag members) — Wikidata, CC0.",
  `# Kept: at least ${MIN_PEOPLE} bearers, at least ${MIN_SHARE * 100} % of one gender.`,
];
for (const [name, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  const n = c.m + c.f;
  if (n < MIN_PEOPLE) continue;
  if (c.m / n >= MIN_SHARE) lines.push(`${name}\tm\t${n}`);
  else if (c.f / n >= MIN_SHARE) lines.push(`${name}\tf\t${n}`);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${lines.join("\n")}\n`);
process.stdout.write(`build-first-names: ${lines.length - 4} names from ${people.size} people → ${OUT}\n`);
