/**
 * Shared German lexicon: form → verb analyses (lemma, mood, tense, person, number), word classes,
 * separable verbs and participles. Reads the compiled table data/lexicon/de-lexicon.tsv.gz once per
 * process (lazy singleton); the table is built by scripts/build-lexicon.ts (`npm run build:lexicon`).
 *
 * Keys are lower-cased, so "Sei", "Habe", "SEI" at sentence start find the verb. Lookups expect NFC text
 * (Doc text is NFC). Forms written with "ß" in the old spelling are also stored with "ss" ("schloss").
 *
 * Tense is morphological: Konjunktiv I is "pres", Konjunktiv II is "past" (Konjunktiv Präteritum),
 * Partizip I is part/"pres", Partizip II is part/"past"; infinitives and imperatives have tense null.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { memoKey } from "../../../doc/memo.js";
import {
  decodeFeatures,
  FLAG_ADJ,
  FLAG_AUX,
  FLAG_NOUN,
  FLAG_OTHER,
  FLAG_SUBJ1_DISTINCT,
  FLAG_SUBJ2_DISTINCT,
  FLAG_VERB,
  FORMAT_VERSION,
  LEXICON_FILE,
  lexKey,
  type Mood,
} from "./format.js";
import { analyseIeren } from "./ieren.js";

export type { Mood } from "./format.js";

export interface VerbAnalysis {
  lemma: string;
  mood: Mood;
  tense: "pres" | "past" | null;
  person: 1 | 2 | 3 | null;
  number: "sg" | "pl" | null;
}

/** A finite verb form used with a separated particle: "wies" + "zurück" → zurückweisen. */
export interface SplitVerbAnalysis extends VerbAnalysis {
  particle: string;
}

export type Pos = "VERB" | "AUX" | "NOUN" | "ADJ" | "OTHER";

export interface Lexicon {
  /** All verb analyses of a form (case-insensitive on the first letter). [] if unknown.
   * Analyses of the form as a complete word; for the finite part of a separated verb see `splitVerb`.
   * Regular -ieren verbs missing from the dictionary ("boykottierte") are analysed by rule (ieren.ts). */
  verb(form: string): readonly VerbAnalysis[];
  /** Verb lemma of a form, or null. If several, the most frequent/plausible. */
  verbLemma(form: string): string | null;
  /** True if the form can be Konjunktiv I and is NOT identical to an indicative form of the same lemma/person (e.g. "sei", "habe" (3sg), "werde" (3sg), "gebe", "könne", "müsse", "stehe" (3sg)).
   * Precisely: some Konjunktiv I analysis differs from the indicative present of the same lemma, person and number.
   * Forms that are also closed-class words or listed adjectives ("eine", "einige", "lange", "meine") give false. */
  isDistinctSubj1(form: string): boolean;
  /** True if the form can be Konjunktiv II (wäre, hätte, würde, könnte, gäbe, käme …). */
  isSubj2(form: string): boolean;
  /** Word classes the form can have. Unlisted words get NOUN/ADJ by rule when they are a compound of listed parts
   * ("Verteidigungsvertrag") or a comparative/superlative/-isch adjective ("größter", "nordkoreanische"). */
  pos(form: string): readonly Pos[];
  /** True if the lower-cased form is a known common noun/adjective/verb, i.e. a capitalised occurrence at sentence start is probably not a name.
   * Also true for closed-class words ("Die", "Nach") and rule-derived compounds, except hyphenated words and
   * compounds with a place/surname head (name-heads.txt: Russland, Hamburg, Bergmann). */
  isCommonWord(form: string): boolean;
  /** Joins a separable prefix with a verb form's lemma if that verb exists: ("wies","zurück") → "zurückweisen", ("lud","ein") → "einladen"; null if no such verb. */
  separableLemma(verbForm: string, particle: string): string | null;
  /** Lemma of a past participle incl. separable ones: "zugesichert" → "zusichern", "eingeladen" → "einladen".
   * Also for inflected participles used as adjectives: "angekündigten" → "ankündigen". */
  participleLemma(form: string): string | null;

  // ---- additions beyond the agreed API ----
  /** True if the form can be Konjunktiv II AND differs from the indicative past of the same lemma/person/number
   * (wäre ≠ war, hätte ≠ hatte, würde ≠ wurde, käme ≠ kam); false for "sollte", "sagte" (= Präteritum), and false
   * when the form is also an indicative of any verb ("führen": fahren/führen) or a closed-class word/adjective. */
  isDistinctSubj2(form: string): boolean;
  /** Analyses of the form as the finite part of a separated particle verb ("wies" → zurückweisen/zurück, …). */
  splitVerb(form: string): readonly SplitVerbAnalysis[];
  /** True if the form is a verb form only with a separated particle or as a complete word. */
  isVerb(form: string): boolean;
  /**
   * Rule-based split of a compound noun/adjective into a known modifier and a known head (lower-cased):
   * "Verteidigungsvertrag" → {modifier: "verteidigungs", head: "vertrag"}, "Reuters-Bericht" → head "bericht".
   * null if no split into known parts exists. Works whether or not the dictionary lists the whole word.
   */
  compound(form: string): Compound | null;
  /** True if the form is in the compiled dictionary table itself (not only derived by a rule). */
  isListed(form: string): boolean;
  /** Number of distinct forms (keys) in the table. */
  readonly size: number;
}

/** A compound split into modifier (with linking element, e.g. "staats") and head ("chef"), both lower-case. */
export interface Compound {
  modifier: string;
  head: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Separable verb particles (team-written list src/lang/de/lexicon/separable-particles.txt). */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = readLocalList("separable-particles.txt");
/** Compound heads that usually make a place name or surname (name-heads.txt); see `isCommonWord`. */
const NAME_HEADS: ReadonlySet<string> = readLocalList("name-heads.txt");

function readLocalList(name: string): Set<string> {
  // dist/src/lang/de/lexicon → src/lang/de/lexicon holds the text files.
  const dir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;
  const out = new Set<string>();
  for (const raw of readFileSync(join(dir, name), "utf8").split("\n")) {
    const line = raw.trim();
    if (line && !line.startsWith("#")) out.add(line);
  }
  return out;
}

/** Path of the compiled table: the nearest ancestor of this module holding data/lexicon/<file>. */
export function lexiconPath(): string {
  let dir = here;
  for (let i = 0; i < 8; i++) {
    const p = join(dir, "data", "lexicon", LEXICON_FILE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`German lexicon table data/lexicon/${LEXICON_FILE} not found; run "npm run build:lexicon"`);
}

interface Entry {
  flags: number;
  verbs: readonly VerbAnalysis[];
  split: readonly SplitVerbAnalysis[];
}

const EMPTY: Entry = Object.freeze({ flags: 0, verbs: Object.freeze([]), split: Object.freeze([]) });
/** Runtime-only flag: the word classes were derived by a rule (compound, comparative, -isch), not listed. */
const FLAG_DERIVED = 1 << 10;
/** Runtime-only flag: derived compound whose head usually makes a name (Russland, Bergmann). */
const FLAG_NAME_HEAD = 1 << 11;
const WORD_FLAGS = FLAG_VERB | FLAG_AUX | FLAG_NOUN | FLAG_ADJ | FLAG_OTHER;
/** Adjective inflection endings, longest first. */
const ADJ_ENDINGS = ["en", "em", "er", "es", "e", ""];
/** Linking elements (Fugenelemente) between the parts of a compound, longest first. */
const LINKS = ["ens", "es", "en", "er", "ns", "s", "n", "e", ""];
const MIN_PART = 3;
const NO_VERBS = { verbs: EMPTY.verbs, split: EMPTY.split };
const CACHE_LIMIT = 200_000;
/** Bits of the key filter (2^22 = 512 KB): with ~320,000 keys and two probes, about 1.5 % false positives. */
const KEY_FILTER_BITS = 1 << 22;
const KEY_FILTER_MASK = KEY_FILTER_BITS - 1;
const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const FLAG_CACHE_LIMIT = 50_000;

const POS_ORDER: [number, Pos][] = [
  [FLAG_VERB, "VERB"],
  [FLAG_AUX, "AUX"],
  [FLAG_NOUN, "NOUN"],
  [FLAG_ADJ, "ADJ"],
  [FLAG_OTHER, "OTHER"],
];

/**
 * The membership filter over the keys of the table's lines (FNV-1a of the key's Latin-1 codes, two probes), read off
 * the table's bytes (the same codes as the text's characters, without a string access per character).
 */
function keyFilter(bytes: Uint8Array, starts: Uint32Array): Uint32Array {
  const f = new Uint32Array(KEY_FILTER_BITS >>> 5);
  const len = bytes.length;
  for (let k = 0; k < starts.length; k++) {
    let h = FNV_SEED;
    for (let i = starts[k]; i < len; i++) {
      const c = bytes[i];
      if (c === 9 || c === 10) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    const a = h & KEY_FILTER_MASK;
    const b = Math.imul(h, 0x9e3779b1) & KEY_FILTER_MASK;
    f[a >>> 5] |= 1 << (a & 31);
    f[b >>> 5] |= 1 << (b & 31);
  }
  return f;
}

class TableLexicon implements Lexicon {
  private readonly text: string;
  /** the table's bytes (Latin-1: one per character of `text`), until the key filter is built from them */
  private bytes: Buffer | undefined;
  /** Start offset of every key line (sorted keys: binary search). */
  private readonly starts: Uint32Array;
  private readonly lemmas: string[];
  private readonly cache = new Map<string, Entry>();
  /** the entries by form as asked (any capitalisation) */
  private readonly formCache = new Map<string, Entry>();
  private readonly posCache = new Map<number, readonly Pos[]>();
  /** Listed flags of the parts tried by the compound/adjective rules (they recur across words). */
  private readonly flagCache = new Map<string, number>();
  readonly size: number;

  /** Membership filter over the keys (KEY_FILTER_BITS bits, two probes): most parts the rules try are no key. */
  private filter: Uint32Array | undefined;

  constructor(buf: Buffer) {
    const nl1 = buf.indexOf(10);
    const header = buf.toString("latin1", 0, nl1);
    if (!header.includes(FORMAT_VERSION)) throw new Error(`German lexicon table has an unknown format: ${header}`);
    const nl2 = buf.indexOf(10, nl1 + 1);
    this.text = buf.toString("latin1");
    this.bytes = buf;
    this.lemmas = this.text.slice(nl1 + 3, nl2).split("\t"); // skip "L\t"
    const body = nl2 + 1;
    const declared = /forms=(\d+)/.exec(header);
    let count = declared ? Number(declared[1]) : 0;
    if (!declared) for (let i = buf.indexOf(10, body); i >= 0; i = buf.indexOf(10, i + 1)) count++;
    const starts = new Uint32Array(count);
    let n = 0;
    for (let i = body; i < buf.length && n < count; ) {
      starts[n++] = i;
      const nl = buf.indexOf(10, i);
      if (nl < 0) break;
      i = nl + 1;
    }
    this.starts = starts.subarray(0, n);
    this.size = n;
  }

  /** False when `key` is certainly not a key of the table. */
  private mayHave(key: string): boolean {
    const f = this.filter ?? this.buildFilter();
    let h = FNV_SEED;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
    const a = h & KEY_FILTER_MASK;
    const b = Math.imul(h, 0x9e3779b1) & KEY_FILTER_MASK;
    return (f[a >>> 5] & (1 << (a & 31))) !== 0 && (f[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  private buildFilter(): Uint32Array {
    this.filter = keyFilter(this.bytes ?? Buffer.from(this.text, "latin1"), this.starts);
    this.bytes = undefined;
    return this.filter;
  }

  /** Offset of the line whose key is `key`, or -1. */
  private find(key: string): number {
    if (!this.mayHave(key)) return -1;
    const t = this.text;
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    const n = key.length;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      // Compare key with the line's key in place (the key ends at a TAB, which sorts before every letter).
      let cmp = 0;
      for (let i = 0; ; i++) {
        const a = i < n ? key.charCodeAt(i) : 9;
        const b = t.charCodeAt(s + i);
        if (a !== b) {
          cmp = a < b ? -1 : 1;
          break;
        }
        if (a === 9) break;
      }
      if (cmp === 0) return s;
      if (cmp > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private lookup(form: string): Entry {
    // the form as asked first: no lower-casing, and a token string asked again is hashed once
    const seen = this.formCache.get(form);
    if (seen) return seen;
    // copied out of long token strings: a memo that outlives the document must not keep its text alive
    const key = memoKey(lexKey(form));
    let e = this.cache.get(key);
    if (!e) {
      const i = this.find(key);
      e = i < 0 ? this.derive(key) : this.parse(i);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, e);
    }
    if (this.formCache.size >= CACHE_LIMIT) this.formCache.clear();
    this.formCache.set(memoKey(form), e);
    return e;
  }

  /** Word-class flags of a listed key (no derivation). */
  private listedFlags(key: string): number {
    if (!this.mayHave(key)) return 0;
    const hit = this.flagCache.get(key);
    if (hit !== undefined) return hit;
    const flags = this.readFlags(key);
    if (this.flagCache.size >= FLAG_CACHE_LIMIT) this.flagCache.clear();
    this.flagCache.set(memoKey(key), flags);
    return flags;
  }

  private readFlags(key: string): number {
    const s = this.find(key);
    if (s < 0) return 0;
    const a = this.text.indexOf("\t", s) + 1;
    let b = this.text.indexOf("\t", a);
    const nl = this.text.indexOf("\n", a);
    if (b < 0 || (nl >= 0 && nl < b)) b = nl < 0 ? this.text.length : nl;
    return Number.parseInt(this.text.slice(a, b), 36);
  }

  /** ADJ if the key is a comparative/superlative of a listed adjective or an -isch adjective. */
  private adjectiveFlags(key: string): number {
    for (const ending of ADJ_ENDINGS) {
      if (!key.endsWith(ending)) continue;
      const b = key.slice(0, key.length - ending.length);
      if (b.length >= 6 && b.endsWith("isch")) return FLAG_ADJ;
      if (b.endsWith("er") && this.comparativeBase(b, 2)) return FLAG_ADJ; // größer, neuere
      if (b.endsWith("est") && this.comparativeBase(b, 3)) return FLAG_ADJ; // neuest
      if (b.endsWith("st") && this.comparativeBase(b, 2)) return FLAG_ADJ; // schnellst
      if (b.endsWith("ßt") && this.comparativeBase(b, 1)) return FLAG_ADJ; // größt
    }
    return 0;
  }

  /** Whether b without its last `cut` letters is a listed adjective, as written or without its last umlaut. */
  private comparativeBase(b: string, cut: number): boolean {
    if (b.length - cut < MIN_PART) return false;
    const base = b.slice(0, b.length - cut);
    if (this.listedFlags(base) & FLAG_ADJ) return true;
    const plain = deUmlaut(base);
    return plain !== base && (this.listedFlags(plain) & FLAG_ADJ) !== 0;
  }

  /** Flags of a modifier part: listed word, with a linking element removed, or a verb stem (wohn-). */
  private modifierKnown(m: string, depth: number): boolean {
    for (const link of LINKS) {
      if (!m.endsWith(link)) continue;
      const base = m.slice(0, m.length - link.length);
      if (base.length < MIN_PART) continue;
      if (this.listedFlags(base) & WORD_FLAGS) return true;
      if (link === "" && this.listedFlags(`${base}en`) & FLAG_VERB) return true;
    }
    if (depth > 0) {
      for (const link of LINKS) {
        if (!m.endsWith(link)) continue;
        const base = m.slice(0, m.length - link.length);
        if (base.length >= 2 * MIN_PART && this.split(base, depth - 1)) return true;
      }
    }
    return false;
  }

  /** Longest known head with a known modifier. */
  private split(key: string, depth: number): Compound | null {
    const hyphen = key.lastIndexOf("-");
    if (hyphen > 0 && hyphen < key.length - 1) {
      const head = key.slice(hyphen + 1);
      const flags = this.listedFlags(head) & (FLAG_NOUN | FLAG_ADJ) || this.adjectiveFlags(head);
      return flags ? { modifier: key.slice(0, hyphen + 1), head } : null;
    }
    for (let i = MIN_PART; i <= key.length - MIN_PART; i++) {
      const head = key.slice(i);
      const modifier = key.slice(0, i);
      if (head.length < 4 && modifier.length < 4) continue;
      const flags = this.listedFlags(head) & (FLAG_NOUN | FLAG_ADJ) || this.adjectiveFlags(head);
      if (flags && this.modifierKnown(modifier, depth)) return { modifier, head };
    }
    return null;
  }

  private derive(key: string): Entry {
    if (key.length < MIN_PART) return EMPTY;
    const ieren = analyseIeren(key);
    const c = key.length >= 6 ? this.split(key, 1) : null;
    // "Positionspapiere" is a compound noun, not a verb "positionspapieren".
    const nounCompound = c !== null && (this.listedFlags(c.head) & (FLAG_NOUN | FLAG_VERB)) === FLAG_NOUN;
    if (ieren && !nounCompound) {
      const verbs = Object.freeze(ieren.features.map((f) => Object.freeze({ lemma: ieren.lemma, ...f })));
      const flags = FLAG_VERB | FLAG_DERIVED | (ieren.distinctSubj1 ? FLAG_SUBJ1_DISTINCT : 0);
      return { flags, verbs, split: EMPTY.split };
    }
    const adj = this.adjectiveFlags(key);
    if (adj) return { flags: adj | FLAG_DERIVED, ...NO_VERBS };
    if (!c) return EMPTY;
    // Hyphenated words with a known head ("EU-Kommission", "Reuters-Bericht") and compounds with a place/surname
    // head ("Russland", "Bergmann") are often names: no word class, only `compound()` tells the head.
    if (NAME_HEADS.has(c.head) || c.modifier.endsWith("-"))
      return { flags: FLAG_DERIVED | FLAG_NAME_HEAD, ...NO_VERBS };
    const flags = (this.listedFlags(c.head) & (FLAG_NOUN | FLAG_ADJ)) | this.adjectiveFlags(c.head) | FLAG_DERIVED;
    return { flags, ...NO_VERBS };
  }

  compound(form: string): Compound | null {
    const key = lexKey(form);
    return key.length >= 6 ? this.split(key, 1) : null;
  }

  isListed(form: string): boolean {
    return this.find(lexKey(form)) >= 0;
  }

  private parse(s: number): Entry {
    let end = this.text.indexOf("\n", s);
    if (end < 0) end = this.text.length;
    const fields = this.text.slice(s, end).split("\t");
    const flags = Number.parseInt(fields[1], 36);
    const verbs: VerbAnalysis[] = [];
    if (fields[2]) {
      for (const group of fields[2].split(";")) {
        const colon = group.indexOf(":");
        const lemma = this.lemmas[Number.parseInt(group.slice(0, colon), 36)];
        for (const code of group.slice(colon + 1).split(",")) {
          verbs.push(Object.freeze({ lemma, ...decodeFeatures(code) }));
        }
      }
    }
    const split: SplitVerbAnalysis[] = [];
    if (fields[3]) {
      for (const group of fields[3].split(";")) {
        const gt = group.indexOf(">");
        const colon = group.indexOf(":", gt);
        const particle = group.slice(0, gt);
        const lemma = this.lemmas[Number.parseInt(group.slice(gt + 1, colon), 36)];
        for (const code of group.slice(colon + 1).split(",")) {
          split.push(Object.freeze({ lemma, particle, ...decodeFeatures(code) }));
        }
      }
    }
    return { flags, verbs: Object.freeze(verbs), split: Object.freeze(split) };
  }

  verb(form: string): readonly VerbAnalysis[] {
    return this.lookup(form).verbs;
  }

  verbLemma(form: string): string | null {
    // Lemma groups are stored most plausible first (indicative > Konjunktiv > participle/infinitive > imperative).
    return this.lookup(form).verbs[0]?.lemma ?? null;
  }

  isDistinctSubj1(form: string): boolean {
    const flags = this.lookup(form).flags;
    // "eine" (einen), "einige" (einigen), "lange" (langen), "deutsche" (deutschen) are Konjunktiv I forms of rare
    // verbs but nearly always article/pronoun/adjective: closed-class words and listed adjectives are excluded.
    return (flags & FLAG_SUBJ1_DISTINCT) !== 0 && (flags & (FLAG_OTHER | FLAG_ADJ)) === 0;
  }

  isSubj2(form: string): boolean {
    const e = this.lookup(form);
    return e.verbs.some((a) => a.mood === "subj2") || e.split.some((a) => a.mood === "subj2");
  }

  isDistinctSubj2(form: string): boolean {
    const e = this.lookup(form);
    if ((e.flags & FLAG_SUBJ2_DISTINCT) === 0 || (e.flags & (FLAG_OTHER | FLAG_ADJ)) !== 0) return false;
    // "führen" is Konjunktiv II of fahren but mostly the indicative of führen.
    return !e.verbs.some((a) => a.mood === "ind") && !e.split.some((a) => a.mood === "ind");
  }

  pos(form: string): readonly Pos[] {
    const flags = this.lookup(form).flags & (FLAG_VERB | FLAG_AUX | FLAG_NOUN | FLAG_ADJ | FLAG_OTHER);
    let out = this.posCache.get(flags);
    if (!out) {
      out = Object.freeze(POS_ORDER.filter(([bit]) => (flags & bit) !== 0).map(([, p]) => p));
      this.posCache.set(flags, out);
    }
    return out;
  }

  isCommonWord(form: string): boolean {
    const flags = this.lookup(form).flags;
    return (flags & WORD_FLAGS) !== 0 && (flags & FLAG_NAME_HEAD) === 0;
  }

  isVerb(form: string): boolean {
    return (this.lookup(form).flags & FLAG_VERB) !== 0;
  }

  splitVerb(form: string): readonly SplitVerbAnalysis[] {
    return this.lookup(form).split;
  }

  separableLemma(verbForm: string, particle: string): string | null {
    const p = lexKey(particle);
    for (const a of this.lookup(verbForm).split) if (a.particle === p) return a.lemma;
    return null;
  }

  participleLemma(form: string): string | null {
    const direct = pastParticipleLemma(this.lookup(form).verbs);
    if (direct) return direct;
    // Inflected participle used as an adjective: "angekündigten" → angekündigt → ankündigen.
    const key = lexKey(form);
    for (const ending of ["en", "em", "er", "es", "e"]) {
      if (key.length > ending.length + 3 && key.endsWith(ending)) {
        const base = pastParticipleLemma(this.lookup(key.slice(0, key.length - ending.length)).verbs);
        if (base) return base;
      }
    }
    return null;
  }
}

function pastParticipleLemma(verbs: readonly VerbAnalysis[]): string | null {
  for (const a of verbs) if (a.mood === "part" && a.tense === "past") return a.lemma;
  return null;
}

function deUmlaut(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === "ä" || c === "ö" || c === "ü")
      return s.slice(0, i) + (c === "ä" ? "a" : c === "ö" ? "o" : "u") + s.slice(i + 1);
  }
  return s;
}

let instance: Lexicon | undefined;

/** The process-wide lexicon (loaded on first call). */
export function lexicon(): Lexicon {
  if (!instance) instance = loadLexicon(lexiconPath());
  return instance;
}

/** Builds a lexicon from table text as produced by `compileLexicon` (tests and tools). */
export function lexiconFromTable(text: string): Lexicon {
  return new TableLexicon(Buffer.from(text, "latin1"));
}

/** Loads a lexicon table from a file (tests and tools; stages use `lexicon()`). */
export function loadLexicon(path: string): Lexicon {
  return new TableLexicon(gunzipSync(readFileSync(path)));
}
