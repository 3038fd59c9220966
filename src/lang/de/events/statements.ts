/**
 * German statement vocabulary (statements.tsv): the words of a statement that make it a verbal event of its
 * speaker — an accusation, a rejection, a demand, a threat, praise — matched as a word or a compound's end, or as a
 * short phrase ("nicht hinnehmen", "kein Geld"; words joined by "+" stand close together: "ein+problem"). The same words type an evaluation clause ("bezeichnete … als
 * Skandal"). A negation right before the word ("kein Skandal", "nicht rechtswidrig") negates the event.
 */
import type { PloverType } from "../../../doc/schema/events.js";
import { TokenKind } from "../../../doc/tokens.js";
import type { StatementHit } from "../../../events/grammar.js";
import { eventTables, memo, readTsv, StemIndex, type StemMatch } from "./tables.js";
import type { DeEventView } from "./view.js";

interface Entry {
  /** The words; one word is a stem, several are matched in order, each within WINDOW tokens of the last. */
  words: string[];
  /** Per word after the first: it must follow within NEAR tokens of the last ("+" in the table: "ein+problem"). */
  near: boolean[];
  /**
   * NONE: a word that ends like a statement word but is none ("Anforderungen" are requirements, no demand); CLAIM: a
   * word for a charge or claim ("Vorwürfe"), no event itself — disapproval of it dismisses it.
   */
  type: PloverType | "NONE" | "CLAIM";
  mode: string | null;
  /** The entry carries its own negation ("nicht hinnehmen"): no negated flag from it. */
  negative: boolean;
}

/** A threat outranks an accusation, an accusation a rejection … when a statement has words of several types. */
const PRIORITY: readonly PloverType[] = ["THREATEN", "ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE", "CONCEDE"];
/** Tokens between the words of a phrase entry ("muss wie jedes andere Land … sicherstellen"). */
const WINDOW = 14;
/** Tokens between the words of a close phrase ("ein großes Problem", "zu keinen weiteren Gesprächen bereit"). */
const NEAR = 3;
/** Tokens before a word in which a negation negates it ("ist kein Skandal", "nicht wirklich rechtswidrig"). */
const NEG_REACH = 3;

let single: StemIndex<Entry> | undefined;
let multi: Entry[] | undefined;
const cueCache = new Map<string, Entry | null>();

function load(): void {
  const neg = eventTables().cues;
  const entries = readTsv("events/statements.tsv").map(([word, type, mode]): Entry => {
    const words: string[] = [];
    const near: boolean[] = [];
    for (const part of word.split(" ").filter(Boolean))
      part.split("+").forEach((w, k) => {
        if (words.length > 0) near.push(k > 0);
        words.push(w);
      });
    const negative = words.some((w) => neg.get(w) === "neg" || neg.get(w) === "negdet");
    return { words, near, type: type as Entry["type"], mode: mode === "-" ? null : mode, negative };
  });
  single = new StemIndex(
    entries.filter((e) => e.words.length === 1),
    (e) => e.words[0],
  );
  multi = entries.filter((e) => e.words.length > 1);
}

/** The entry whose word the lower-case word is or ends in (`endsWithStem`): the longest, then the first in file order. */
function singleCue(lower: string): Entry | null {
  if (!single) load();
  const index = single as StemIndex<Entry>;
  return memo(cueCache, lower, () => {
    let best: StemMatch<Entry> | null = null;
    for (const m of index.matches(lower))
      if (!best || m.stem.length > best.stem.length || (m.stem.length === best.stem.length && m.order < best.order))
        best = m;
    return best?.item ?? null;
  });
}

function negatedBefore(v: DeEventView, i: number, s: number): boolean {
  const cues = eventTables().cues;
  for (let j = i - 1; j >= s && j >= i - NEG_REACH; j--) {
    const role = cues.get(v.lower[j]);
    if (role === "neg" || role === "negdet") return true;
  }
  return false;
}

/** The phrase entry starting at token i, if its further words follow in order. */
function phraseAt(v: DeEventView, i: number, e: number): Entry | null {
  if (!multi) load();
  for (const m of multi as Entry[]) {
    if (v.lower[i] !== m.words[0]) continue;
    let at = i;
    let ok = true;
    for (let k = 1; k < m.words.length; k++) {
      const w = m.words[k];
      const reach = m.near[k - 1] ? NEAR : WINDOW;
      let found = -1;
      for (let j = at + 1; j < e && j <= at + reach; j++)
        if (v.lower[j] === w) {
          found = j;
          break;
        }
      if (found < 0) {
        ok = false;
        break;
      }
      at = found;
    }
    if (ok) return m;
  }
  return null;
}

/** The statement cue of tokens [s, e): the highest-ranked word or phrase of the vocabulary there, or null. */
export function statementIn(v: DeEventView, s: number, e: number): StatementHit | null {
  let best: StatementHit | null = null;
  let claim = false;
  const toks = v.doc.tokens;
  for (let i = s; i < e; i++) {
    if (toks.kind[i] !== TokenKind.WORD) continue;
    const entry = phraseAt(v, i, e) ?? singleCue(v.lower[i]);
    if (!entry || entry.type === "NONE") continue;
    if (entry.type === "CLAIM") {
      claim = true;
      continue;
    }
    if (best && PRIORITY.indexOf(entry.type) >= PRIORITY.indexOf(best.type)) continue;
    best = {
      type: entry.type,
      mode: entry.mode,
      token: i,
      negated: !entry.negative && negatedBefore(v, i, s),
    };
  }
  // "Die Vorwürfe sind unbegründet": disapproving of a charge rejects it
  if (best && claim && best.type === "ACCUSE" && best.mode === "disapprove")
    return { ...best, type: "REJECT", mode: null };
  return best;
}
