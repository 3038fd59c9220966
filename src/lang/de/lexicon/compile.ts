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

export function compileLexicon(input: CompileInput): CompileResult {
  function nfc(s: string): string {
    return s.normalize("NFC");
  }

  interface Entry {
    flags: number;
    verbs: Map<string, Set<string>>; // lemma → codes
    split: Map<string, Set<string>>; // `particle>lemma` → codes
  }

  const entries = new Map<string, Entry>();
  function entry(form: string): Entry {
    const key = nfc(form).toLowerCase();
    let e = entries.get(key);
    if (!e) {
      e = { flags: 0, verbs: new Map(), split: new Map() };
      entries.set(key, e);
    }
    return e;
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
  const AUX = new Set(input.aux);
  const SEPARABLE_LIST = input.separableParticles;

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

  const TENSES: [keyof VerbInfo, Mood, Tense][] = [
    ["PRÄ", "ind", "pres"],
    ["PRT", "ind", "past"],
    ["KJ1", "subj1", "pres"],
    ["KJ2", "subj2", "past"],
  ];

  let verbLemmaCount = 0;
  const particlesSeen = new Set<string>();

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

  function compileVerb(rawLemma: string, v: VerbInfo, verbs: Record<string, VerbInfo>, candidates: string[]): void {
    if (/[\s]/.test(rawLemma)) return; // "rad fahren", "kennen lernen": multiword spellings
    const lemma = nfc(rawLemma);
    verbLemmaCount++;
    const pa2 = (v.PA2 ?? []).map(nfc);
    let sepParticle =
      particleFromZuInfinitive(lemma, v.EIZ ? nfc(v.EIZ) : undefined) ??
      (v.EIZ ? null : particleFromParticiple(lemma, pa2, candidates, verbs));
    if (!sepParticle && v.hasPrefix && !v.EIZ) {
      // The dictionary marks the prefix; without zu-infinitive a non-dual prefix is still separable ("anrauen").
      const p = prefixOf(v);
      if (p && !DUAL_PREFIXES.has(p) && lemma.startsWith(p)) sepParticle = p;
    }
    if (sepParticle) particlesSeen.add(sepParticle);
    const aux = AUX.has(lemma);

    const addJoined = (form: string, f: DecodedFeatures): void => {
      if (!form) return;
      const e = entry(form);
      e.flags |= FLAG_VERB | (aux ? FLAG_AUX : 0);
      addToSetMap(e.verbs, lemma, encodeFeatures(f));
    };
    const addSplit = (stem: string, particle: string, f: DecodedFeatures): void => {
      if (!stem) return;
      const e = entry(stem);
      e.flags |= FLAG_VERB;
      addToSetMap(e.split, `${particle}>${lemma}`, encodeFeatures(f));
    };

    /**
     * Surface realisations of a finite cell: the joined form (verb-final clause: "dass er … zurückwies"; the only
     * form of inseparable verbs: "unterstützt") and, for separable verbs, the finite part used with a separated
     * particle (verb-second clause: "wies … zurück"). The dictionary writes prefixed forms as [stem, prefix].
     */
    const finite = (value: FormValue): { joined: string[]; split: [string, string][] } => {
      const joined: string[] = [];
      const split: [string, string][] = [];
      if (value === undefined) return { joined, split };
      const form = Array.isArray(value) ? nfc((value[1] ?? "") + (value[0] ?? "")) : nfc(value);
      if (!form) return { joined, split };
      joined.push(form);
      if (sepParticle && form.startsWith(sepParticle) && form.length > sepParticle.length) {
        split.push([form.slice(sepParticle.length), sepParticle]);
      }
      return { joined, split };
    };

    // Finite forms; remember the stems per cell for the Konjunktiv distinctness check.
    const stems = new Map<string, string>(); // `${tenseKey}${num}${person}` → stem (or joined form)
    for (const [tk, mood, tense] of TENSES) {
      const cells = v[tk] as TenseCells | undefined;
      if (!cells) continue;
      for (const num of ["S", "P"] as const) {
        const pc = cells[num];
        if (!pc) continue;
        for (const person of [1, 2, 3] as const) {
          const value = pc[person];
          const { joined, split } = finite(value);
          const f: DecodedFeatures = { mood, tense, person, number: num === "S" ? "sg" : "pl" };
          for (const j of joined) addJoined(j, f);
          for (const [stem, p] of split) addSplit(stem, p, f);
          if (value !== undefined)
            stems.set(`${tk}${num}${person}`, nfc(Array.isArray(value) ? value.join(" ") : value));
        }
      }
    }
    // Konjunktiv forms that differ from the indicative of the same lemma/person/number.
    for (const [kj, ind, flag] of [
      ["KJ1", "PRÄ", FLAG_SUBJ1_DISTINCT],
      ["KJ2", "PRT", FLAG_SUBJ2_DISTINCT],
    ] as const) {
      for (const num of ["S", "P"] as const) {
        for (const person of [1, 2, 3] as const) {
          const k = stems.get(`${kj}${num}${person}`);
          const i = stems.get(`${ind}${num}${person}`);
          if (!k || !i || k === i) continue;
          const { joined, split } = finite((v[kj] as TenseCells)[num]?.[person]);
          for (const j of joined) entry(j).flags |= flag;
          for (const [stem] of split) entry(stem).flags |= flag;
        }
      }
    }

    addJoined(nfc(v.INF ?? lemma), { mood: "inf", tense: null, person: null, number: null });
    if (v.PA1) addJoined(nfc(v.PA1), { mood: "part", tense: "pres", person: null, number: null });
    for (const p of pa2) addJoined(p, { mood: "part", tense: "past", person: null, number: null });
    if (v.EIZ) addJoined(nfc(v.EIZ), { mood: "zuinf", tense: null, person: null, number: null });
    if (v.IMP) {
      for (const [num, form] of [
        ["sg", v.IMP.S],
        ["pl", v.IMP.P],
      ] as const) {
        if (!form) continue;
        const f: DecodedFeatures = { mood: "imp", tense: null, person: 2, number: num };
        const imp = nfc(form);
        // The dictionary writes imperatives of particle verbs joined ("abbaue"); in use they are split ("baue ab").
        if (sepParticle && imp.startsWith(sepParticle) && imp.length > sepParticle.length) {
          addSplit(imp.slice(sepParticle.length), sepParticle, f);
          if (v.hasPrefix && DUAL_PREFIXES.has(sepParticle)) addJoined(imp, f);
        } else addJoined(imp, f);
      }
    }
  }

  function isAcronym(s: string): boolean {
    return /^[A-ZÄÖÜ0-9-]+$/.test(s) && /[A-ZÄÖÜ].*[A-ZÄÖÜ]/.test(s);
  }

  function compileNoun(lemma: string, n: NounInfo): number {
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
    for (const f of forms) if (!isAcronym(f)) entry(f).flags |= FLAG_NOUN;
    return 1;
  }

  function compileAdjective(lemma: string, a: AdjInfo): number {
    if (/\s/.test(lemma)) return 0;
    entry(lemma).flags |= FLAG_ADJ;
    for (const c of ["NOM", "GEN", "DAT", "AKK"] as const) {
      const byArticle = a[c];
      if (!byArticle) continue;
      for (const byGender of Object.values(byArticle)) {
        if (!byGender) continue;
        for (const form of Object.values(byGender)) if (form) entry(form).flags |= FLAG_ADJ;
      }
    }
    return 1;
  }

  /** Adds the reformed/Swiss spelling with "ss" for every form written with "ß" (schloß → schloss, wußte → wusste). */
  function addSsVariants(): number {
    let added = 0;
    for (const [key, e] of [...entries]) {
      if (!key.includes("ß")) continue;
      const variant = key.replaceAll("ß", "ss");
      const target = entry(variant);
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

  // Particles attested by zu-infinitives ("teilzunehmen" → teil) plus the team list, longest first.
  const candidateSet = new Set(SEPARABLE_LIST);
  for (const [lemma, v] of Object.entries(input.verbs)) {
    const p = particleFromZuInfinitive(nfc(lemma), v.EIZ ? nfc(v.EIZ) : undefined);
    if (p) candidateSet.add(p);
  }
  const candidates = [...candidateSet].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const [lemma, v] of Object.entries(input.verbs)) compileVerb(lemma, v, input.verbs, candidates);
  let nouns = 0;
  for (const [lemma, n] of Object.entries(input.words)) nouns += compileNoun(lemma, n);
  let adjectives = 0;
  for (const [lemma, a] of Object.entries(input.adjectives)) adjectives += compileAdjective(lemma, a);
  let functionWords = 0;
  for (const w of input.functionWords) {
    entry(w).flags |= FLAG_OTHER;
    functionWords++;
  }
  for (const w of input.irregularAdjectives) entry(w).flags |= FLAG_ADJ;
  const ssVariants = addSsVariants();

  const lemmaSet = new Set<string>();
  for (const e of entries.values()) {
    for (const l of e.verbs.keys()) lemmaSet.add(l);
    for (const l of e.split.keys()) lemmaSet.add(l.slice(l.indexOf(">") + 1));
  }
  const lemmas = [...lemmaSet].sort();
  const lemmaIdx = new Map(lemmas.map((l, i) => [l, i.toString(36)]));

  // The file is Latin-1 (one byte per character, so the runtime decodes it without UTF-8 work);
  // the few forms with other characters ("hors d’œuvre") are left out.
  const keys = [...entries.keys()].filter((k) => k.length > 0 && /^[^\t\n\u0100-\uffff]+$/.test(k));
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [`# ${FORMAT_VERSION}; forms=${keys.length}; ${input.provenance}`, `L\t${lemmas.join("\t")}`];
  for (const k of keys) {
    const e = entries.get(k)!;
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
    let line = `${k}\t${e.flags.toString(36)}`;
    if (verbGroups || splitGroups) line += `\t${verbGroups}`;
    if (splitGroups) line += `\t${splitGroups}`;
    lines.push(line);
  }
  const text = `${lines.join("\n")}\n`;
  if (/[\u0100-\uffff]/.test(text)) throw new Error("lexicon text has characters outside Latin-1");
  return {
    text,
    stats: {
      verbLemmas: verbLemmaCount,
      nounLemmas: nouns,
      adjectiveLemmas: adjectives,
      functionWords,
      ssVariants,
      forms: keys.length,
      separableParticles: particlesSeen.size,
    },
  };
}
