/**
 * Cue matching in one clause: verb lemmas (with separated particles: "wies … zurück" → zurückweisen),
 * participles and infinitives, and verb–noun frames ("Sanktionen verhängen", "Gespräche führen").
 * A noun frame overrides the verb's own row.
 */

import type { Doc } from "../../../doc/index.js";
import type { PloverType } from "../../../doc/schema/events.js";
import { TokenFlag, TokenKind } from "../../../doc/tokens.js";
import { lowerTokens } from "../../../events/lower.js";
import { lexicon } from "../lexicon/index.js";
import { verbReadings } from "./lemma.js";
import { eventTables, type FormReading, type FrameFlag, nounRowsFor } from "./tables.js";
import { isClass } from "./words.js";

export interface VerbHit {
  token: number;
  lemma: string;
  kind: FormReading["kind"];
  /** Token of the separated particle, if any. */
  particleToken: number;
}

export interface Cue {
  /** Token of the verb (or the noun for noun-only frames). */
  token: number;
  lemma: string;
  verbKind: FormReading["kind"];
  /** Token of the frame noun, or -1. */
  noun: number;
  type: PloverType;
  mode: string | null;
  flags: ReadonlySet<FrameFlag>;
  /** Alternative rows for the lemma (conditions checked later). */
  rows: readonly { type: PloverType; mode: string | null; flags: ReadonlySet<FrameFlag> }[];
}

function lastWordIndex(doc: Doc, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) if (doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

/**
 * Whether the verb-like word at i is an inflected participle used as an adjective: it ends in an
 * adjective ending, a noun follows, and before it — past adverbs and adjectives — stands an article
 * or a preposition ("mit scharf kritisierten Luftangriffen", "die verurteilten Angriffe"). A noun
 * or pronoun before it makes it the finite verb ("Die USA kritisierten Pläne Moskaus").
 */
function isAttributiveParticiple(doc: Doc, lower: readonly string[], i: number, s: number): boolean {
  const toks = doc.tokens;
  if (!/(?:e|en|em|er|es)$/.test(lower[i])) return false;
  const next = i + 1;
  if (next >= toks.count || toks.kind[next] !== TokenKind.WORD || (toks.flags[next] & TokenFlag.CAP) === 0)
    return false;
  for (let j = i - 1; j >= s; j--) {
    if (toks.kind[j] !== TokenKind.WORD) return false;
    const w = lower[j];
    if (isClass("det", w) || isClass("prep", w)) return true;
    // only adverbs and adjectives may stand between the article and the participle ("mit scharf kritisierten")
    if ((toks.flags[j] & TokenFlag.CAP) !== 0 || isClass("pron", w) || verbReadings(w).length > 0) return false;
    const pos = lexicon().pos(w);
    if (!pos.includes("ADJ") && !isClass("adv", w)) return false;
  }
  return false;
}

/** Whether a preposition governs the noun at i (past numbers and lower-case modifiers, within 4 tokens). */
function afterPreposition(doc: Doc, i: number, s: number): boolean {
  const toks = doc.tokens;
  const lower = lowerTokens(doc);
  for (let j = i - 1; j >= s && j >= i - 4; j--) {
    if (toks.kind[j] === TokenKind.NUMBER) continue;
    if (toks.kind[j] !== TokenKind.WORD) return false;
    const w = lower[j];
    if (isClass("prep", w)) return true;
    if ((toks.flags[j] & TokenFlag.CAP) !== 0 || verbReadings(w).length > 0) return false;
  }
  return false;
}

/** Verb forms of dictionary verbs in tokens [s, e). */
export function verbsIn(doc: Doc, s: number, e: number): VerbHit[] {
  const toks = doc.tokens;
  const lower = lowerTokens(doc);
  const out: VerbHit[] = [];
  const last = lastWordIndex(doc, s, e);
  const lastText = last >= 0 ? doc.tokenText(last).toLowerCase() : "";
  let passiveAux = false;
  for (let i = s; i < e; i++) if (isClass("werden", lower[i])) passiveAux = true;
  for (let i = s; i < e; i++) {
    if (toks.kind[i] !== TokenKind.WORD) continue;
    const cap = (toks.flags[i] & TokenFlag.CAP) !== 0;
    if (cap && i !== s && (toks.flags[i] & TokenFlag.SENT_START) === 0) continue; // nouns
    const readings = verbReadings(lower[i]);
    if (readings.length && !cap && isAttributiveParticiple(doc, lower, i, s)) continue;
    let best: VerbHit | null = null;
    for (const r of readings) {
      if (r.kind === "S") {
        if (r.particle === lastText && last > i) {
          best = { token: i, lemma: r.lemma, kind: "F", particleToken: last };
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
export function cueOf(doc: Doc, s: number, e: number): Cue | null {
  const { verbs } = eventTables();
  const hits = verbsIn(doc, s, e);
  if (hits.length === 0) return null;
  // noun frames
  for (let i = s; i < e; i++) {
    if (doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const lw = doc.tokenText(i).toLowerCase();
    for (const row of nounRowsFor(lw)) {
      const h = hits.find((v) => row.verbs === null || row.verbs.has(v.lemma));
      if (!h || h.token === i) continue;
      if (row.none) {
        // only as the object: "hat 129 Tote gefordert", not "forderte nach dem Anschlag mit zwölf Toten …"
        if (afterPreposition(doc, i, s)) continue;
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
    const r0 = rows[0];
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
