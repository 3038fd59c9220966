/**
 * Cue matching in one clause: verb lemmas (with separated particles: "wies … zurück" → zurückweisen),
 * participles and infinitives, and verb–noun frames ("Sanktionen verhängen", "Gespräche führen").
 * A noun frame overrides the verb's own row.
 */

import { TokenFlag, TokenKind } from "../../../doc/tokens.js";
import type { Cue, VerbKind } from "../../../events/grammar.js";
import { SEPARABLE_PARTICLES } from "../lexicon/index.js";
import { INFLECTION_ENDING } from "../np/index.js";
import { isLowerVerb } from "./clauses.js";
import { eventTables, nounRowsFor } from "./tables.js";
import type { DeEventView } from "./view.js";
import { isClass } from "./words.js";

export interface VerbHit {
  token: number;
  lemma: string;
  kind: VerbKind;
  /** Token of the separated particle, if any. */
  particleToken: number;
}

function lastWordIndex(v: DeEventView, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (v.doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

/**
 * Whether the verb-like word at i is an inflected participle used as an adjective: it ends in an
 * adjective ending, a noun follows, and before it — past adverbs and adjectives — stands an article
 * or a preposition ("mit scharf kritisierten Luftangriffen", "die verurteilten Angriffe"). A noun
 * or pronoun before it makes it the finite verb ("Die USA kritisierten Pläne Moskaus").
 */
function isAttributiveParticiple(v: DeEventView, lower: readonly string[], i: number, s: number): boolean {
  const toks = v.doc.tokens;
  if (!INFLECTION_ENDING.test(lower[i])) return false;
  const next = i + 1;
  if (next >= toks.count || toks.kind[next] !== TokenKind.WORD || (toks.flags[next] & TokenFlag.CAP) === 0)
    return false;
  for (let j = i - 1; j >= s; j--) {
    if (toks.kind[j] !== TokenKind.WORD) return false;
    const w = lower[j];
    if (isClass("det", w) || isClass("prep", w)) return true;
    // only adverbs and adjectives may stand between the article and the participle ("mit scharf kritisierten")
    if ((toks.flags[j] & TokenFlag.CAP) !== 0 || isClass("pron", w) || v.verbs.readings(w).length > 0) return false;
    const pos = v.lex.pos(w);
    if (!pos.includes("ADJ") && !isClass("adv", w)) return false;
  }
  return false;
}

/** Whether a preposition governs the noun at i (past numbers and lower-case modifiers, within 4 tokens). */
function afterPreposition(v: DeEventView, i: number, s: number): boolean {
  const toks = v.doc.tokens;
  const lower = v.lower;
  for (let j = i - 1; j >= s && j >= i - 4; j--) {
    if (toks.kind[j] === TokenKind.NUMBER) continue;
    if (toks.kind[j] !== TokenKind.WORD) return false;
    const w = lower[j];
    if (isClass("prep", w)) return true;
    if ((toks.flags[j] & TokenFlag.CAP) !== 0 || v.verbs.readings(w).length > 0) return false;
  }
  return false;
}

/** Verb forms of dictionary verbs in tokens [s, e). */
export function verbsIn(v: DeEventView, s: number, e: number): VerbHit[] {
  const toks = v.doc.tokens;
  const lower = v.lower;
  const out: VerbHit[] = [];
  const last = lastWordIndex(v, s, e);
  const lastText = last >= 0 ? lower[last] : "";
  let passiveAux = false;
  for (let i = s; i < e; i++) if (isClass("werden", lower[i])) passiveAux = true;
  let firstVerb = -1;
  for (let i = s; i < e && firstVerb < 0; i++) if (isLowerVerb(v, i)) firstVerb = i;
  for (let i = s; i < e; i++) {
    if (toks.kind[i] !== TokenKind.WORD) continue;
    const cap = (toks.flags[i] & TokenFlag.CAP) !== 0;
    if (cap && i !== s && (toks.flags[i] & TokenFlag.SENT_START) === 0) continue; // nouns
    const readings = v.verbs.readings(lower[i]);
    if (readings.length && !cap && isAttributiveParticiple(v, lower, i, s)) continue;
    // "einige Flüchtlinge": a determiner before its noun, not the verb it is spelt like ("einigen")
    if (readings.length && isClass("det", lower[i]) && i + 1 < e && (toks.flags[i + 1] & TokenFlag.CAP) !== 0) continue;
    let best: VerbHit | null = null;
    // "stellte … fest", "setzte … fort": a finite verb before a separable particle that ends the clause is a particle
    // verb, not the dictionary verb it contains ("stellen", "setzen"), unless the dictionary has that particle verb
    // (only the clause's first verb form, the finite verb of a main clause: "richtete … drohend aus" keeps "drohend")
    const split =
      i === firstVerb && last > i && SEPARABLE_PARTICLES.has(lastText) && !isClass("frames.adverb-particles", lastText);
    for (const r of readings) {
      if (r.kind === "S") {
        if (r.particle === lastText && last > i) {
          best = { token: i, lemma: r.lemma, kind: "F", particleToken: last };
          break;
        }
        continue;
      }
      if (split && r.kind === "F") {
        // "schoss … nieder": a particle verb of the dictionary whose split forms the form list lacks
        const whole = lastText + r.lemma;
        if (eventTables().verbs.has(whole)) {
          best = { token: i, lemma: whole, kind: "F", particleToken: last };
          break;
        }
        continue;
      }
      if (!best || (passiveAux && r.kind === "P" && best.lemma === r.lemma))
        best = { token: i, lemma: r.lemma, kind: r.kind, particleToken: -1 };
    }
    if (best) out.push(best);
  }
  return out;
}

/** The event cue of a clause: the noun frame if one matches, else the last dictionary verb. */
export function cueOf(v: DeEventView, s: number, e: number): Cue | null {
  const { verbs } = eventTables();
  const hits = verbsIn(v, s, e);
  if (hits.length === 0) return null;
  // noun frames
  for (let i = s; i < e; i++) {
    if (v.doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const lw = v.lower[i];
    for (const row of nounRowsFor(lw)) {
      const h = hits.find((v) => row.verbs === null || row.verbs.has(v.lemma));
      if (!h || h.token === i) continue;
      // "unter staatliche Aufsicht stellen": the noun only inside a prepositional phrase, not as a subject or object
      // ("Die Finanzaufsicht stellte Bedingungen")
      if (row.flags.has("pp") && !afterPreposition(v, i, s)) continue;
      if (row.none) {
        // only as the object: "hat 129 Tote gefordert", not "forderte nach dem Anschlag mit zwölf Toten …"
        if (afterPreposition(v, i, s)) continue;
        return null;
      }
      return {
        token: h.token,
        lemma: h.lemma,
        verbKind: h.kind,
        noun: i,
        type: row.type,
        mode: row.mode,
        flags: row.flags,
        rows: [{ type: row.type, mode: row.mode, flags: row.flags }],
      };
    }
  }
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k];
    const rows = (verbs.get(h.lemma) ?? []).filter((r) => !r.flags.has("noun"));
    if (rows.length === 0) {
      // intent verbs without a noun frame still carry their complement ("kündigte an, … zu reisen")
      const intent = (verbs.get(h.lemma) ?? []).find((r) => r.flags.has("intent"));
      if (intent)
        return {
          token: h.token,
          lemma: h.lemma,
          verbKind: h.kind,
          noun: -1,
          type: intent.type,
          mode: intent.mode,
          flags: intent.flags,
          rows: [intent],
        };
      continue;
    }
    // the cue's type is its plain reading; a row only for a manner word of speech ("griff … scharf an") is the exception
    const r0 = rows.find((r) => !r.flags.has("verbal")) ?? rows[0];
    return {
      token: h.token,
      lemma: h.lemma,
      verbKind: h.kind,
      noun: -1,
      type: r0.type,
      mode: r0.mode,
      flags: r0.flags,
      rows,
    };
  }
  return null;
}
