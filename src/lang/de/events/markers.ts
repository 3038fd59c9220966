/**
 * The German answers to the event engine's small questions (src/events/grammar.ts): the clause markers, how a
 * pronoun refers, what a preposition does, person and plural heads, sport sentences. The words are classes of
 * function-words.tsv.
 */
import { TokenKind } from "../../../doc/tokens.js";
import type { Clause, ClauseMarker, Phrase, PrepRole, PronounKind } from "../../../events/grammar.js";
import { isSportWord } from "./tables.js";
import type { DeEventView } from "./view.js";
import { endsWithClass, isClass, type WordClass } from "./words.js";

/** Whether some token of the clause belongs to the class. */
function anyOf(v: DeEventView, c: Clause, cls: WordClass): boolean {
  for (let i = c.start; i < c.end; i++) if (isClass(cls, v.lower[i])) return true;
  return false;
}

/** Whether some capitalised word of the clause ends in a word of the class ("Atomabkommen", "Flüchtlingsdeal"). */
function anyEndsWith(v: DeEventView, c: Clause, cls: WordClass): boolean {
  for (let i = c.start; i < c.end; i++) if (v.isCap(i) && endsWithClass(cls, v.lower[i])) return true;
  return false;
}

/** The clause opens (at its first word) with a complementizer: "dass", "ob". */
function opensWithComplementizer(v: DeEventView, c: Clause): boolean {
  return opensWith(v, c, "marker.complementizer");
}

/** The clause's first word belongs to the class ("Sonst …"). */
function opensWith(v: DeEventView, c: Clause, cls: WordClass): boolean {
  for (let i = c.start; i < c.end; i++) if (v.doc.tokens.kind[i] === TokenKind.WORD) return isClass(cls, v.lower[i]);
  return false;
}

/** "Sie unterstützten …", "fuhren sie …": a word ending in -en next to "sie" (plural verb). */
function pluralAfterPronoun(v: DeEventView, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) {
    if (!isClass("pronoun.third-ambiguous", v.lower[i])) continue;
    const prev = i > c.start ? v.text[i - 1] : "";
    const next = i + 1 < c.end ? v.text[i + 1] : "";
    return /\p{Ll}(en|ten)$/u.test(next) || /\p{Ll}(en|ten)$/u.test(prev);
  }
  return false;
}

export function marks(v: DeEventView, c: Clause, marker: ClauseMarker): boolean {
  switch (marker) {
    case "speech":
      return anyOf(v, c, "speech");
    case "intent-adjective":
      return anyOf(v, c, "intentadj");
    case "complementizer":
      return opensWithComplementizer(v, c);
    case "reflexive":
      return anyOf(v, c, "marker.reflexive");
    case "joint":
      return anyOf(v, c, "marker.joint");
    case "plural-pronoun":
      return pluralAfterPronoun(v, c);
    case "instrument":
      return anyOf(v, c, "marker.instrument");
    case "verbal-manner":
      return anyOf(v, c, "marker.verbal-manner");
    case "parallel":
      return anyOf(v, c, "parallel");
    case "against":
      return anyOf(v, c, "roles.against-preps");
    case "otherwise":
      return opensWith(v, c, "marker.otherwise");
    case "reaction":
      return anyOf(v, c, "marker.reaction");
    case "agreement":
      return anyEndsWith(v, c, "agreement-nouns");
    case "thing-subject":
      return opensWith(v, c, "marker.thing-subject");
  }
}

/** How many different sport words make a document a sports report … */
const SPORT_REPORT = 3;
/** … within its first tokens (title, teaser and first paragraphs; on the 1,028 10kGNAD test articles the first ~400
 * words find as many sports reports as the whole text, and fewer others). */
const SPORT_SCAN = 500;

const SPORT_REPORTS = new WeakMap<DeEventView, boolean>();

/** A sports report: SPORT_REPORT different words of sport-words.txt in the document's first SPORT_SCAN tokens
 * ("Trainer", "Saison", "Tabelle"), counted once per document. */
function sportReport(v: DeEventView): boolean {
  const known = SPORT_REPORTS.get(v);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const toks = v.doc.tokens;
  // (the sport words are nouns: only capitalised words are looked up)
  for (let i = 0; i < toks.count && i < SPORT_SCAN && seen.size < SPORT_REPORT; i++)
    if (toks.kind[i] === TokenKind.WORD && v.isCap(i) && !seen.has(v.lower[i]) && isSportWord(v.lower[i]))
      seen.add(v.lower[i]);
  const out = seen.size >= SPORT_REPORT;
  SPORT_REPORTS.set(v, out);
  return out;
}

/** Knowledge-base kinds of a political actor (a politician, a party, an international organisation or institution). */
const POLITICAL_KINDS: ReadonlySet<string> = new Set(["person", "party", "igo", "institution"]);

/** Whether tokens [s, e) mention a political actor the knowledge base knows ("Justizminister Heiko Maas"). */
function namesPolitician(v: DeEventView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const m = v.mentions.get(i);
    if (m?.kind && POLITICAL_KINDS.has(m.kind)) return true;
  }
  return false;
}

/** A sentence about sport ("traf zweimal", "für vier Spiele gesperrt"): a word of sport-words.txt, a match score in
 * brackets ("gegen Werder Bremen (2:0) getroffen"), or any sentence of a sports report that names no political actor
 * (a politician's words about a footballer stay: "Justizminister Maas nannte die Aussagen rassistisch"). */
export function nonPolitical(v: DeEventView, s: number, e: number): boolean {
  if (sportReport(v) && !namesPolitician(v, s, e)) return true;
  for (let i = s; i < e; i++) {
    if (v.doc.tokens.kind[i] === TokenKind.WORD && isSportWord(v.lower[i])) return true;
    if (i > s && v.text[i - 1] === "(" && SCORE.test(v.text[i]) && v.text[i + 1] === ")") return true;
  }
  return false;
}

/** A match score ("2:0"). */
const SCORE = /^\d{1,2}:\d{1,2}$/;

export function pronounKind(pronoun: string): PronounKind {
  if (isClass("pronoun.reflexive", pronoun)) return "reflexive";
  if (isClass("relsubj", pronoun)) return "relative";
  if (isClass("pronoun.first-person", pronoun)) return "first-person";
  if (isClass("pronoun.third-singular", pronoun)) return "third-singular";
  if (isClass("pronoun.third-ambiguous", pronoun)) return "third-ambiguous";
  if (isClass("pronoun.object", pronoun)) return "object";
  return "other";
}

const PREP_CLASSES: Readonly<Record<PrepRole, WordClass>> = {
  locative: "prep.locative",
  presence: "prep.presence",
  partner: "prep.partner",
  party: "prep.party",
  between: "nominal.between-preps",
};

export function prepIs(prep: string, role: PrepRole): boolean {
  return isClass(PREP_CLASSES[role], prep);
}

/** A person noun by its ending (Besucher, Ministerin, Gäste). */
export function isPersonNoun(head: string): boolean {
  return endsWithClass("personsuffix", head);
}

/** A plural form of a collective noun: "-en", "-er", "-n" (Demonstranten, Anhänger). */
export function isPluralHead(head: string): boolean {
  return /(en|er|n)$/.test(head);
}

/** The heads as nouns are written (capitalised): "Polizei". */
export function headText(p: Phrase): string {
  return p.heads.map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join(" ");
}

/** A genitive -s: "Armeniens" → "Armenien", "Frankreichs" → "Frankreich". */
export function possessiveBase(word: string): string | null {
  return word.endsWith("s") ? word.slice(0, -1) : null;
}
