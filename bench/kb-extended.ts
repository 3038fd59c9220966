/**
 * Cost of the extended KB in one process: CPU and resident memory of loading the core KB, then the extended
 * layer (first candidates() call), then lookups: candidates() for every name of src/kb/curated/persons.tsv and
 * its aliases, holderAt() for every office key of persons.tsv on three dates, resolveSurname() for every short
 * form.
 *
 * Usage: npm run build && node dist/bench/kb-extended.js
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { kb } from "../src/kb/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = here.includes(join("dist", "bench")) ? resolve(here, "..", "..") : resolve(here, "..");

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rss = (): number => process.memoryUsage().rss / 1e6;

const rows = readFileSync(join(ROOT, "src", "kb", "curated", "persons.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t"));
const names = rows.flatMap((r) => [r[1], ...(r[2] ? r[2].split("|") : [])]);
const offices = rows.filter((r) => r[7]).flatMap((r) => r[5].split("|").map((code) => [r[7], code] as const));
const surnames = rows.flatMap((r) => (r[3] ? r[3].split("|") : []).map((s) => [s, r[4]] as const));

const c0 = cpu();
const m0 = rss();
const k = kb();
k.lookup("Berlin");
const c1 = cpu();
const m1 = rss();
k.candidates("Wladimir Putin");
const c2 = cpu();
const m2 = rss();
let found = 0;
for (const n of names) if (k.candidates(n).length) found++;
const c3 = cpu();
let holders = 0;
for (const [scope, code] of offices)
  for (const d of ["2005-06-01", "2016-01-20", "2025-06-01"])
    if (k.holderAt(scope, code, d).status === "found") holders++;
const c4 = cpu();
let linked = 0;
for (const [s, country] of surnames) if (k.resolveSurname(s, { date: "2025-06-01", countries: [country] })) linked++;
const c5 = cpu();
const m5 = rss();
const us = (ms: number, n: number): string => `${((1000 * ms) / n).toFixed(1)} µs`;
console.log(`core KB load + first lookup: ${(c1 - c0).toFixed(0)} ms CPU, +${(m1 - m0).toFixed(0)} MB RSS`);
console.log(`extended KB load + first candidates(): ${(c2 - c1).toFixed(0)} ms CPU, +${(m2 - m1).toFixed(0)} MB RSS`);
console.log(`candidates(): ${names.length} names, ${found} with candidates, ${us(c3 - c2, names.length)} CPU each`);
console.log(`holderAt(): ${offices.length * 3} queries, ${holders} found, ${us(c4 - c3, offices.length * 3)} CPU each`);
console.log(
  `resolveSurname(): ${surnames.length} surnames, ${linked} linked, ${us(c5 - c4, surnames.length)} CPU each`,
);
console.log(`RSS after all: ${m5.toFixed(0)} MB (+${(m5 - m0).toFixed(0)} MB)`);
