/**
 * The event dictionaries in src/lang/de/events/ (plain data, loaded once per process):
 * verbs.tsv (lemma → type/mode/frame), nouns.tsv (noun + light verb → type), actors.tsv
 * (collective actor nouns), weapons.txt, cues.tsv (negation/condition/intent words) and the
 * generated verb-forms.tsv (inflected form → lemma).
 */
import { readFileSync } from "node:fs";
import { memoKey } from "../../../doc/memo.js";
import type { PloverType } from "../../../doc/schema/events.js";
import { type ActorKind, type ActorNoun, FRAME_FLAGS, type FrameFlag, type VerbKind } from "../../../events/grammar.js";
import { deDataPath, readWordList } from "../data.js";

/** Rows of a TSV data file without comment lines and (by default) without its header row. */
export function readTsv(name: string, header = true): string[][] {
  const rows: string[][] = [];
  let seenHeader = !header;
  for (const raw of readFileSync(deDataPath(name), "utf8").split("\n")) {
    if (!raw.trim() || raw.startsWith("#")) continue;
    if (!seenHeader) {
      seenHeader = true;
      continue;
    }
    rows.push(raw.split("\t").map((c) => c.trim()));
  }
  return rows;
}

export interface VerbRow {
  lemma: string;
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<FrameFlag>;
}

export interface NounRow {
  noun: string;
  verbs: ReadonlySet<string> | null;
  /** The frame is no event at all (type NONE in the table): it blocks the verb's own reading. */
  none: boolean;
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<FrameFlag>;
}

/** One reading of an inflected verb form. kind: F finite, S finite of a split verb, P participle, I infinitive, Z zu-infinitive. */
export interface FormReading {
  lemma: string;
  kind: VerbKind;
  particle: string | null;
}

export interface EventTables {
  verbs: ReadonlyMap<string, readonly VerbRow[]>;
  nouns: readonly NounRow[];
  actors: readonly ActorNoun[];
  weapons: readonly string[];
  cues: ReadonlyMap<string, string>;
  forms: ReadonlyMap<string, readonly FormReading[]>;
  /** target-preps.tsv: "*", a PLOVER type or "mode:<mode>" → the prepositions it lets a target phrase have. */
  targetPreps: ReadonlyMap<string, readonly string[]>;
}

const KNOWN_FLAGS: ReadonlySet<string> = new Set(FRAME_FLAGS);
/** The frame flags of a table row; an unknown flag is an error in the table, not silently ignored. */
function flagSet(s: string): ReadonlySet<FrameFlag> {
  const out = new Set<FrameFlag>();
  if (s === "-" || !s) return out;
  for (const f of s.split(",").map((x) => x.trim())) {
    if (!KNOWN_FLAGS.has(f)) throw new Error(`events tables: unknown frame flag "${f}"`);
    out.add(f as FrameFlag);
  }
  return out;
}
const orNull = (s: string | undefined): string | null => (!s || s === "-" ? null : s);

let cache: EventTables | undefined;

/** The event tables, read once per process. */
export function eventTables(): EventTables {
  if (cache) return cache;
  const verbs = new Map<string, VerbRow[]>();
  for (const [lemma, type, mode, flags] of readTsv("events/verbs.tsv")) {
    const row: VerbRow = { lemma, type: type as PloverType, mode: orNull(mode), flags: flagSet(flags ?? "-") };
    const list = verbs.get(lemma);
    if (list) list.push(row);
    else verbs.set(lemma, [row]);
  }
  const nouns: NounRow[] = readTsv("events/nouns.tsv").map(([noun, vs, type, mode, flags]) => ({
    noun,
    verbs: vs === "*" ? null : new Set(vs.split(",").map((v) => v.trim())),
    none: type === "NONE",
    type: type as PloverType,
    mode: orNull(mode),
    flags: flagSet(flags ?? "-"),
  }));
  const actors: ActorNoun[] = readTsv("events/actors.tsv").map(([noun, kind, armed]) => ({
    noun,
    kind: kind as ActorKind,
    armed: armed === "y",
  }));
  const cues = new Map<string, string>();
  for (const [word, role] of readTsv("events/cues.tsv")) cues.set(word, role);
  const forms = new Map<string, FormReading[]>();
  for (const [form, lemma, kind] of readTsv("events/verb-forms.tsv", false)) {
    const reading: FormReading = kind.startsWith("S:")
      ? { lemma, kind: "S", particle: kind.slice(2) }
      : { lemma, kind: kind as FormReading["kind"], particle: null };
    const list = forms.get(form);
    if (list) list.push(reading);
    else forms.set(form, [reading]);
  }
  const targetPreps = new Map<string, string[]>();
  for (const [key, preps] of readTsv("events/target-preps.tsv")) targetPreps.set(key, preps.split(" ").filter(Boolean));
  cache = { verbs, nouns, actors, weapons: [...readWordList("events/weapons.txt")], cues, forms, targetPreps };
  return cache;
}

const ENDINGS = ["", "e", "en", "n", "s", "es", "er", "ern", "nen"];

/** Whether a lower-case word is `stem` or a compound ending in it, in any common inflection. */
export function endsWithStem(word: string, stem: string): boolean {
  for (const e of ENDINGS) {
    const full = stem + e;
    if (word === full) return true;
    if (stem.length >= 5 && word.length > full.length && word.endsWith(full)) return true;
  }
  return false;
}

/** Per-word memo (bounded): the suffix scans below run once per distinct word form. */
export function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as T;
  return remember(cache, key, compute());
}

/** Stores a computed value in a bounded per-word memo (for callers that look it up themselves) and returns it. */
export function remember<T>(cache: Map<string, T>, key: string, v: T): T {
  if (cache.size > 50_000) cache.clear();
  cache.set(memoKey(key), v);
  return v;
}

/** One entry of a stem index that a word matched: its stem and its position in the list the index was built from. */
export interface StemMatch<T> {
  stem: string;
  item: T;
  order: number;
}

/**
 * Stem index: every stem+ending form → the entries with that stem, so that the entries a word is (or, for stems of
 * ≥ 5 letters, ends in as a compound) are found by looking up the word's suffixes instead of testing every entry —
 * the same answers as `endsWithStem` over the list.
 */
export class StemIndex<T> {
  private readonly forms = new Map<string, StemMatch<T>[]>();
  /** The shortest and longest forms of stems of ≥ 5 letters: a word's suffixes outside that range match none. */
  private readonly minForm: number;
  private readonly maxForm: number;
  constructor(items: readonly T[], stemOf: (t: T) => string, endings: readonly string[] = ENDINGS) {
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    items.forEach((item, order) => {
      const stem = stemOf(item);
      for (const e of new Set(endings)) {
        const form = stem + e;
        if (stem.length >= 5) {
          min = Math.min(min, form.length);
          max = Math.max(max, form.length);
        }
        const list = this.forms.get(form);
        if (list) list.push({ stem, item, order });
        else this.forms.set(form, [{ stem, item, order }]);
      }
    });
    this.minForm = min;
    this.maxForm = max;
  }
  /** The entries whose stem the lower-case word is or (stems of ≥ 5 letters) ends in, longer suffixes first. */
  matches(word: string): StemMatch<T>[] {
    const out: StemMatch<T>[] = [];
    const whole = this.forms.get(word);
    if (whole) out.push(...whole);
    for (let j = Math.max(1, word.length - this.maxForm); j <= word.length - this.minForm; j++) {
      const list = this.forms.get(word.slice(j));
      if (!list) continue;
      for (const x of list) if (x.stem.length >= 5) out.push(x);
    }
    return out;
  }
}

/** Suffix index: every stem+ending form → the entries with that stem; compound ends need stems of ≥ 5 letters. */
class SuffixIndex<T> {
  private readonly index: StemIndex<T>;
  private readonly cache = new Map<string, readonly T[]>();
  constructor(items: readonly T[], stemOf: (t: T) => string) {
    this.index = new StemIndex(items, stemOf);
  }
  /** Entries whose stem the lower-case word is or ends in (longest stem first). */
  find(word: string): readonly T[] {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const out = word.length < 3 ? [] : this.index.matches(word);
    out.sort((a, b) => b.stem.length - a.stem.length);
    return remember(
      this.cache,
      word,
      out.map((x) => x.item),
    );
  }
}

let actorIndex: SuffixIndex<ActorNoun> | undefined;
let weaponIndex: SuffixIndex<string> | undefined;
let nounIndex: SuffixIndex<NounRow> | undefined;

/** The collective actor noun a lower-case word ends in ("bereitschaftspolizei" → polizei), if any. */
export function actorNoun(lower: string): ActorNoun | undefined {
  actorIndex ??= new SuffixIndex(eventTables().actors, (a) => a.noun);
  return actorIndex.find(lower)[0];
}

/** Whether a lower-case word names a weapon or armed force. */
export function isWeaponWord(lower: string): boolean {
  weaponIndex ??= new SuffixIndex(eventTables().weapons, (w) => w);
  return weaponIndex.find(lower).length > 0;
}

let sportIndex: SuffixIndex<string> | undefined;

const sportWords = new Map<string, boolean>();

/** Whether a lower-case word marks a sports context (sport-words.txt); per-word memo (a sports report is looked for
 * in every document). */
export function isSportWord(lower: string): boolean {
  const hit = sportWords.get(lower);
  if (hit !== undefined) return hit;
  sportIndex ??= new SuffixIndex([...readWordList("events/sport-words.txt")], (w) => w);
  return remember(sportWords, lower, sportIndex.find(lower).length > 0);
}

const nounRows = new Map<string, readonly NounRow[]>();

/** Noun-frame rows whose noun the (lower-case) word is or ends in, in file order (per-word memo). */
export function nounRowsFor(lower: string): readonly NounRow[] {
  const hit = nounRows.get(lower);
  if (hit !== undefined) return hit;
  nounIndex ??= new SuffixIndex(eventTables().nouns, (r) => r.noun);
  const rows = nounIndex.find(lower);
  const order = eventTables().nouns;
  return remember(
    nounRows,
    lower,
    rows.length < 2 ? rows : [...rows].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  );
}
