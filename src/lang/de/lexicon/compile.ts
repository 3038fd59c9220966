/**
 * Compiles the German lexicon table text (format.ts) from german-pos-dict style verb/noun/adjective data
 * (the german-*-dict npm packages) and the team-written lists. Pure function: the I/O lives in
 * scripts/build-lexicon.ts; tests feed small synthetic dictionaries.
 */
import {
  type DecodedFeatures,
  encodeFeatures,
  FLAG_ADJ,
  FLAG_AUX,
  FLAG_NOUN,
  FLAG_OTHER,
  FLAG_SUBJ1_DISTINCT,
  FLAG_SUBJ2_DISTINCT,
  FLAG_VERB,
  FORMAT_VERSION,
  type Mood,
  type Tense,
} from "./format.js";

export type FormValue = string | string[] | undefined;
export interface PersonCells {
  1?: FormValue;
  2?: FormValue;
  3?: FormValue;
}
export interface TenseCells {
  S?: PersonCells;
  P?: PersonCells;
}
export interface VerbInfo {
  hasPrefix?: boolean;
  INF?: string;
  PA1?: string;
  PA2?: string[];
  EIZ?: string;
  KJ1?: TenseCells;
  KJ2?: TenseCells;
  PRÄ?: TenseCells;
  PRT?: TenseCells;
  IMP?: { S?: string; P?: string };
}
export type Cases = "NOM" | "GEN" | "DAT" | "AKK";
export type NounInfo = Partial<Record<Cases, { SIN?: string; PLU?: string }>> & { G?: string };
export type AdjInfo = Partial<Record<Cases, Record<string, Record<string, string | null> | null> | null>>;

export interface CompileInput {
  verbs: Record<string, VerbInfo>;
  words: Record<string, NounInfo>;
  adjectives: Record<string, AdjInfo>;
  aux: readonly string[];
  separableParticles: readonly string[];
  functionWords: readonly string[];
  irregularAdjectives: readonly string[];
  /** Provenance/licence text for the header line. */
  provenance: string;
}

export interface CompileResult {
  /** The table text (Latin-1 characters only). */
  text: string;
  stats: {
    verbLemmas: number;
    nounLemmas: number;
    adjectiveLemmas: number;
    functionWords: number;
    ssVariants: number;
    forms: number;
    separableParticles: number;
  };
}

function nfc(s: string): string {
  return s.normalize("NFC");
}

interface Entry {
  flags: number;
  verbs: Map<string, Set<string>>; // lemma → codes
  split: Map<string, Set<string>>; // `particle>lemma` → codes
}

/** The forms compiled so far: lower-cased NFC form → its flags and verb readings. */
class EntryTable {
  readonly entries = new Map<string, Entry>();
  entry(form: string): Entry {
    const key = nfc(form).toLowerCase();
    let e = this.entries.get(key);
    if (!e) {
      e = { flags: 0, verbs: new Map(), split: new Map() };
      this.entries.set(key, e);
    }
    return e;
  }
}

function addToSetMap(m: Map<string, Set<string>>, k: string, code: string): void {
  let s = m.get(k);
  if (!s) {
    s = new Set();
    m.set(k, s);
  }
  s.add(code);
}

/** Prefixes that can be separable or inseparable (übersetzen, umgehen, durchsuchen …). */
const DUAL_PREFIXES = new Set(["durch", "über", "um", "unter", "wider", "wieder", "hinter", "voll"]);

const TENSES: [keyof VerbInfo, Mood, Tense][] = [
  ["PRÄ", "ind", "pres"],
  ["PRT", "ind", "past"],
  ["KJ1", "subj1", "pres"],
  ["KJ2", "subj2", "past"],
];

/** The separable particle p with EIZ = p + "zu" + rest and INF = p + rest, or null. */
function particleFromZuInfinitive(lemma: string, eiz: string | undefined): string | null {
  if (!eiz) return null;
  for (let i = 1; i < lemma.length; i++) {
    if (eiz === `${lemma.slice(0, i)}zu${lemma.slice(i)}`) return lemma.slice(0, i);
  }
  return null;
}

/** The prefix the dictionary split off (second element of a finite form array), if any. */
function prefixOf(v: VerbInfo): string | null {
  for (const tk of ["PRÄ", "PRT", "KJ1", "KJ2"] as const) {
    for (const num of ["S", "P"] as const) {
      for (const person of [1, 2, 3] as const) {
        const value = v[tk]?.[num]?.[person];
        if (Array.isArray(value) && value[1]) return nfc(value[1]);
      }
    }
  }
  return null;
}

/**
 * The separable particle of a verb without a zu-infinitive in the dictionary: a known particle p with
 * PA2 = p + PA2(base verb) ("mitgedacht" = "mit" + "gedacht"), or, when the base verb is unknown, PA2 = p + "ge…".
 * Dual prefixes (über, unter, um, durch …) need the "ge" of the base participle ("übergeben" is inseparable).
 */
function particleFromParticiple(
  lemma: string,
  pa2: string[],
  candidates: readonly string[],
  verbs: Record<string, VerbInfo>,
): string | null {
  for (const p of candidates) {
    if (!lemma.startsWith(p) || lemma.length < p.length + 3) continue;
    const rest = lemma.slice(p.length);
    const basePa2 = (verbs[rest]?.PA2 ?? []).map(nfc);
    const dual = DUAL_PREFIXES.has(p);
    if (basePa2.length > 0) {
      if (pa2.some((x) => basePa2.some((b) => x === p + b && (!dual || b.startsWith("ge"))))) return p;
    } else if (!rest.startsWith("ge") && pa2.some((x) => x.startsWith(`${p}ge`))) return p;
  }
  return null;
}

/** Particles attested by zu-infinitives ("teilzunehmen" → teil) plus the team list, longest first. */
function separableCandidates(verbs: Record<string, VerbInfo>, teamList: readonly string[]): string[] {
  const candidateSet = new Set(teamList);
  for (const [lemma, v] of Object.entries(verbs)) {
    const p = particleFromZuInfinitive(nfc(lemma), v.EIZ ? nfc(v.EIZ) : undefined);
    if (p) candidateSet.add(p);
  }
  return [...candidateSet].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The separable particle of a verb (from its zu-infinitive, participle or marked prefix), or null. */
function separableParticle(
  lemma: string,
  v: VerbInfo,
  pa2: string[],
  candidates: readonly string[],
  verbs: Record<string, VerbInfo>,
): string | null {
  const particle =
    particleFromZuInfinitive(lemma, v.EIZ ? nfc(v.EIZ) : undefined) ??
    (v.EIZ ? null : particleFromParticiple(lemma, pa2, candidates, verbs));
  if (!particle && v.hasPrefix && !v.EIZ) {
    // The dictionary marks the prefix; without zu-infinitive a non-dual prefix is still separable ("anrauen").
    const p = prefixOf(v);
    if (p && !DUAL_PREFIXES.has(p) && lemma.startsWith(p)) return p;
  }
  return particle;
}

/** Writes the forms of one verb lemma into the table: joined forms and, for particle verbs, split stems. */
class VerbWriter {
  constructor(
    private readonly table: EntryTable,
    readonly lemma: string,
    private readonly aux: boolean,
    readonly sepParticle: string | null,
  ) {}

  addJoined(form: string, f: DecodedFeatures): void {
    if (!form) return;
    const e = this.table.entry(form);
    e.flags |= FLAG_VERB | (this.aux ? FLAG_AUX : 0);
    addToSetMap(e.verbs, this.lemma, encodeFeatures(f));
  }

  addSplit(stem: string, particle: string, f: DecodedFeatures): void {
    if (!stem) return;
    const e = this.table.entry(stem);
    e.flags |= FLAG_VERB;
    addToSetMap(e.split, `${particle}>${this.lemma}`, encodeFeatures(f));
  }

  /**
   * Surface realisations of a finite cell: the joined form (verb-final clause: "dass er … zurückwies"; the only
   * form of inseparable verbs: "unterstützt") and, for separable verbs, the finite part used with a separated
   * particle (verb-second clause: "wies … zurück"). The dictionary writes prefixed forms as [stem, prefix].
   */
  finite(value: FormValue): { joined: string[]; split: [string, string][] } {
    const joined: string[] = [];
    const split: [string, string][] = [];
    if (value === undefined) return { joined, split };
    const form = Array.isArray(value) ? nfc((value[1] ?? "") + (value[0] ?? "")) : nfc(value);
    if (!form) return { joined, split };
    joined.push(form);
    const sep = this.sepParticle;
    if (sep && form.startsWith(sep) && form.length > sep.length) split.push([form.slice(sep.length), sep]);
    return { joined, split };
  }

  markFlag(value: FormValue, flag: number): void {
    const { joined, split } = this.finite(value);
    for (const j of joined) this.table.entry(j).flags |= flag;
    for (const [stem] of split) this.table.entry(stem).flags |= flag;
  }
}

/** Finite forms; returns the stems per cell (`${tenseKey}${num}${person}` → stem or joined form). */
function addFiniteForms(w: VerbWriter, v: VerbInfo): Map<string, string> {
  const stems = new Map<string, string>();
  for (const [tk, mood, tense] of TENSES) {
    const cells = v[tk] as TenseCells | undefined;
    if (!cells) continue;
    for (const num of ["S", "P"] as const) {
      const pc = cells[num];
      if (!pc) continue;
      for (const person of [1, 2, 3] as const) {
        const value = pc[person];
        const { joined, split } = w.finite(value);
        const f: DecodedFeatures = { mood, tense, person, number: num === "S" ? "sg" : "pl" };
        for (const j of joined) w.addJoined(j, f);
        for (const [stem, p] of split) w.addSplit(stem, p, f);
        if (value !== undefined) stems.set(`${tk}${num}${person}`, nfc(Array.isArray(value) ? value.join(" ") : value));
      }
    }
  }
  return stems;
}

/** Flags the Konjunktiv forms that differ from the indicative of the same lemma/person/number. */
function markDistinctSubjunctives(w: VerbWriter, v: VerbInfo, stems: Map<string, string>): void {
  for (const [kj, ind, flag] of [
    ["KJ1", "PRÄ", FLAG_SUBJ1_DISTINCT],
    ["KJ2", "PRT", FLAG_SUBJ2_DISTINCT],
  ] as const) {
    for (const num of ["S", "P"] as const) {
      for (const person of [1, 2, 3] as const) {
        const k = stems.get(`${kj}${num}${person}`);
        const i = stems.get(`${ind}${num}${person}`);
        if (!k || !i || k === i) continue;
        w.markFlag((v[kj] as TenseCells)[num]?.[person], flag);
      }
    }
  }
}

/** Infinitive, participles, zu-infinitive. */
function addNonFiniteForms(w: VerbWriter, v: VerbInfo, pa2: string[]): void {
  w.addJoined(nfc(v.INF ?? w.lemma), { mood: "inf", tense: null, person: null, number: null });
  if (v.PA1) w.addJoined(nfc(v.PA1), { mood: "part", tense: "pres", person: null, number: null });
  for (const p of pa2) w.addJoined(p, { mood: "part", tense: "past", person: null, number: null });
  if (v.EIZ) w.addJoined(nfc(v.EIZ), { mood: "zuinf", tense: null, person: null, number: null });
}

function addImperatives(w: VerbWriter, v: VerbInfo): void {
  if (!v.IMP) return;
  const sep = w.sepParticle;
  for (const [num, form] of [
    ["sg", v.IMP.S],
    ["pl", v.IMP.P],
  ] as const) {
    if (!form) continue;
    const f: DecodedFeatures = { mood: "imp", tense: null, person: 2, number: num };
    const imp = nfc(form);
    // The dictionary writes imperatives of particle verbs joined ("abbaue"); in use they are split ("baue ab").
    if (sep && imp.startsWith(sep) && imp.length > sep.length) {
      w.addSplit(imp.slice(sep.length), sep, f);
      if (v.hasPrefix && DUAL_PREFIXES.has(sep)) w.addJoined(imp, f);
    } else w.addJoined(imp, f);
  }
}

interface VerbStats {
  lemmas: number;
  particles: Set<string>;
}

function compileVerbs(table: EntryTable, input: CompileInput): VerbStats {
  const aux = new Set(input.aux);
  const candidates = separableCandidates(input.verbs, input.separableParticles);
  const stats: VerbStats = { lemmas: 0, particles: new Set() };
  for (const [rawLemma, v] of Object.entries(input.verbs)) {
    if (/[\s]/.test(rawLemma)) continue; // "rad fahren", "kennen lernen": multiword spellings
    const lemma = nfc(rawLemma);
    stats.lemmas++;
    const pa2 = (v.PA2 ?? []).map(nfc);
    const sepParticle = separableParticle(lemma, v, pa2, candidates, input.verbs);
    if (sepParticle) stats.particles.add(sepParticle);
    const w = new VerbWriter(table, lemma, aux.has(lemma), sepParticle);
    markDistinctSubjunctives(w, v, addFiniteForms(w, v));
    addNonFiniteForms(w, v, pa2);
    addImperatives(w, v);
  }
  return stats;
}

function isAcronym(s: string): boolean {
  return /^[A-ZÄÖÜ0-9-]+$/.test(s) && /[A-ZÄÖÜ].*[A-ZÄÖÜ]/.test(s);
}

function compileNoun(table: EntryTable, lemma: string, n: NounInfo): number {
  if (/\s/.test(lemma) || isAcronym(lemma)) return 0;
  const forms = new Set<string>([lemma]);
  for (const c of ["NOM", "GEN", "DAT", "AKK"] as const) {
    const cell = n[c];
    if (cell?.SIN) forms.add(cell.SIN);
    if (cell?.PLU) forms.add(cell.PLU);
  }
  // The dictionary keeps one form per cell: "Jahrs" but not "Jahres", "Vertrags" but not "Vertrages".
  const gen = n.GEN?.SIN;
  if (
    (n.G === "M" || n.G === "N") &&
    gen === `${lemma}s` &&
    /[bcdfghklmnprtvwz]$/.test(lemma) &&
    !/e[lnr]$/.test(lemma)
  ) {
    forms.add(`${lemma}es`);
  }
  for (const f of forms) if (!isAcronym(f)) table.entry(f).flags |= FLAG_NOUN;
  return 1;
}

function compileAdjective(table: EntryTable, lemma: string, a: AdjInfo): number {
  if (/\s/.test(lemma)) return 0;
  table.entry(lemma).flags |= FLAG_ADJ;
  for (const c of ["NOM", "GEN", "DAT", "AKK"] as const) {
    const byArticle = a[c];
    if (!byArticle) continue;
    for (const byGender of Object.values(byArticle)) {
      if (!byGender) continue;
      for (const form of Object.values(byGender)) if (form) table.entry(form).flags |= FLAG_ADJ;
    }
  }
  return 1;
}

/** Adds the reformed/Swiss spelling with "ss" for every form written with "ß" (schloß → schloss, wußte → wusste). */
function addSsVariants(table: EntryTable): number {
  let added = 0;
  for (const [key, e] of [...table.entries]) {
    if (!key.includes("ß")) continue;
    const variant = key.replaceAll("ß", "ss");
    const target = table.entry(variant);
    if (target.flags === 0 && target.verbs.size === 0) added++;
    target.flags |= e.flags;
    for (const [l, codes] of e.verbs) for (const c of codes) addToSetMap(target.verbs, l, c);
    for (const [l, codes] of e.split) for (const c of codes) addToSetMap(target.split, l, c);
  }
  return added;
}

const MOOD_RANK: Record<string, number> = { i: 6, j: 5, k: 4, p: 3, n: 3, z: 2, m: 1 };
/** Orders a key's lemma groups so that the most plausible lemma comes first (no frequency data available). */
function groupScore(lemma: string, codes: Set<string>): number {
  let best = 0;
  for (const c of codes) best = Math.max(best, MOOD_RANK[c[0]] ?? 0);
  return best * 1000 + Math.min(codes.size, 99) * 10 - Math.min(lemma.length, 9) / 10;
}

/** Every verb lemma of the table, sorted, each with its base-36 index for the `L` line. */
function lemmaIndex(entries: Map<string, Entry>): { lemmas: string[]; index: Map<string, string> } {
  const lemmaSet = new Set<string>();
  for (const e of entries.values()) {
    for (const l of e.verbs.keys()) lemmaSet.add(l);
    for (const l of e.split.keys()) lemmaSet.add(l.slice(l.indexOf(">") + 1));
  }
  const lemmas = [...lemmaSet].sort();
  return { lemmas, index: new Map(lemmas.map((l, i) => [l, i.toString(36)])) };
}

/** One table line: form, flags, then the joined verb readings and the split ones (format.ts). */
function entryLine(key: string, e: Entry, lemmaIdx: Map<string, string>): string {
  const verbGroups = [...e.verbs]
    .sort((a, b) => groupScore(b[0], b[1]) - groupScore(a[0], a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([l, codes]) => `${lemmaIdx.get(l)}:${[...codes].sort().join(",")}`)
    .join(";");
  const splitGroups = [...e.split]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([pl, codes]) => {
      const gt = pl.indexOf(">");
      return `${pl.slice(0, gt)}>${lemmaIdx.get(pl.slice(gt + 1))}:${[...codes].sort().join(",")}`;
    })
    .join(";");
  let line = `${key}\t${e.flags.toString(36)}`;
  if (verbGroups || splitGroups) line += `\t${verbGroups}`;
  if (splitGroups) line += `\t${splitGroups}`;
  return line;
}

/** The table text: header, lemma line, one line per form in code-unit order. */
function serialize(table: EntryTable, provenance: string): { text: string; forms: number } {
  const { lemmas, index } = lemmaIndex(table.entries);
  // The file is Latin-1 (one byte per character, so the runtime decodes it without UTF-8 work);
  // the few forms with other characters ("hors d’œuvre") are left out.
  const keys = [...table.entries.keys()].filter((k) => k.length > 0 && /^[^\t\n\u0100-\uffff]+$/.test(k));
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [`# ${FORMAT_VERSION}; forms=${keys.length}; ${provenance}`, `L\t${lemmas.join("\t")}`];
  for (const k of keys) lines.push(entryLine(k, table.entries.get(k)!, index));
  const text = `${lines.join("\n")}\n`;
  if (/[\u0100-\uffff]/.test(text)) throw new Error("lexicon text has characters outside Latin-1");
  return { text, forms: keys.length };
}

export function compileLexicon(input: CompileInput): CompileResult {
  const table = new EntryTable();
  const verbs = compileVerbs(table, input);
  let nouns = 0;
  for (const [lemma, n] of Object.entries(input.words)) nouns += compileNoun(table, lemma, n);
  let adjectives = 0;
  for (const [lemma, a] of Object.entries(input.adjectives)) adjectives += compileAdjective(table, lemma, a);
  for (const w of input.functionWords) table.entry(w).flags |= FLAG_OTHER;
  for (const w of input.irregularAdjectives) table.entry(w).flags |= FLAG_ADJ;
  const ssVariants = addSsVariants(table);
  const { text, forms } = serialize(table, input.provenance);
  return {
    text,
    stats: {
      verbLemmas: verbs.lemmas,
      nounLemmas: nouns,
      adjectiveLemmas: adjectives,
      functionWords: input.functionWords.length,
      ssVariants,
      forms,
      separableParticles: verbs.particles.size,
    },
  };
}
