/**
 * German candidate mentions for the coreference engine: pronouns (pronouns.tsv), and noun phrases whose head is a
 * role, a person description or an organisation noun (nouns.tsv, the KB's role nouns, the events stage's collective
 * actors, demonyms, "der 45-Jährige") — with the genders their article and ending allow, whether they are definite,
 * possessive or indefinite, the country an adjective gives them, and the name they follow as an apposition or
 * precede as a title ("Innenministerin Johanna Mikl-Leitner").
 */
import type { Candidate, Denotes, Gender } from "../../../coref/grammar.js";
import type { Doc } from "../../../doc/index.js";
import { memoKey } from "../../../doc/memo.js";
import { type TokenView, tokenView } from "../../../doc/token-view.js";
import { TokenKind } from "../../../doc/tokens.js";
import type { Kb, RoleNoun } from "../../../kb/index.js";
import { readTsvRows } from "../data.js";
import type { Lexicon } from "../lexicon/index.js";
import { clauseClass, personEnding } from "../quotes/tables.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_NP_AGE_UNITS: ReadonlySet<string> = clauseClass("np.age-units");
const CLASS_NP_AGE_ADJECTIVES: ReadonlySet<string> = clauseClass("np.age-adjectives");

interface PronounRow {
  genders: Gender[];
  person: 1 | 3;
  denotes: Denotes;
  demonstrative: boolean;
}

type NounClass = "role" | "person" | "org";

interface NounRow {
  cls: NounClass;
  /** For organisations: the kind (government, party, company, …). */
  kind: string | null;
  /** A body that acts under this name ("die Polizei"): an entity of its own when nothing earlier is meant. */
  body: boolean;
  /** A noun read only in the plural, as a group ("die Demonstranten"; "der Angreifer" is left to other rules). */
  groupOnly: boolean;
}

export interface CorefTables {
  pronouns: ReadonlyMap<string, PronounRow>;
  /** nouns.tsv and the collective actors; those of 4+ letters also end compounds ("Verteidigungsministerium"). */
  nouns: ReadonlyMap<string, NounRow>;
  /** The nouns of the bodies among them ("polizei", "regierung"), for a cheap test before a lookup (`mayBeBody`). */
  bodies: readonly string[];
  /** The last two letters of each of `bodies` (two char codes in one number), the first test of `mayBeBody`. */
  bodyEnds: ReadonlySet<number>;
  /** Nouns that count only after an adjective (nouns.tsv rows of two words): noun → adjective stem → row. */
  afterAdjective: ReadonlyMap<string, ReadonlyMap<string, NounRow>>;
}

export function loadCorefTables(): CorefTables {
  const pronouns = new Map<string, PronounRow>();
  for (const [form, genders, person, denotes, kind] of readTsvRows("coref/pronouns.tsv")) {
    if (form === "form") continue;
    pronouns.set(form, {
      genders: genders.split("|") as Gender[],
      person: person === "1" ? 1 : 3,
      denotes: denotes as Denotes,
      demonstrative: kind === "d",
    });
  }
  const nouns = new Map<string, NounRow>();
  const afterAdjective = new Map<string, Map<string, NounRow>>();
  for (const [noun, cls, body] of readTsvRows("coref/nouns.tsv")) {
    if (noun === "noun") continue;
    // "org:<kind>" an organisation of a kind; "person:<kind>" a member of a body of that kind ("polizist" police)
    const [base, kind] = cls.split(":");
    const row: NounRow = { cls: base as NounClass, kind: kind ?? null, body: body === "y", groupOnly: body === "g" };
    const [adjective, after] = noun.split(" ");
    if (after === undefined) nouns.set(noun, row);
    else {
      const byAdjective = afterAdjective.get(after) ?? new Map<string, NounRow>();
      byAdjective.set(adjective, row);
      afterAdjective.set(after, byAdjective);
    }
  }
  for (const [noun, kind] of readTsvRows("events/actors.tsv")) {
    if (noun === "noun" || kind === "civilian" || nouns.has(noun) || noun.includes(" ")) continue;
    nouns.set(noun, { cls: "org", kind, body: false, groupOnly: false });
  }
  const bodies = [...nouns].filter(([, row]) => row.body).map(([noun]) => noun);
  const bodyEnds = new Set(bodies.map((b) => lastTwo(b, b.length)));
  return { pronouns, nouns, bodies, bodyEnds, afterAdjective };
}

/** The two letters of `s` before position `end` as one number (no string is built). */
function lastTwo(s: string, end: number): number {
  return s.charCodeAt(end - 2) * 65536 + s.charCodeAt(end - 1);
}

const DEFINITE: ReadonlyMap<string, Gender[]> = new Map([
  ["der", ["m", "f", "pl"]],
  ["die", ["f", "pl"]],
  ["das", ["n"]],
  ["des", ["m", "n"]],
  ["dem", ["m", "n"]],
  ["den", ["m", "pl"]],
  ["dieser", ["m", "f", "pl"]],
  ["diese", ["f", "pl"]],
  ["dieses", ["n", "m"]],
  ["diesem", ["m", "n"]],
  ["diesen", ["m", "pl"]],
]);
const INDEFINITE = new Set(["ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine"]);
const POSSESSIVE_STEMS = ["sein", "ihr", "unser", "euer", "mein", "dein", "dessen", "deren"];
const POSSESSIVE_ENDINGS = ["", "e", "er", "es", "em", "en"];

type Determiner = "def" | "indef" | "poss";

/** Every determiner form and its kind, for one lookup per word (definite first, as the rules read them). */
const DETERMINERS: ReadonlyMap<string, Determiner> = (() => {
  const m = new Map<string, Determiner>();
  for (const stem of POSSESSIVE_STEMS) for (const end of POSSESSIVE_ENDINGS) m.set(stem + end, "poss");
  for (const w of INDEFINITE) m.set(w, "indef");
  for (const w of DEFINITE.keys()) m.set(w, "def");
  return m;
})();
const AGE = /^\d+-jährige[nrms]?$/;
/** No coordinated names (Candidate.coordinated). */
const NONE: readonly number[] = [];

interface Head {
  cls: NounClass;
  role: RoleNoun | null;
  /** feminine form ("Ministerin") */
  feminine: boolean;
  kind: string | null;
  body: boolean;
  /** nouns.tsv "g": read only in the plural, as a group. */
  groupOnly: boolean;
  /** The base form the noun table matched ("aktivist" for "Linksaktivisten"), when it did. */
  stem: string | null;
  /** The word without case/plural ending ("Linksaktivist"). */
  lemma: string;
  /** For a noun that counts only after an adjective: the phrase's head ("internationale gemeinschaft"), else null. */
  pair: string | null;
}

/** A KB role noun that ends the word ("CDU-Vorsitzende" → Vorsitzende, "Menschenrechtskommissar" → Kommissar). */
function roleTail(word: string, kb: Kb): RoleNoun | null {
  const dash = word.lastIndexOf("-");
  if (dash > 0 && dash < word.length - 1) {
    const r = kb.roleNoun(word.slice(dash + 1));
    if (r) return r;
  }
  for (let k = 1; k + 5 <= word.length; k++) {
    const tail = word.slice(k);
    const r = kb.roleNoun(tail.charAt(0).toUpperCase() + tail.slice(1));
    if (r) return r;
  }
  return null;
}

/** Case and plural endings a noun may carry beyond its base form ("Aktivisten", "Ministeriums", "Experten"). */
const ENDINGS = ["", "en", "n", "s", "es", "e"];

/** The noun table's row for a lower-case word and the base form it matched, trying case/plural endings and
 * compound tails ("linksaktivisten" → aktivist). */
function nounRow(lower: string, t: CorefTables): { row: NounRow; stem: string; ending: string } | null {
  const base = baseNoun(lower);
  for (const ending of ENDINGS) {
    if (ending && !base.endsWith(ending)) continue;
    const stem = ending ? base.slice(0, -ending.length) : base;
    const row = t.nouns.get(stem);
    if (row) return { row, stem, ending };
    const tail = longestTail(stem, t);
    if (tail) return { row: tail, stem, ending };
  }
  return null;
}

/** The row of the longest noun of at least 4 letters that ends `stem` and leaves at least 3 letters before it
 * ("verteidigungsministerium" → ministerium): one lookup per suffix, longest first. */
export function longestTail(stem: string, t: CorefTables): NounRow | undefined {
  for (let k = 3; k + 4 <= stem.length; k++) {
    const row = t.nouns.get(stem.slice(k));
    if (row) return row;
  }
  return undefined;
}

/** What a capitalised noun denotes (role, person description, organisation), if the rules know it. */
export function nounClass(word: string, kb: Kb, t: CorefTables): NounClass | null {
  return classifyWord(word, kb, t)?.cls ?? null;
}

/** Answers that depend only on a word form, per tables, KB and lexicon (bounded so a long-running process does
 * not grow): what a head noun denotes, whether a lower-case word reads as an adjective. */
interface WordMemo {
  kb: Kb;
  lex: Lexicon;
  heads: Map<string, Head | null>;
  adjectives: Map<string, boolean>;
}

const MEMOS = new WeakMap<CorefTables, WordMemo>();
const MEMO_LIMIT = 50_000;

function wordMemo(t: CorefTables, kb: Kb, lex: Lexicon): WordMemo {
  let m = MEMOS.get(t);
  if (!m || m.kb !== kb || m.lex !== lex || m.heads.size + m.adjectives.size > MEMO_LIMIT) {
    m = { kb, lex, heads: new Map(), adjectives: new Map() };
    MEMOS.set(t, m);
  }
  return m;
}

/** What a capitalised noun denotes, if the rules know it (memoised per word form). */
function classify(word: string, kb: Kb, t: CorefTables, memo: WordMemo): Head | null {
  let head = memo.heads.get(word);
  if (head === undefined) {
    head = classifyWord(word, kb, t);
    memo.heads.set(memoKey(word), head);
  }
  return head;
}

function classifyWord(word: string, kb: Kb, t: CorefTables): Head | null {
  const lower = word.toLowerCase();
  const feminine = /in(nen)?$/.test(lower);
  const plain = { role: null, kind: null, body: false, groupOnly: false, stem: null, lemma: word, pair: null };
  if (AGE.test(lower)) return { ...plain, cls: "person", feminine: false };
  const role = kb.roleNoun(word) ?? roleTail(word, kb);
  if (role) return { ...plain, cls: "role", role, feminine: feminine && !role.plural };
  if (kb.isDemonym(word)) return { ...plain, cls: "person", feminine };
  const hit = nounRow(lower, t);
  // a noun with a person ending ("Diplomatin", "Sozialist", "Soziologe"; quotes/person-suffixes.txt) — not the
  // endings -ent/-ant/-at, which many things share ("Management", "Parlament", "Zertifikat")
  if (!hit) {
    const b = baseNoun(lower);
    return personEnding(b) && !/(ent|ant|at)$/.test(b) ? { ...plain, cls: "person", feminine } : null;
  }
  const lemma = hit.ending && !feminine ? word.slice(0, -hit.ending.length) : word;
  const { cls, kind, body, groupOnly } = hit.row;
  return { cls, role: null, feminine, kind, body, groupOnly, stem: hit.stem, lemma, pair: null };
}

/** Adjective endings ("internationale", "internationalen"). */
const ADJECTIVE_ENDINGS = /(e|en|er|es|em)$/;

/**
 * A noun of nouns.tsv that counts only after an adjective ("die internationale Gemeinschaft"): its head when token
 * j - 1 is that adjective in any ending, else null. The phrase's head is the pair ("international gemeinschaft"), the
 * name of a body it makes "Internationale Gemeinschaft". (The noun is matched as written: the table's are feminine,
 * with no case endings in the singular.)
 */
function pairHeadAt(scan: Scan, j: number): Head | null {
  const { v, t } = scan;
  const byAdjective = t.afterAdjective.get(v.lower[j]);
  if (!byAdjective || j === 0 || !v.isWord(j - 1) || !ADJECTIVE_ENDINGS.test(v.lower[j - 1])) return null;
  const stem = v.lower[j - 1].replace(ADJECTIVE_ENDINGS, "");
  const row = byAdjective.get(stem);
  if (!row) return null;
  return {
    ...row,
    role: null,
    feminine: false,
    stem: null,
    lemma: `${capitalised(stem)}e ${v.text[j]}`,
    pair: `${stem} ${v.lower[j]}`,
  };
}

/** A noun without feminine/plural/case endings: "sprecherin" → "sprecher", "ministeriums" → "ministerium". */
function baseNoun(lower: string): string {
  let w = lower.replace(/^[^-]*-/, (m) => (m.length > 1 ? m : "")).replace(/-/g, "");
  if (w.endsWith("innen")) w = w.slice(0, -5);
  else if (w.endsWith("in") && w.length > 5) w = w.slice(0, -2);
  return w;
}

/** Whether a compound prefix's scope is a country (an ISO3 code: "US-" → USA). */
function isCountry(scope: string | null | undefined): scope is string {
  return !!scope && /^[A-Z]{3}$/.test(scope);
}

/** "Jahre alte" after a number: an age attribute ("der 27 Jahre junge Bezirksrat"). */
function isAge(v: TokenView, k: number): boolean {
  return CLASS_NP_AGE_UNITS.has(v.lower[k]) && CLASS_NP_AGE_ADJECTIVES.has(v.lower[k + 1]);
}

/** A document's candidate scan: its views, tables and the per-token adjective answers (0 unknown, 1 yes, 2 no). */
interface Scan {
  v: TokenView;
  kb: Kb;
  lex: Lexicon;
  t: CorefTables;
  names: Names;
  places: ReadonlyMap<number, string>;
  adj: Int8Array;
  /** classify's answer per token (undefined: not asked yet) — a determiner and the word after it both ask it. */
  heads: (Head | null | undefined)[];
  memo: WordMemo;
  /** Last words of multi-word organisation names ("Deutsche Post" → "post") → start of the name's first mention. */
  short: Map<string, number> | null;
}

/** isAdjective for token i, computed once per token of the document. */
function adjectiveAt(s: Scan, i: number): boolean {
  let a = s.adj[i];
  if (a === 0) {
    a = s.v.isWord(i) && !s.v.isCap(i) && adjectiveWord(s.v.lower[i], s.memo) ? 1 : 2;
    s.adj[i] = a;
  }
  return a === 1;
}

/** Whether a lower-case word reads as an adjective (memoised per word form). */
function adjectiveWord(w: string, memo: WordMemo): boolean {
  let a = memo.adjectives.get(w);
  if (a === undefined) {
    a = isAdjective(w, memo.lex, memo.kb);
    memo.adjectives.set(memoKey(w), a);
  }
  return a;
}

function isAdjective(w: string, lex: Lexicon, kb: Kb): boolean {
  if (kb.countryOfAdjective(w)) return true;
  if (!/(e|en|er|es|em)$/.test(w)) return false;
  return lex.pos(w).includes("ADJ") || /(isch|ig|lich|ische|ischen|ischer|igen|lichen)$/.test(w) || /^\d/.test(w);
}

/** The names of the entities layer: character start → end, and end → start (for appositions after a name). */
interface Names {
  starts: Map<number, number>;
  ends: Map<number, number>;
}

function nameIndex(doc: Doc): Names {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const e of doc.entities) {
    if (e.type !== "PER" && e.type !== "ORG") continue;
    for (const m of e.mentions) {
      if (m.form !== "name" && m.form !== "alias") continue;
      starts.set(m.start, m.end);
      ends.set(m.end, m.start);
    }
  }
  return { starts, ends };
}

/**
 * Whether token i stands where a subject stands: the sentence start, or right after the finite verb when the
 * sentence opens with something else (an adverbial: "Am Montag sagte der Minister"); after "Scholz empfing" the
 * next phrase is the object.
 */
export function subjectAt(v: TokenView, lex: Lexicon, i: number): boolean {
  if (i === 0 || v.isSentStart(i)) return true;
  const p = i - 1;
  if (p > 0 && (v.lower[p] === "und" || v.lower[p] === "aber") && v.isSentStart(p)) return true;
  if (!v.isWord(p) || v.isCap(p)) return false;
  if (!lex.verb(v.lower[p]).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2")) return false;
  const s = v.sentenceStartOf(p);
  // a sentence that opens with a noun phrase or pronoun has its subject there
  const first = v.lower[s];
  return !(
    DEFINITE.has(first) ||
    INDEFINITE.has(first) ||
    (v.isCap(s) && !lex.isCommonWord(first)) ||
    SUBJECT_PRONOUN.has(first)
  );
}

const SUBJECT_PRONOUN = new Set(["er", "sie", "es", "ich", "wir", "ihr", "man"]);

/** The candidate mentions of a document. */
export function findCandidates(doc: Doc, kb: Kb, lex: Lexicon, t: CorefTables): Candidate[] {
  const v = tokenView(doc);
  const names = nameIndex(doc);
  const places = new Map<number, string>();
  for (const ent of doc.entities)
    if (ent.type === "LOC" && ent.country)
      for (const m of ent.mentions) if (m.form === "name" || m.form === "alias") places.set(m.start, ent.country);
  const scan: Scan = {
    v,
    kb,
    lex,
    t,
    names,
    places,
    adj: new Int8Array(v.n),
    heads: new Array(v.n),
    memo: wordMemo(t, kb, lex),
    short: null,
  };
  const out: Candidate[] = [];
  for (let i = 0; i < v.n; i++) {
    if (!v.isWord(i)) continue;
    const p = pronounAt(v, i, t, lex);
    if (p) {
      out.push(p);
      continue;
    }
    const np = nounPhraseAt(scan, i);
    if (np) {
      out.push(np);
      i = np.e - 1;
    }
  }
  return out;
}

/** Character start of the clause token s stands in (after the last comma, colon or semicolon of its sentence). */
function clauseStartOf(v: TokenView, s: number): number {
  let c = s;
  while (c > 0 && !v.isSentStart(c) && !v.isPunct(c - 1, ",") && !v.isPunct(c - 1, ":") && !v.isPunct(c - 1, ";")) c--;
  return v.start(c);
}

function pronounAt(v: TokenView, i: number, t: CorefTables, lex: Lexicon): Candidate | null {
  const w = v.lower[i];
  const row = t.pronouns.get(w);
  if (!row) return null;
  // the polite "Sie" inside a sentence addresses the reader or interviewer
  if (w === "sie" && v.isCap(i) && !v.isSentStart(i)) return null;
  // a relative or determiner use is no mention: "…, dessen Vater", "diese Frage"
  if (row.demonstrative) {
    if (
      i > 0 &&
      (v.isPunct(i - 1, ",") ||
        (v.kind(i - 1) === TokenKind.WORD &&
          /^(mit|von|bei|zu|in|an|auf|für|über|unter|nach|aus)$/.test(v.lower[i - 1]))) &&
      (w === "dessen" || w === "deren")
    )
      return null;
    if (
      w !== "dessen" &&
      w !== "deren" &&
      i + 1 < v.n &&
      v.isWord(i + 1) &&
      (v.isCap(i + 1) || (/(e|en|er|es|em)$/.test(v.lower[i + 1]) && i + 2 < v.n && v.isCap(i + 2)))
    )
      return null;
  }
  // "ihr" before a noun is a possessive determiner ("ihr Mann")
  if (w === "ihr" && i + 1 < v.n && v.isWord(i + 1) && v.isCap(i + 1)) return null;
  return {
    // every field in one literal (a spread followed by this many fields made each candidate a slow dictionary object)
    s: i,
    e: i + 1,
    start: v.start(i),
    end: v.end(i),
    clauseStart: clauseStartOf(v, i),
    kind: "pronoun",
    head: w,
    genders: w === "sie" ? sieNumber(v, i, lex) : row.genders,
    denotes: row.denotes,
    person: row.person,
    role: null,
    country: null,
    related: false,
    definite: true,
    indefinite: false,
    subject: subjectAt(v, lex, i),
    anchor: null,
    coordinated: NONE,
    newName: null,
    through: null,
    orgKind: null,
    age: null,
    party: null,
    namePrefix: null,
    cueSubject: afterClauseVerb(v, lex, i),
    crowdOf: null,
  };
}

/** "…, teilte er mit", "…, sagte sie": the word before is a finite verb opening a clause after a comma. */
function afterClauseVerb(v: TokenView, lex: Lexicon, i: number): boolean {
  const p = i - 1;
  if (p < 1 || !v.isPunct(p - 1, ",") || !v.isWord(p) || v.isCap(p)) return false;
  return lex.verb(v.lower[p]).some((a) => a.mood === "ind" || a.mood === "subj1" || a.mood === "subj2");
}

/** "sie sagte" is she, "fuhren sie" they: the number of the finite verb next to "sie" decides, else both. */
function sieNumber(v: TokenView, i: number, lex: Lexicon): Gender[] {
  for (const k of [i + 1, i - 1]) {
    if (k < 0 || k >= v.n || !v.isWord(k) || (v.isCap(k) && !v.isSentStart(k))) continue;
    const finite = lex.verb(v.lower[k]).filter((a) => a.person === 3 && a.number !== null && a.mood !== "part");
    if (!finite.length) continue;
    if (finite.every((a) => a.number === "pl")) return ["pl"];
    if (finite.every((a) => a.number === "sg")) return ["f"];
  }
  return ["f", "pl"];
}

function nounPhraseAt(scan: Scan, i: number): Candidate | null {
  const { v, kb, lex, names, places } = scan;
  const w = v.lower[i];
  const det = DETERMINERS.get(w) ?? null;
  let j = det ? i + 1 : i;
  let country: string | null = null;
  for (;;) {
    if (j + 2 < v.n && v.kind(j) === TokenKind.NUMBER && isAge(v, j + 1)) j += 3;
    else if (j < v.n && adjectiveAt(scan, j)) {
      country = kb.countryOfAdjective(v.lower[j])?.country ?? country;
      j++;
    } else break;
  }
  if (j >= v.n || !((v.isWord(j) && v.isCap(j)) || AGE.test(v.lower[j]))) return null;
  if (!det && i === j && GROUP_WORDS.get(w) === "number") return crowdNumber(scan, i);
  // without an article only a title right before a name, or a group in the plural ("Angestellte", "zahlreiche
  // Aktivisten"), counts (below): most words stop here, before any lookup
  const titled = j + 1 < v.n && names.starts.has(v.start(j + 1));
  // a bare body or group never stands before a capitalised word (bareBody, bareGroup): no lookup for it
  if (!det && !titled && capitalisedNext(v, j)) return null;
  if (!det && !titled && !PLURAL_LOOKING.test(v.lower[j]) && !bodyWord(scan, j)) return null;
  const head = headAt(scan, j) ?? (j > i ? pairHeadAt(scan, j) : null);
  if (!head && det === "def" && i + 1 === j) return shortName(scan, i, j, w);
  if (!head || demonymInName(v, j, kb, names)) return null;
  // "sehen das zahlreiche Aktivisten": a neuter article is no article of a person noun in the plural — the phrase
  // starts after it
  if (det && NEUTER.has(w) && head.cls !== "org" && pluralForm(v.text[j], head, adjectival(v, j, lex, kb))) return null;
  if (!det && !titled) return head.body ? bareBody(scan, i, j) : bareGroup(scan, i, j, head);
  const complement = head.cls !== "org" ? genitiveAfter(scan, j + 1) : null;
  const e = complement ? complement.e : j + 1;
  // without an article only a title directly before a name counts ("Innenministerin Johanna Mikl-Leitner")
  const nextName = !complement && e < v.n && names.starts.has(v.start(e)) ? v.start(e) : null;
  if (!det && !(head.cls !== "org" && nextName !== null)) return null;
  const genders = phraseGenders(det ? w : null, head, v.text[j], adjectival(v, j, lex, kb));
  // a capitalised word after the head makes it a modifier of what follows ("die Wiener Grünen"), not a group
  const modifier = capitalisedNext(v, j);
  // (a party's name as a noun — "die Grüne", "die Linke" — is the party or one of its members, no group)
  const group =
    head.cls !== "org" &&
    genders.length === 1 &&
    genders[0] === "pl" &&
    det === "def" &&
    !modifier &&
    knownPerson(scan, j, head) &&
    !kb.lookup(v.text[j]).some((x) => x.kind === "party");
  // "vor der Wiener Staatsoper": a demonym before a noun is its adjective, no person
  // (so is a word read as a person only by its ending: "der Bonner Post-Zentrale")
  if (
    modifier &&
    nextName === null &&
    (kb.isDemonym(v.text[j]) || (head.cls === "person" && head.stem === null && !AGE.test(v.lower[j])))
  )
    return null;
  const prefix = v.text[j].includes("-") ? v.text[j].slice(0, v.text[j].indexOf("-")) : null;
  const scope = prefix ? (kb.prefixScope(prefix) ?? null) : null;
  country ??= isCountry(scope) ? scope : null;
  if (!country && head.cls !== "org" && kb.isDemonym(v.text[j]))
    country = kb.countryOfAdjective(v.text[j])?.country ?? null;
  // "die Polizei in Istanbul", "die Regierung in Caracas", "die Armee von Myanmar": the place after the phrase
  if (!country && head.cls === "org") country = placeCountry(v, e, places);
  const anchor = nextName ?? appositionAnchor(v, i, names) ?? nameAfterComma(v, e, names);
  // a group noun in the singular describes someone only where a name stands by it ("der Stasi-Mitarbeiter, X")
  if (head.groupOnly && !group && anchor === null) return null;
  const kind = anchor !== null && nextName === null ? "apposition" : head.cls === "role" ? "role" : "description";
  const definite = det === "def" || (det === null && nextName !== null);
  const related = det === "poss" || det === "indef" || followsVon(v, e) || complement !== null;
  const through = complement
    ? { start: v.start(complement.s), end: v.end(complement.e - 1), genders: [] }
    : det === "poss"
      ? { start: v.start(i), end: v.end(i), genders: possessorGenders(w) }
      : null;
  const subject = subjectAt(v, lex, i);
  return {
    s: i,
    e,
    start: v.start(i),
    end: v.end(e - 1),
    clauseStart: clauseStartOf(v, i),
    kind,
    head: group ? groupHead(v.lower[j], head) : (head.pair ?? baseNoun(v.lower[j])),
    genders,
    denotes: head.cls === "org" ? "org" : "person",
    person: 3,
    role: head.role ? { noun: head.role, scope: country ?? scope, text: v.text[j] } : null,
    country,
    related,
    definite,
    indefinite: det === "indef" && !w.startsWith("kein"),
    subject,
    anchor,
    coordinated:
      nextName !== null && (!genders.length || genders.includes("pl")) ? coordinatedNames(v, e, names) : NONE,
    // a definite group in the plural that nothing earlier answers is a new one when it acts ("Die Demonstranten
    // zogen …"); as an object or genitive it is mostly generic ("die Unterbringung der Flüchtlinge")
    newName: group
      ? related || !(subject || clauseSubject(v, lex, i, e))
        ? null
        : capitalised(v.text[j])
      : newName(v, i, j, e, det, head, related, genders, names),
    through,
    orgKind: head.kind,
    age: ageOf(v, i, j),
    cueSubject: false,
    party: scope && kb.byId(scope)?.kind === "party" ? scope : null,
    namePrefix: head.cls === "org" && prefix && /^\p{Lu}/u.test(prefix) && !isCountry(scope) ? prefix : null,
    crowdOf: null,
  };
}

/**
 * A phrase opening a clause after a comma, semicolon or colon and followed by a finite verb in the plural ("…, die
 * Mazedonier lassen nur noch Kriegsflüchtlinge durch"): the clause's subject, as at the start of a sentence.
 */
function clauseSubject(v: TokenView, lex: Lexicon, i: number, e: number): boolean {
  if (i === 0 || e >= v.n || !(v.isPunct(i - 1, ",") || v.isPunct(i - 1, ";") || v.isPunct(i - 1, ":"))) return false;
  return !v.isCap(e) && pluralFinite(v, lex, e);
}

/** Whether token k is a word that can be a finite verb of the third person plural ("gingen", "lassen"). */
function pluralFinite(v: TokenView, lex: Lexicon, k: number): boolean {
  return v.isWord(k) && lex.verb(v.lower[k]).some((a) => a.person === 3 && a.number === "pl" && a.mood === "ind");
}

/** Word endings a noun in the plural may have (a cheap test before any lookup). */
const PLURAL_LOOKING = /(e|en|n|er)$/;
const NEUTER: ReadonlySet<string> = new Set(["das", "dieses"]);
/** group-words.tsv: quantifiers that count a group, pronouns a plural noun stands in apposition to. */
const GROUP_WORDS: ReadonlyMap<string, string> = new Map(
  readTsvRows("coref/group-words.tsv")
    .filter((r) => r[0] !== "word")
    .map((r) => [r[0], r[1]]),
);
/** The roles of group-words.tsv that count a group ("zahlreiche", "Tausende"). */
const COUNTING: ReadonlySet<string> = new Set(["quantifier", "number"]);
/** Words before a bare noun that make it a predicate or comparison ("als Aktivisten"), not a participant. */
const PREDICATIVE: ReadonlySet<string> = new Set(["als", "wie"]);

/** Whether a person noun is written in a plural form: an ending the table's base form lacks ("Aktivisten",
 * "Landwirte"), "-innen", or — `adjectival` — a noun made from an adjective in "-e"/"-en" ("Angestellte",
 * "Beschäftigten"; not "Präsidenten", whose "-en" is also the singular's oblique case). */
function pluralForm(word: string, head: Head, adjectival: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower.endsWith("innen")) return true;
  if (head.feminine) return false;
  if (head.lemma !== word) return /(en|n|e)$/.test(lower);
  return adjectival && /(e|en)$/.test(lower);
}

/** The head by which a group is known again whatever its case: the noun table's base form ("Flüchtlingen",
 * "Flüchtlinge" → "flüchtling"), else the word without its plural endings. */
function groupHead(lower: string, head: Head): string {
  return head.stem ?? baseNoun(lower).replace(/(en|n|e)$/, "");
}

/** The scan's short names of organisations, built when first asked for: the last word of an organisation's name of
 * capitalised words only ("Deutsche Post", "Österreichische Volkspartei"; not "Partei der Arbeit"). */
function shortNames(scan: Scan): Map<string, number> {
  if (scan.short) return scan.short;
  const out = new Map<string, number>();
  for (const e of scan.v.doc.entities) {
    if (e.type !== "ORG") continue;
    const words = e.name.split(" ");
    if (words.length < 2 || !words.every((x) => /^\p{Lu}/u.test(x))) continue;
    const first = e.mentions.reduce((a, m) => Math.min(a, m.start), Number.POSITIVE_INFINITY);
    const key = words[words.length - 1].toLowerCase();
    out.set(key, Math.min(out.get(key) ?? first, first));
  }
  scan.short = out;
  return out;
}

/**
 * "die Post" after "die Deutsche Post": a definite article and the last word of an organisation's name named before
 * stand for that organisation (resolved like "der Konzern", by the name holding the head).
 */
function shortName(scan: Scan, i: number, j: number, det: string): Candidate | null {
  const { v } = scan;
  const since = shortNames(scan).get(v.lower[j]);
  if (since === undefined || since >= v.start(i)) return null;
  if (capitalisedNext(v, j)) return null;
  return description(scan, i, j + 1, {
    head: v.lower[j],
    genders: DEFINITE.get(det) ?? [],
    denotes: "org",
    definite: true,
  });
}

/** Whether token j is a body noun of nouns.tsv ("Polizei", "Bundespolizei"), asked of the memoised head lookup —
 * only for a word a body noun can end at all (most capitalised words are looked up no further). */
function bodyWord(scan: Scan, j: number): boolean {
  if (!mayBeBody(scan.v.lower[j], scan.t)) return false;
  return headAt(scan, j)?.body === true;
}

/** What token j's word denotes as a head (classify), asked once per token of the document. */
function headAt(scan: Scan, j: number): Head | null {
  let head = scan.heads[j];
  if (head === undefined) {
    head = classify(scan.v.text[j], scan.kb, scan.t, scan.memo);
    scan.heads[j] = head;
  }
  return head;
}

/**
 * Whether a body noun ends the word's base form before one of the case/plural endings `nounRow` tries: a
 * necessary condition of a body head (the row `nounRow` finds is the stem's or a tail's of it), without a lookup.
 */
function mayBeBody(lower: string, t: CorefTables): boolean {
  // (baseNoun changes only a word with a hyphen or a feminine ending)
  const base = lower.includes("-") || lower.endsWith("in") || lower.endsWith("innen") ? baseNoun(lower) : lower;
  for (const ending of ENDINGS) {
    if (ending && !base.endsWith(ending)) continue;
    const end = base.length - ending.length;
    if (end < 2 || !t.bodyEnds.has(lastTwo(base, end))) continue;
    for (const b of t.bodies) if (base.endsWith(b, end)) return true;
  }
  return false;
}

/**
 * A body named without article, as in a coordination ("zwischen Polizei und Demonstranten", "von Polizei und
 * Bundesheer"): the body the text named before, as "die Polizei" would be — never a new one (a bare noun may be
 * generic: "Polizei und Justiz").
 */
function bareBody(scan: Scan, i: number, j: number): Candidate | null {
  const { v } = scan;
  // only the noun alone: "Polizeisprecher Müller" titles a name (handled above), "Polizei Essen" is a name, and
  // after an article or a capitalised word it ends a longer phrase ("Die Schweriner Staatsanwaltschaft")
  if (i !== j || capitalisedNext(v, j)) return null;
  if (i > 0 && v.isWord(i - 1) && ((v.isCap(i - 1) && !v.isSentStart(i - 1)) || DETERMINERS.has(v.lower[i - 1])))
    return null;
  // no orgKind: only the body of this name, never another of its kind ("Staatsanwaltschaft" is no "Amtsgericht")
  return description(scan, i, j + 1, { head: baseNoun(v.lower[j]), genders: [], denotes: "org", definite: true });
}

/** A head known to name people — by the noun table, the KB's offices, a demonym or a noun made from an adjective —
 * not only by an ending many things share ("Barcodescanner", "Ist-"). */
function knownPerson(scan: Scan, j: number, head: Head): boolean {
  const { v, kb, lex } = scan;
  return head.stem !== null || head.role !== null || kb.isDemonym(v.text[j]) || adjectival(v, j, lex, kb);
}

/**
 * A group of people named by a bare plural ("Angestellte versuchten …", "zahlreiche Aktivisten, die …", "Kritik von
 * Abgeordneten der Regierungspartei"): a new participant of its own (an indefinite plural introduces it), with the
 * genitive complement it is defined through and the country its adjective or a place after it gives.
 */
function bareGroup(scan: Scan, i: number, j: number, head: Head): Candidate | null {
  const { v, kb, lex, places } = scan;
  if (head.cls === "org" || !knownPerson(scan, j, head)) return null;
  if (capitalisedNext(v, j)) return null;
  // a cardinal above one ("4000 Postler"; not "49-jährigen", not "1")
  let counted =
    i > 0 && v.kind(i - 1) === TokenKind.NUMBER && /^\d[\d.]*$/.test(v.lower[i - 1]) && v.lower[i - 1] !== "1";
  // …or a quantifier ("zahlreiche Aktivisten"), or a number word right before the phrase ("Tausende Demonstranten")
  counted ||= i > 0 && GROUP_WORDS.get(v.lower[i - 1]) === "number";
  for (let k = i; k < j && !counted; k++) counted = COUNTING.has(GROUP_WORDS.get(v.lower[k]) ?? "");
  // a count makes a noun of the table plural whatever its form ("rund 4000 Bauer"… "4000 Arbeiter"); a word read
  // as a person only by its ending must show the plural itself ("33 Zähler" are points)
  if (!(counted && head.stem !== null) && !pluralForm(v.text[j], head, adjectival(v, j, lex, kb))) return null;
  const before = i > 0 && v.isWord(i - 1) ? v.lower[i - 1] : "";
  if (PREDICATIVE.has(before) || GROUP_WORDS.get(before) === "pronoun") return null;
  if (DETERMINERS.has(before) && !NEUTER.has(before)) return null;
  const complement = genitiveAfter(scan, j + 1);
  // a generic plural ("unter Ökonomen", "die Aufnahme von Flüchtlingen") is no participant: only a group that is a
  // subject, is counted, or is defined through a genitive ("von Abgeordneten der Regierungspartei")
  // (a participle after a preposition is the group's attribute, no verb it is the subject of)
  const attributed = i > 1 && GROUP_WORDS.get(v.lower[i - 2]) === "preposition";
  if (!counted && !complement && (attributed || !subjectAt(v, lex, i))) return null;
  const e = complement ? complement.e : j + 1;
  let country: string | null = null;
  for (let k = i; k < j; k++) country = kb.countryOfAdjective(v.lower[k])?.country ?? country;
  country ??= placeCountry(v, e, places);
  return description(scan, i, e, {
    head: groupHead(v.lower[j], head),
    genders: ["pl"],
    denotes: "person",
    definite: false,
    country,
    related: complement !== null,
    newName: capitalised(v.text[j]),
    through: complement ? { start: v.start(complement.s), end: v.end(complement.e - 1), genders: [] } : null,
  });
}

/** The heads of groups of people that are crowds (group-words.tsv "crowd": "demonstrant", "bürger"). */
const CROWD_HEADS: ReadonlySet<string> = new Set([...GROUP_WORDS].filter(([, r]) => r === "crowd").map(([w]) => w));

/**
 * A number standing alone for people as the subject ("Hunderttausende gingen auf die Straßen", "Tausende waren vor
 * das Kongressgebäude geeilt"): the crowd the text spoke of last (the crowd sieve) — not a number before its noun
 * ("Tausende Demonstranten", "Tausende mutmaßliche Anhänger", "Tausende von Menschen"), nor an object.
 */
function crowdNumber(scan: Scan, i: number): Candidate | null {
  const { v, lex } = scan;
  const k = i + 1;
  if (k >= v.n || (v.isCap(k) && !v.isSentStart(k)) || !pluralFinite(v, lex, k)) return null;
  return description(scan, i, i + 1, {
    head: v.lower[i],
    genders: ["pl"],
    denotes: "person",
    definite: false,
    crowdOf: CROWD_HEADS,
  });
}

/** A description over tokens i..e-1 in the third person, with no role, anchor, kind or age: what its caller knows
 * (head, genders, what it denotes, definiteness and any other field) is given in `own`. */
function description(
  scan: Scan,
  i: number,
  e: number,
  own: Pick<Candidate, "head" | "genders" | "denotes" | "definite"> & Partial<Candidate>,
): Candidate {
  const { v, lex } = scan;
  return {
    s: i,
    e,
    start: v.start(i),
    end: v.end(e - 1),
    clauseStart: clauseStartOf(v, i),
    kind: "description",
    person: 3,
    role: null,
    country: null,
    related: false,
    indefinite: false,
    subject: subjectAt(v, lex, i),
    anchor: null,
    coordinated: NONE,
    newName: null,
    through: null,
    orgKind: null,
    age: null,
    cueSubject: false,
    party: null,
    namePrefix: null,
    crowdOf: null,
    ...own,
  };
}

/** Whether the word after token j is a capitalised word inside the sentence (the noun before it titles or begins a
 * longer name: "Polizei Essen", "Aktivisten Müller"). */
function capitalisedNext(v: TokenView, j: number): boolean {
  return j + 1 < v.n && v.isWord(j + 1) && v.isCap(j + 1) && !v.isSentStart(j + 1);
}

/**
 * A country word that opens a name ("der Deutschen Presse-Agentur", "des Deutschen Buchhandels"): an adjective
 * ("deutschen") written capitalised inside the name, not a person noun — unless a name follows, which it titles
 * ("der Kolumbianer Carlos Bacca", "der Deutsche Sebastian Vettel").
 */
function demonymInName(v: TokenView, j: number, kb: Kb, names: Names): boolean {
  const k = j + 1;
  if (k >= v.n || !v.isWord(k) || !v.isCap(k) || v.isSentStart(k) || names.starts.has(v.start(k))) return false;
  return kb.isDemonym(v.text[j]) && kb.countryOfAdjective(v.lower[j]) !== undefined;
}

/** The age a phrase gives: "der 78-Jährige", "der 27 Jahre alte Bezirksrat" (a number before the head's adjectives). */
function ageOf(v: TokenView, i: number, j: number): number | null {
  const m = /^(\d+)-jährige/.exec(v.lower[j]);
  if (m) return Number(m[1]);
  for (let k = i; k + 2 < j; k++) if (v.kind(k) === TokenKind.NUMBER && isAge(v, k + 1)) return Number(v.lower[k]);
  return null;
}

/** A noun made from an adjective or participle ("Vorsitzende", "Angeklagte", "44-Jährige") — not a party's name
 * ("die Linke", "die Grüne" may be the party). */
function adjectival(v: TokenView, j: number, lex: Lexicon, kb: Kb): boolean {
  if (AGE.test(v.lower[j])) return true;
  const lower = v.lower[j];
  const tail = lower.slice(lower.lastIndexOf("-") + 1); // "AfD-Vorsitzende", "Ko-Vorsitzende"
  return lex.pos(tail).includes("ADJ") && !kb.lookup(v.text[j]).some((e) => e.kind === "party");
}

const PLACE_PREPS = new Set(["in", "von", "aus"]);

/** The country of a place named by a PP right after a phrase ("in Istanbul" → TUR), or null. */
function placeCountry(v: TokenView, e: number, places: ReadonlyMap<number, string>): string | null {
  if (e + 1 >= v.n || !PLACE_PREPS.has(v.lower[e])) return null;
  return places.get(v.start(e + 1)) ?? null;
}

/**
 * The name of a new entity for a phrase nothing earlier answers: a body that acts under its name ("Polizei") —
 * unless a name follows with "von" ("die Regierung von Matteo Renzi" is his) —, or one person defined through
 * another ("Sprecher der Feuerwehr", "Frau"); a plural group ("seine Soldaten") is no entity of its own.
 */
function newName(
  v: TokenView,
  i: number,
  j: number,
  e: number,
  det: string | null,
  head: Head,
  related: boolean,
  genders: readonly Gender[],
  names: Names,
): string | null {
  if (head.body && det === "def") {
    const ofName = e + 1 < v.n && (v.lower[e] === "von" || v.lower[e] === "vom") && names.starts.has(v.start(e + 1));
    return ofName ? null : capitalised(head.lemma);
  }
  if (head.cls === "org" || !related || det === null || (genders.length === 1 && genders[0] === "pl")) return null;
  return e === j + 1 ? head.lemma : v.doc.text.slice(v.start(det === "poss" ? j : i + 1), v.end(e - 1));
}

/** The genders an article and a head allow ("die Ministerin" f, "der Minister" m, "die Minister" pl, "seine Frau" f,
 * "seine Soldaten" pl). */
function phraseGenders(det: string | null, head: Head, word: string, adjectival: boolean): Gender[] {
  const fromDet = det ? (DEFINITE.get(det) ?? []) : [];
  // "der Polizei", "der Opposition": "der" before a noun of a feminine ending is its genitive or dative — the body is
  // "sie", never "er"
  if (head.cls === "org") return fromDet.includes("f") && FEMININE_ENDING.test(word.toLowerCase()) ? ["f"] : fromDet;
  if (head.feminine) return ["f"];
  if (!det) return ["m", "f"];
  // a person noun shows its natural gender: "der Minister" m, "die Ministerin" f — so "die Minister" is plural;
  // with a plural ending "der" is the genitive plural ("die Unterbringung der Flüchtlinge")
  if (det === "der") return head.lemma !== word && pluralForm(word, head, false) ? ["pl"] : ["m"];
  // "den" with a plural ending is mostly the dative plural ("zwischen der Bevölkerung und den Migranten")
  if (det === "den" && head.lemma !== word && /n$/.test(word)) return ["pl"];
  // …but a noun made from an adjective keeps the adjective's "-e" in the feminine singular, "-en" in the plural:
  // "die Vorsitzende", "die Grüne", "die 44-Jährige" are one woman, "die Vorsitzenden" several
  if (det === "die" || det === "diese") return adjectival && /e$/.test(word) ? ["f"] : ["pl"];
  // "seine"/"ihre"/"eine": feminine, or plural when the noun carries a plural ending ("seine Soldaten")
  if (/e$/.test(det) && !DEFINITE.has(det)) return head.lemma !== word ? ["pl"] : ["f"];
  const natural = fromDet.filter((g) => g !== "n");
  return natural.length ? natural : ["m", "f"];
}

/** Noun endings of the feminine gender ("Regierung", "Kommission", "Staatsanwaltschaft", "Polizei", "Feuerwehr",
 * "Küstenwache", "Armee", "Universität"). */
const FEMININE_ENDING = /(ung|ion|schaft|ei|heit|keit|wehr|wache|ee|ität)$/;

/** "X, der Sprecher des Ministeriums, …": a phrase set off by a comma right after a name. */
function appositionAnchor(v: TokenView, s: number, names: Names): number | null {
  if (s < 2 || !v.isPunct(s - 1, ",")) return null;
  return names.ends.get(v.end(s - 2)) ?? null;
}

/**
 * A genitive complement right after a head noun ("der Sprecher des Ministeriums", "eine Sprecherin des
 * Landesgerichts", "der Chef der Partei Winaq"): its token range, or null.
 */
function genitiveAfter(scan: Scan, k: number): { s: number; e: number } | null {
  const { v, names } = scan;
  if (k >= v.n || (v.lower[k] !== "des" && v.lower[k] !== "der")) return null;
  let j = k + 1;
  while (j < v.n && adjectiveAt(scan, j)) j++;
  if (j >= v.n || !v.isWord(j) || !v.isCap(j)) return null;
  const nameEnd = names.starts.get(v.start(j));
  let e = j + 1;
  if (nameEnd !== undefined) while (e < v.n && v.start(e) < nameEnd) e++;
  return { s: k, e };
}

/** The genders of a possessive determiner's possessor: "sein" → m/n, "ihr" → f/pl. */
function possessorGenders(det: string): Gender[] {
  return det.startsWith("sein") ? ["m", "n"] : det.startsWith("ihr") ? ["f", "pl"] : [];
}

/**
 * "Der Sprecher des Kremls, Dmitri Peskow, kritisierte …": a name set off by commas right after the phrase is the
 * person it describes.
 */
function nameAfterComma(v: TokenView, e: number, names: Names): number | null {
  if (e + 1 >= v.n || !v.isPunct(e, ",")) return null;
  const start = v.start(e + 1);
  const end = names.starts.get(start);
  if (end === undefined) return null;
  let k = e + 1;
  while (k < v.n && v.start(k) < end) k++;
  return k < v.n && v.isPunct(k, ",") ? start : null;
}

/** Words that join the last of coordinated names ("X, Y und Z"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(["und", "sowie"]);

/**
 * The names coordinated with the name starting at token k after a title ("die Sender Kanaltürk und Bugün TV", "die
 * Parteien X, Y und Z"): the character starts of the names after the first, up to the last joined by "und" or
 * "sowie" — names only set off by commas ("die Zeitung Zaman, Erdogan …") are none, nor a name after an article
 * ("der Sender CNN und die BBC").
 */
function coordinatedNames(v: TokenView, k: number, names: Names): readonly number[] {
  const out: number[] = [];
  let joined = 0;
  for (let end = names.starts.get(v.start(k)); end !== undefined; ) {
    while (k < v.n && v.start(k) < end) k++;
    if (k + 1 >= v.n || !(v.isPunct(k, ",") || (v.isWord(k) && CONJUNCTIONS.has(v.lower[k])))) break;
    const next = v.start(k + 1);
    end = names.starts.get(next);
    if (end === undefined) break;
    out.push(next);
    if (v.isWord(k)) joined = out.length;
    k++;
  }
  return joined ? out.slice(0, joined) : NONE;
}

/** "ein Sprecher von X", "der Anwalt des Angeklagten": defined through someone else. */
function followsVon(v: TokenView, e: number): boolean {
  return e < v.n && (v.lower[e] === "von" || v.lower[e] === "vom");
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
