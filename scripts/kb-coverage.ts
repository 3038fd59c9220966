/**
 * Does the KB contain the entities real news names? For every entity of a gold file (default: the 10kGNAD dev
 * gold, ../shared/gold/10kgnad-dev/gold.json) this asks the KB's lookup API — `candidates()` for the entity's name
 * and each of its mentions — whether some candidate has the gold type and country (where the gold gives one) and,
 * where the gold gives a Wikidata id, that id. It measures the KB, not the linker: which candidate the entities
 * stage would pick is not tested here (the "first" column shows whether it ranks first given the gold country).
 *
 * Usage: node dist/scripts/kb-coverage.js [--gold FILE] [--kb DIR] [--core-only] [--list]
 *   --kb DIR      use the compiled KB in DIR (kb.de.json and kb.de.ext.*) instead of data/kb
 *   --core-only   the core lookup alone (`lookup()`), as the entities stage has it before issue 18
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kb, type KbEntry, type KbFile, kb, kbFromFile } from "../src/kb/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = here.includes(join("dist", "scripts")) ? resolve(here, "..", "..") : resolve(here, "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const GOLD = resolve(arg("--gold") ?? join(ROOT, "..", "shared", "gold", "10kgnad-dev", "gold.json"));
const CORE_ONLY = process.argv.includes("--core-only");
const LIST = process.argv.includes("--list");

interface GoldEntity {
  name: string;
  type: string;
  country?: string | null;
  mentions: string[];
  notable?: boolean;
  wikidata?: string;
}

function loadKb(): Kb {
  const dir = arg("--kb");
  if (!dir) return kb();
  const file = JSON.parse(readFileSync(join(dir, "kb.de.json"), "utf8")) as KbFile;
  for (const part of ["entries", "forms", "firstMax"] as const)
    file[part] = readFileSync(join(dir, `kb.de.${part}.tsv`), "utf8");
  return kbFromFile(file, dir);
}

if (!existsSync(GOLD)) {
  console.log(`kb-coverage: skipped (${GOLD} absent)`);
  process.exit(0);
}
const k = loadKb();
const docs = JSON.parse(readFileSync(GOLD, "utf8")) as { id: string; entities: GoldEntity[] }[];

const fits = (e: KbEntry, g: GoldEntity): boolean =>
  e.type === g.type && (!g.country || e.country === g.country) && (!g.wikidata || e.wikidata === g.wikidata);

interface Row {
  n: number;
  found: number;
  withQid: number;
  first: number;
}
const row = (): Row => ({ n: 0, found: 0, withQid: 0, first: 0 });
const all = row();
const notable = row();
const qidGold = row();
const misses: string[] = [];
for (const d of docs) {
  for (const g of d.entities) {
    const surfaces = [...new Set([g.name, ...g.mentions])];
    let hit: KbEntry | undefined;
    let first = false;
    for (const s of surfaces) {
      const cands = CORE_ONLY
        ? k.lookup(s).map((entry) => ({ entry }))
        : k.candidates(s, { country: g.country ?? null });
      const same = cands.filter((c) => c.entry.type === g.type);
      const ok = cands.find((c) => fits(c.entry, g));
      if (ok && (!hit || (!hit.wikidata && ok.entry.wikidata))) {
        hit = ok.entry;
        first = same[0]?.entry.id === ok.entry.id;
      }
    }
    for (const r of [all, ...(g.notable ? [notable] : []), ...(g.wikidata ? [qidGold] : [])]) {
      r.n++;
      if (hit) r.found++;
      if (hit?.wikidata) r.withQid++;
      if (hit && first) r.first++;
    }
    if (g.notable && !hit?.wikidata)
      misses.push(`${d.id} ${g.type} ${g.country ?? "-"} ${g.name}${hit ? ` (found ${hit.id}, no Wikidata id)` : ""}`);
  }
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : "n/a");
const line = (label: string, r: Row): string =>
  `${label}: ${r.n} entities; in the KB (type, country${label.includes("Wikidata") ? ", id" : ""}) ${r.found} = ${pct(r.found, r.n)}; ` +
  `with a Wikidata id ${r.withQid} = ${pct(r.withQid, r.n)}; ranked first among its type given the country ${r.first} = ${pct(r.first, r.n)}`;
console.log(`gold: ${GOLD}${CORE_ONLY ? " (core lookup only)" : ""}`);
console.log(line("notable", notable));
console.log(line("with a gold Wikidata id", qidGold));
console.log(line("all", all));
if (LIST) for (const m of misses) console.log(`  not linkable: ${m}`);
