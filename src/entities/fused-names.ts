/**
 * Two persons the tagger read as one name (issue 19): "Im Jahr 2008 warf Lech Kaczyński Wałęsa persönlich Spionage
 * vor" is tagged as one person "Lech Kaczyński Wałęsa", so the sentence has no target. The span is split in two
 * when its last word is the surname of a *different* person the document names in full elsewhere ("Lech Wałęsa"),
 * the words before it are themselves a full name (a KB person, or a given name + a surname the document also uses
 * elsewhere), and the whole span is no KB form. Family names stay whole: "George W. Bush" (an initial before the
 * last word), "Marine Le Pen" (a particle), "Hillary Rodham Clinton" (a middle name the text uses nowhere else).
 */
import type { Doc } from "../doc/doc.js";
import type { Kb } from "../kb/index.js";
import { isCap, isWord, type TagSpan } from "./context.js";
import type { EntityGrammar } from "./grammar.js";

/** What the split looks at: the doc, its token texts, the language's name words and the KB. */
export interface FusedNameInput {
  readonly doc: Doc;
  readonly words: readonly string[];
  readonly grammar: EntityGrammar;
  readonly kb: Kb;
  readonly tags: readonly TagSpan[];
}

/** Words a full name found elsewhere is read over, at most. */
const MAX_NAME = 6;

/** A person span of three words or more that might hold two names. */
function candidate(x: FusedNameInput, s: TagSpan): boolean {
  if (s.type !== "PER" || s.end - s.start < 3) return false;
  const { doc, words, grammar } = x;
  const tail = s.end - 1;
  const last = tail - 1;
  if (!isWord(doc, tail) || !isCap(doc, tail) || !isWord(doc, last) || !isCap(doc, last)) return false;
  const w = words[last];
  if (/^\p{Lu}\.?$/u.test(w) || w.endsWith(".")) return false; // "George W. Bush"
  if (grammar.firstNames.has(w) || grammar.nameParticles.has(w) || grammar.surnameParticles.has(w.toLowerCase())) {
    return false; // "Jean Claude Juncker", "Marine Le Pen"
  }
  return !grammar.nameParticles.has(words[tail]);
}

/**
 * Per surname: the start of each full name ending in it — a tagged person of two words or more (or a name of up to
 * three words typed otherwise whose last word is tagged a person on its own elsewhere: "Lech Wałęsa" LOC, later
 * "Wałęsa" PER), or a given name right before the word.
 */
function fullNames(x: FusedNameInput): Map<string, number[]> {
  const { doc, words, grammar } = x;
  const out = new Map<string, number[]>();
  const add = (word: string, start: number) => {
    const list = out.get(word);
    if (list) list.push(start);
    else out.set(word, [start]);
  };
  // a name the tagger typed otherwise is a person's when its last word is tagged a person alone elsewhere
  const alone = new Set<string>();
  for (const s of x.tags) if (s.type === "PER" && s.end - s.start === 1) alone.add(words[s.start]);
  for (const s of x.tags) {
    const len = s.end - s.start;
    if (len >= 2 && (s.type === "PER" || (len <= 3 && alone.has(words[s.end - 1])))) add(words[s.end - 1], s.start);
  }
  for (let j = 1; j < words.length; j++) {
    if (isCap(doc, j) && grammar.firstNames.has(words[j - 1]) && doc.tokens.sent[j - 1] === doc.tokens.sent[j]) {
      add(words[j], j - 1);
    }
  }
  return out;
}

/** Capitalised words of the doc and how often each occurs. */
function wordCounts(x: FusedNameInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (let j = 0; j < x.words.length; j++) {
    if (isCap(x.doc, j)) counts.set(x.words[j], (counts.get(x.words[j]) ?? 0) + 1);
  }
  return counts;
}

/** The text of tokens [start, end). */
function text(x: FusedNameInput, start: number, end: number): string {
  return x.doc.text.slice(x.doc.tokens.start[start], x.doc.tokens.end[end - 1]);
}

/** Whether the span's words before its last are a full name of their own. */
function headIsFullName(x: FusedNameInput, s: TagSpan, counts: Map<string, number>): boolean {
  const { words, grammar, kb } = x;
  const last = s.end - 2;
  // a KB person ("Lech Kaczyński")
  if (kb.candidates(text(x, s.start, s.end - 1), { types: ["PER"] }).length) return true;
  // a given name right before the surname, and the surname used again outside this span
  return grammar.firstNames.has(words[last - 1]) && (counts.get(words[last]) ?? 0) > 1;
}

/**
 * Whether the span's last word is the surname of another person named in full elsewhere: a full name ending in it
 * that starts outside the span and does not share the span's other surname.
 */
function tailOfOther(x: FusedNameInput, s: TagSpan, names: Map<string, number[]>): boolean {
  const { words } = x;
  const headSurname = words[s.end - 2];
  for (const start of names.get(words[s.end - 1]) ?? []) {
    if (start >= s.start && start < s.end) continue;
    let shares = false;
    for (let t = start; t < Math.min(words.length, start + MAX_NAME) && words[t] !== words[s.end - 1]; t++) {
      if (words[t] === headSurname) shares = true;
    }
    if (!shares) return true;
  }
  return false;
}

/** The tagger spans with every fused pair of person names split into its two persons. */
export function splitFusedNames(x: FusedNameInput): readonly TagSpan[] {
  const { tags } = x;
  if (!tags.some((s) => candidate(x, s))) return tags;
  const names = fullNames(x);
  const counts = wordCounts(x);
  const out: TagSpan[] = [];
  for (const s of tags) {
    if (
      candidate(x, s) &&
      x.kb.candidates(text(x, s.start, s.end)).length === 0 &&
      headIsFullName(x, s, counts) &&
      tailOfOther(x, s, names)
    ) {
      out.push({ start: s.start, end: s.end - 1, type: "PER" }, { start: s.end - 1, end: s.end, type: "PER" });
    } else out.push(s);
  }
  return out;
}
