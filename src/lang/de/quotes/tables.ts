/**
 * The quote stage's data tables (src/lang/de/quotes/*), loaded once per process.
 */
import { readFileSync } from "node:fs";
import { deDataPath, readWordList } from "../data.js";

export type CueType = "speech" | "thought" | "writing";

export interface CueVerb {
  lemma: string;
  type: CueType;
  /** Separable particle ("an" for ankündigen), or null. */
  particle: string | null;
}

export interface QuoteTables {
  cues: ReadonlyMap<string, CueVerb>;
  /** Source frame words (laut, zufolge, nach, demnach, so, wie) → frame kind. */
  frames: ReadonlyMap<string, string>;
  reportNouns: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  channelPrepositions: ReadonlySet<string>;
  scareMarkers: ReadonlySet<string>;
  scarePrefixes: readonly string[];
  pronouns: ReadonlyMap<string, string>;
  frameAdverbs: ReadonlySet<string>;
  cueNouns: ReadonlySet<string>;
  /** Predicative adjectives of attitude that govern a reported clause ("zuversichtlich, dass …"). */
  cueAdjectives: ReadonlySet<string>;
  reportHeads: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** Words that open a fronted adverbial, never a subject ("Bezüglich", "Angesichts", "Des Weiteren"). */
  adverbialOpeners: ReadonlySet<string>;
  /** Endings of feminine nouns ("-ung", "-schrift"): a feminine outlet after "der" is a dative addressee. */
  feminineSuffixes: readonly string[];
  /** The endings that make any noun feminine ("-ung", "-heit"; marked "=" in feminine-suffixes.txt). */
  alwaysFeminineSuffixes: readonly string[];
  /** Cue lemmas whose speech-act reading needs (required) or excludes (excluded) a reflexive "sich". */
  reflexiveCues: ReadonlyMap<string, "required" | "excluded">;
  /** Participles of cue verbs that under "sein" name a state, not a statement ("Experten sind gefragt"). */
  stativeParticiples: ReadonlySet<string>;
  /** Endings of person nouns ("-at", "-ist"); see personEnding. */
  personSuffixes: readonly string[];
  /** Institution nouns that share a person ending ("Staat", "Ministerium"; prefixed "! " in the file). */
  personSuffixStops: readonly string[];
  /** Cue lemma → complements whose NP/PP is the reported content ("acc", "als" or a preposition). */
  reportedFrames: ReadonlyMap<string, readonly string[]>;
  /** Frame lemmas that are speech acts only with a person or organisation as subject ("verwies auf": the
   * spokesman, not "ein Fossilfund"). */
  reportedAgentOnly: ReadonlySet<string>;
  /** Collective actor nouns (Regierung, Polizei, Staatsanwaltschaft, …; events/actors.tsv, the events stage's
   * list), matched as the end of a compound: subjects that act and speak. Targets (kind civilian) left out. */
  actorNouns: readonly string[];
  /** Labels before a colon that name no speaker ("Frage:", "Antwort:", "Update:"); see interview.ts. */
  dialogueLabels: ReadonlySet<string>;
}

function readTsv(name: string): string[][] {
  const rows: string[][] = [];
  for (const raw of readFileSync(deDataPath(name), "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    rows.push(line.split("\t").map((c) => c.trim()));
  }
  return rows;
}

let cache: QuoteTables | undefined;

export function quoteTables(): QuoteTables {
  if (cache) return cache;
  const cues = new Map<string, CueVerb>();
  for (const [lemma, type, particle] of readTsv("quotes/cue-verbs.tsv")) {
    cues.set(lemma, { lemma, type: type as CueType, particle: particle && particle !== "-" ? particle : null });
  }
  const frames = new Map<string, string>();
  for (const [word, frame] of readTsv("quotes/source-frames.tsv")) frames.set(word, frame);
  const scare = readWordList("quotes/scare-markers.txt");
  const scareMarkers = new Set<string>();
  const scarePrefixes: string[] = [];
  for (const w of scare) {
    if (w.endsWith("*")) scarePrefixes.push(w.slice(0, -1));
    else scareMarkers.add(w);
  }
  const pronouns = new Map<string, string>();
  for (const [form, g] of readTsv("quotes/speaker-pronouns.tsv")) pronouns.set(form, g);
  const reportedFrames = new Map<string, string[]>();
  const reportedAgentOnly = new Set<string>();
  for (const [lemma, comp, agent] of readTsv("quotes/reported-frames.tsv")) {
    const list = reportedFrames.get(lemma) ?? [];
    list.push(comp);
    reportedFrames.set(lemma, list);
    if (agent === "agent") reportedAgentOnly.add(lemma);
  }
  const feminine = [...readWordList("quotes/feminine-suffixes.txt")];
  const personList = [...readWordList("quotes/person-suffixes.txt")];
  const reflexiveCues = new Map<string, "required" | "excluded">();
  for (const [lemma, rule] of readTsv("quotes/reflexive-cues.tsv"))
    if (rule === "required" || rule === "excluded") reflexiveCues.set(lemma, rule);
  cache = {
    reportedFrames,
    reportedAgentOnly,
    actorNouns: readTsv("events/actors.tsv")
      .filter(([noun, kind]) => noun !== "noun" && kind !== "civilian")
      .map(([noun]) => noun),
    cues,
    frames,
    reportNouns: readWordList("quotes/report-nouns.txt"),
    outletNouns: readWordList("quotes/outlet-nouns.txt"),
    channelPrepositions: readWordList("quotes/channel-prepositions.txt"),
    scareMarkers,
    scarePrefixes,
    pronouns,
    frameAdverbs: readWordList("quotes/frame-adverbs.txt"),
    cueNouns: readWordList("quotes/cue-nouns.txt"),
    cueAdjectives: readWordList("quotes/cue-adjectives.txt"),
    reportHeads: readWordList("quotes/report-heads.txt"),
    feminineSuffixes: feminine.map((x) => (x.startsWith("=") ? x.slice(1) : x)),
    alwaysFeminineSuffixes: feminine.filter((x) => x.startsWith("=")).map((x) => x.slice(1)),
    reflexiveCues,
    stativeParticiples: readWordList("quotes/stative-participles.txt"),
    personSuffixes: personList.filter((x) => !x.startsWith("! ")),
    personSuffixStops: personList.filter((x) => x.startsWith("! ")).map((x) => x.slice(2)),
    adverbialOpeners: readWordList("quotes/adverbial-openers.txt"),
    dialogueLabels: readWordList("quotes/dialogue-labels.txt"),
    functionWords: readWordList("lexicon/function-words.txt"),
  };
  return cache;
}

let classes: Map<string, ReadonlySet<string>> | undefined;

/**
 * One closed word class of clause-words.tsv ("subord", "oblique", "np.genitive", …), read once per process.
 * An unknown class is a programming error and throws.
 */
export function clauseClass(cls: string): ReadonlySet<string> {
  if (!classes) {
    classes = new Map();
    for (const [name, words] of readTsv("quotes/clause-words.tsv")) {
      if (name !== "class") classes.set(name, new Set(words.split(/\s+/)));
    }
  }
  const words = classes.get(cls);
  if (!words) throw new Error(`quotes/clause-words.tsv has no class "${cls}"`);
  return words;
}

/**
 * Whether a lower-case noun has a person ending (person-suffixes.txt): true for "diplomat", "journalistin"; false for
 * an institution noun on the stop list ("ministerium", "staat"); null for neither.
 */
export function personEnding(w: string): boolean | null {
  const T = quoteTables();
  if (T.personSuffixStops.some((x) => w.endsWith(x))) return false;
  return T.personSuffixes.some((x) => w.endsWith(x)) ? true : null;
}
