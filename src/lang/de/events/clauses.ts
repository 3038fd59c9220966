/**
 * Clauses of a sentence over the token layer: split at commas, semicolons, colons, dashes,
 * brackets and quote marks. Each clause is classified (main, conditional, subordinate, relative,
 * zu-infinitive) and marks whether it lies inside quotation marks.
 */
import { TokenKind } from "../../../doc/tokens.js";
import type { Clause, ClauseKind } from "../../../events/grammar.js";
import { eventTables } from "./tables.js";
import type { DeEventView } from "./view.js";
import { isClass, wordClass } from "./words.js";

const BOUNDARY = new Set([",", ";", ":", "–", "—", "(", ")", "-"]);

function lastWord(v: DeEventView, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (v.doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

function firstWord(v: DeEventView, s: number, e: number): number {
  for (let i = s; i < e; i++) if (v.doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

let zuInfinitive: RegExp | undefined;

/** A separable particle, "zu" and an infinitive in one word ("abzuziehen"). */
function particleZuInfinitive(): RegExp {
  zuInfinitive ??= new RegExp(`^(${[...wordClass("clause.zu-particles")].join("|")})zu\\p{Ll}{3,}en$`, "u");
  return zuInfinitive;
}

/** Whether the clause ends in a zu-infinitive ("… zu führen", "… zuzulassen"). */
function endsInZuInfinitive(v: DeEventView, s: number, e: number): boolean {
  const lw = lastWord(v, s, e);
  if (lw < 0) return false;
  const raw = v.text[lw];
  if (/^\p{Lu}/u.test(raw)) return false;
  const w = v.lower[lw];
  if (lw > s && v.lower[lw - 1] === "zu" && /(en|ern|eln|n)$/.test(w)) return true;
  if (
    eventTables()
      .forms.get(w)
      ?.some((r) => r.kind === "Z")
  )
    return true;
  return particleZuInfinitive().test(w);
}

/** The clauses of sentence `k`. */
export function clausesOf(v: DeEventView, k: number, s: number, e: number): Clause[] {
  const toks = v.doc.tokens;
  const out: Clause[] = [];
  const cues = eventTables().cues;
  let inQuote = false;
  let cs = s;
  const flush = (end: number, quoted: boolean) => {
    if (firstWord(v, cs, end) < 0) {
      cs = end + 1;
      return;
    }
    const fw = firstWord(v, cs, end);
    const first = v.lower[fw];
    const role = cues.get(first);
    let kind: ClauseKind = "main";
    if (role === "cond" || role === "cond1") kind = "cond";
    else if (endsInZuInfinitive(v, cs, end)) kind = "zu";
    else if (role === "sub") kind = "sub";
    // a relative clause follows a comma ("Bratislava – Der Vertrag … wurde unterzeichnet" is a main clause)
    else if (
      out.length > 0 &&
      cs > 0 &&
      v.text[cs - 1] === "," &&
      (role === "rel" || isPrepRel(v, fw, end)) &&
      verbFinal(v, cs, end)
    )
      kind = "rel";
    out.push({ start: cs, end, kind, inQuote: quoted, sent: k });
    cs = end + 1;
  };
  for (let i = s; i < e; i++) {
    const kind = toks.kind[i];
    if (kind === TokenKind.QUOTE_OPEN || kind === TokenKind.QUOTE_CLOSE || kind === TokenKind.QUOTE_AMBIG) {
      flush(i, inQuote);
      inQuote = kind === TokenKind.QUOTE_OPEN ? true : kind === TokenKind.QUOTE_CLOSE ? false : !inQuote;
      continue;
    }
    if (kind === TokenKind.PUNCT && v.text[i] === "(") {
      // "Bundeskanzler Werner Faymann (SPÖ) kritisierte …": a bracketed insertion without a verb stays in its clause
      const close = verblessBracket(v, i, e);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (kind === TokenKind.PUNCT && BOUNDARY.has(v.text[i])) flush(i, inQuote);
  }
  if (cs < e) flush(e, inQuote);
  return splitCoordinatedVerbs(v, mergeSubjectAppositions(v, out));
}

/** The token of the ")" closing a short bracket opened at i that holds no verb ("(SPÖ)", "(IPN)"), else -1. */
export function verblessBracket(v: DeEventView, i: number, e: number): number {
  for (let j = i + 1; j < e && j <= i + BRACKET_REACH; j++) {
    const t = v.text[j];
    if (t === ")") return j;
    if (t === "(" || isLowerVerb(v, j)) return -1;
  }
  return -1;
}

/** The longest bracketed insertion (in tokens) kept inside its clause. */
const BRACKET_REACH = 6;

/** Whether token i is a lower-case finite verb form that is no infinitive or participle ("sprach", "kündigte");
 * asked once per token of the document. */
function onlyFinite(v: DeEventView, i: number): boolean {
  const known = v.finiteOnly[i];
  if (known === 1 || known === 2) return known === 1;
  const yes = finiteOnlyAt(v, i);
  if (i < v.finiteOnly.length) v.finiteOnly[i] = yes ? 1 : 2;
  return yes;
}

function finiteOnlyAt(v: DeEventView, i: number): boolean {
  if (v.doc.tokens.kind[i] !== TokenKind.WORD || !/^\p{Ll}/u.test(v.text[i])) return false;
  return v.verbs.onlyFinite(v.text[i]);
}

/** The last token of [s, e) that is a clause coordinator ("und", "sowie", "oder"), or -1. */
function lastCoordinator(v: DeEventView, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--)
    if (v.doc.tokens.kind[i] === TokenKind.WORD && isClass("clause.coord", v.text[i])) return i;
  return -1;
}

/**
 * "Er bestritt die Existenz der Unterlagen und sprach von einer Fälschung": a main clause whose coordinator stands
 * right before a finite verb, after a finite verb of its own, is two clauses; the second (`coord`) shares the
 * first one's subject.
 */
function splitCoordinatedVerbs(v: DeEventView, cs: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of cs) {
    // only a main clause with a coordinator after its first token can split (most have none: no verb is asked)
    const last = c.kind === "main" ? lastCoordinator(v, c.start + 1, c.end - 1) : -1;
    if (last < 0) {
      out.push(c);
      continue;
    }
    let start = c.start;
    let coord = c.coord ?? false;
    let finite = false;
    // (after the last coordinator nothing splits: the scan stops there)
    for (let i = c.start; i <= last; i++) {
      if (!finite) {
        finite = isLowerVerb(v, i) && onlyFinite(v, i);
        continue;
      }
      if (v.doc.tokens.kind[i] !== TokenKind.WORD || !isClass("clause.coord", v.text[i]) || !onlyFinite(v, i + 1))
        continue;
      out.push({ start, end: i, kind: c.kind, inQuote: c.inQuote, sent: c.sent, coord });
      start = i + 1;
      coord = true;
      finite = true;
    }
    // an unsplit clause is kept as it is (a copy of every clause of every sentence cost more than the split itself)
    out.push(start === c.start ? c : { start, end: c.end, kind: c.kind, inQuote: c.inQuote, sent: c.sent, coord });
  }
  return out;
}

/**
 * "Der russische Außenminister, Sergej Lawrow, lobte …": commas around an apposition split the
 * subject from its verb. Verbless main clauses that open the sentence with a noun phrase (not a
 * preposition or adverb: "In Moskau, der Hauptstadt, traf …" keeps its subject after the verb) and
 * run straight into a clause that begins with the finite verb are one clause with it.
 */
function mergeSubjectAppositions(v: DeEventView, cs: Clause[]): Clause[] {
  const out: Clause[] = [];
  let run = 0; // verbless noun-phrase clauses at the end of `out` that may open the next clause
  for (const c of cs) {
    const fw = firstWord(v, c.start, c.end);
    const first = fw >= 0 ? v.lower[fw] : "";
    const startsWithVerb = run > 0 && c.kind === "main" && fw >= 0 && isLowerVerb(v, fw);
    // "Russland, China und Iran verurteilten …": a list of subjects split by its commas
    const listTail = run > 0 && c.kind === "main" && coordinationBeforeVerb(v, c.start, c.end);
    if (startsWithVerb || listTail) {
      const opener = out[out.length - run];
      out.length -= run;
      out.push({ ...c, start: opener.start });
      run = 0;
      continue;
    }
    out.push(c);
    const nounPhrase =
      c.kind === "main" &&
      c.end < v.doc.tokens.count &&
      v.text[c.end] === "," &&
      !c.inQuote &&
      fw >= 0 &&
      !hasVerb(v, c.start, c.end) &&
      (run > 0 || (out.length === 1 && !isClass("prep", first))) &&
      !isClass("adv", first);
    run = nounPhrase ? run + 1 : 0;
  }
  return out;
}

/** Whether token i is a lower-case word that the lexicon knows as a verb form (asked once per token of the
 * document: the clause, bracket, phrase and role rules ask it of the same tokens again and again). */
export function isLowerVerb(v: DeEventView, i: number): boolean {
  const known = v.lowerVerb[i];
  if (known === 1 || known === 2) return known === 1;
  const yes = lowerVerbAt(v, i);
  if (i < v.lowerVerb.length) v.lowerVerb[i] = yes ? 1 : 2;
  return yes;
}

function lowerVerbAt(v: DeEventView, i: number): boolean {
  if (v.doc.tokens.kind[i] !== TokenKind.WORD) return false;
  const w = v.text[i];
  return /^\p{Ll}/u.test(w) && v.lex.isVerb(w);
}

/** Whether "und"/"sowie"/"oder" comes before the first lower-case verb form of tokens [s, e). */
export function coordinationBeforeVerb(v: DeEventView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (v.doc.tokens.kind[i] !== TokenKind.WORD) return false;
    const w = v.text[i];
    if (isClass("clause.coord", w)) return true;
    if (isLowerVerb(v, i)) return false;
  }
  return false;
}

/** Whether a lower-case verb form occurs in tokens [s, e). */
function hasVerb(v: DeEventView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isLowerVerb(v, i)) return true;
  return false;
}

/** "…, die …" is relative only after a comma with a verb-final clause; "…, mit dem …" likewise. */
function isPrepRel(v: DeEventView, fw: number, end: number): boolean {
  if (fw + 1 >= end) return false;
  const a = v.lower[fw];
  const b = v.lower[fw + 1];
  return isClass("clause.relprep", a) && isClass("clause.relpron", b);
}

/** Whether the clause ends in a verb (verb-final word order of relative and subordinate clauses). */
function verbFinal(v: DeEventView, s: number, e: number): boolean {
  const lw = lastWord(v, s, e);
  return lw >= 0 && v.lex.isVerb(v.lower[lw]);
}
