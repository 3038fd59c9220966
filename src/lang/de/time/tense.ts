import { memoKey } from "../../../doc/memo.js";
import { TokenKind } from "../../../doc/tokens.js";
import type { ClauseTense } from "../../../time/grammar.js";
import type { Lexicon } from "../lexicon/index.js";
import type { DeM } from "./match.js";
import type { TimeTables } from "./tables.js";

const BOUNDARY = new Set([",", ";", ":", "–", "—", "(", ")"]);

function isBoundary(m: DeM, i: number): boolean {
  const k = m.kind(i);
  return BOUNDARY.has(m.lw(i)) || (k >= TokenKind.QUOTE_OPEN && k <= TokenKind.QUOTE_AMBIG);
}

function weakPast(m: DeM, i: number): boolean {
  const w = m.lw(i);
  if (w.length < 5 || (m.cap(i) && !m.sentStart(i))) return false;
  if (!(w.endsWith("te") || w.endsWith("ten"))) return false;
  if (w.endsWith("ste") || w.endsWith("sten") || m.t.tense.notVerbTe.has(w) || m.t.tense.notVerbTe.has(w.slice(0, -1)))
    return false;
  if (m.t.tense.determiners.has(m.lw(i - 1))) return false;
  // adjective before a noun: "bekannte Soldaten" (a capitalised word follows, not a name after a verb)
  return true;
}

function participle(w: string): boolean {
  return (
    w.length > 5 &&
    ((w.startsWith("ge") && (w.endsWith("t") || w.endsWith("en"))) ||
      w.endsWith("iert") ||
      /^(an|auf|aus|ein|zu|ab|vor|mit|nach|zurück|fest|bei)ge/.test(w))
  );
}

const C_FUT = 1;
const C_PAST = 2;
const C_AUX = 4;
const C_PART = 8;
const C_PRES = 16;
const C_DONE = 128;

/** Cached cue bits of token i (the analysis depends only on the token and its left neighbour). */
function cueBits(m: DeM, i: number): number {
  let cache = m.cueCache;
  if (!cache) {
    cache = new Uint8Array(m.n);
    m.cueCache = cache;
  }
  let v = cache[i] ?? 0;
  if (v === 0) {
    const ctx = { aux: false, part: false, pres: false };
    const c = cue(m, i, ctx);
    v =
      C_DONE |
      (c === 1 ? C_FUT : c === -1 ? C_PAST : 0) |
      (ctx.aux ? C_AUX : 0) |
      (ctx.part ? C_PART : 0) |
      (ctx.pres ? C_PRES : 0);
    cache[i] = v;
  }
  return v;
}

/** What cue() reads off a lower-case word form alone (bits), worked out once per form and lexicon. */
const W_FUT = 1;
const W_PAST_FORM = 2;
const W_AUX = 4;
/** The lexicon knows verb analyses of the form. */
const W_VERB = 8;
/** A past participle analysis. */
const W_PART = 16;
/** A past indicative analysis. */
const W_IND_PAST = 32;
/** Only a present indicative/Konjunktiv I verb (no auxiliary, no other word class). */
const W_PRES = 64;
const W_NOT_VERB_TE = 128;

const WORD_BITS = new WeakMap<TimeTables, { lex: Lexicon; bits: Map<string, number> }>();
const WORD_BITS_LIMIT = 50_000;

function wordBits(t: TimeTables, L: Lexicon, w: string): number {
  let memo = WORD_BITS.get(t);
  if (!memo || memo.lex !== L || memo.bits.size >= WORD_BITS_LIMIT) {
    memo = { lex: L, bits: new Map() };
    WORD_BITS.set(t, memo);
  }
  let b = memo.bits.get(w);
  if (b === undefined) {
    const an = L.verb(w);
    const aux = t.tense.aux.has(w);
    b =
      (t.tense.future.has(w) ? W_FUT : 0) |
      (t.pastForms.has(w) ? W_PAST_FORM : 0) |
      (aux ? W_AUX : 0) |
      (t.tense.notVerbTe.has(w) ? W_NOT_VERB_TE : 0);
    if (an.length) {
      b |= W_VERB;
      if (an.some((a) => a.mood === "part" && a.tense === "past")) b |= W_PART;
      if (an.some((a) => a.mood === "ind" && a.tense === "past")) b |= W_IND_PAST;
      if (
        !aux &&
        an.some((a) => (a.mood === "ind" || a.mood === "subj1") && a.tense === "pres") &&
        L.pos(w).every((p) => p === "VERB")
      )
        b |= W_PRES;
    }
    memo.bits.set(memoKey(w), b);
  }
  return b;
}

/** Tense cue of token i: -1 past, 1 future, 0 none. `aux` is set for hat/ist (past only with a participle). */
function cue(m: DeM, i: number, tenseCtx: { aux: boolean; part: boolean; pres: boolean }): -1 | 0 | 1 {
  if (m.kind(i) !== TokenKind.WORD) return 0;
  const w = m.lw(i);
  const L = m.getLexicon();
  if (!L) return cueWithout(m, i, w, tenseCtx);
  const b = wordBits(m.t, L, w);
  if (b & W_FUT) return 1;
  if (b & W_PAST_FORM) return -1;
  if (b & W_AUX) tenseCtx.aux = true;
  if (b & W_VERB && (!m.cap(i) || m.sentStart(i))) {
    if (b & W_PART) tenseCtx.part = true;
    if (b & W_IND_PAST && !m.t.tense.determiners.has(m.lw(i - 1)) && !(b & W_NOT_VERB_TE)) return -1;
    if (b & W_PRES) tenseCtx.pres = true;
    return 0;
  }
  if (participle(w) && !m.cap(i)) tenseCtx.part = true;
  if (weakPast(m, i)) return -1;
  return 0;
}

/** cue() without a lexicon: the word tables and the suffix rules only. */
function cueWithout(
  m: DeM,
  i: number,
  w: string,
  tenseCtx: { aux: boolean; part: boolean; pres: boolean },
): -1 | 0 | 1 {
  if (m.t.tense.future.has(w)) return 1;
  if (m.t.pastForms.has(w)) return -1;
  if (m.t.tense.aux.has(w)) tenseCtx.aux = true;
  if (participle(w) && !m.cap(i)) tenseCtx.part = true;
  if (weakPast(m, i)) return -1;
  return 0;
}

/** Tense direction over tokens [a, b): the cue nearest to `at` wins; perfect (hat + participle) counts as past. */
let lastPresent = false;

function dirIn(m: DeM, a: number, b: number, at: number, presentAsFuture: boolean): -1 | 0 | 1 {
  const ctx = { aux: false, part: false, pres: false };
  let best: -1 | 0 | 1 = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let i = a; i < b; i++) {
    const bits = cueBits(m, i);
    if (bits & C_AUX) ctx.aux = true;
    if (bits & C_PART) ctx.part = true;
    if (bits & C_PRES) ctx.pres = true;
    const c = bits & C_FUT ? 1 : bits & C_PAST ? -1 : 0;
    if (c !== 0) {
      const dist = Math.abs(i - at);
      if (dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
  }
  if (best === 0 && ctx.aux && ctx.part) return -1;
  if (best === 0 && ctx.pres && presentAsFuture) lastPresent = true;
  return best;
}

/**
 * Tense of the clause around tokens [s, e): its nearest tense cue (future auxiliaries and
 * "kommende" → 1; Präteritum forms, weak -te forms, perfect → -1), else the sentence's, else 0;
 * `present` when only a present-tense finite verb was found (a schedule: "Am Dienstag trifft er Macron").
 */
export function clauseDir(m: DeM, s: number, e: number): ClauseTense {
  lastPresent = false;
  const dir = clauseDir0(m, s, e);
  return { dir, present: dir === 0 && lastPresent };
}

function clauseDir0(m: DeM, s: number, e: number): -1 | 0 | 1 {
  const sent = m.sent(s);
  let a = s;
  while (a > 0 && m.sent(a - 1) === sent && !isBoundary(m, a - 1)) a--;
  let b = e;
  while (b < m.n && m.sent(b) === sent && !isBoundary(m, b)) b++;
  const d = dirIn(m, a, b, s, true);
  if (d !== 0 || lastPresent) return d;
  let sa = a;
  while (sa > 0 && m.sent(sa - 1) === sent) sa--;
  let sb = b;
  while (sb < m.n && m.sent(sb) === sent) sb++;
  return dirIn(m, sa, sb, s, true);
}
