/**
 * Nominal events (event-nouns.tsv): "Die Festnahme des Bürgermeisters durch die Polizei", "die Kritik konservativer
 * Abgeordneter an Corbyn", "das Treffen zwischen Trump und Kim", "der russische Raketenangriff auf …". The noun must
 * stand as a participant (no preposition, or "zu" as in "kam es zur Festnahme"), not as a background adjunct ("nach
 * dem Angriff"). Its arguments: a country adjective before it and "durch X" are the actor, the genitive (or "von X")
 * is the actor or the target as the table says, "gegen/auf/an X" the target, "zwischen X und Y" both sides.
 */
import type { PloverType } from "../../../doc/schema/events.js";
import { TokenFlag, TokenKind } from "../../../doc/tokens.js";
import { type Clause, emptyPhrase, type Member, type NominalHit, type Phrase } from "../../../events/grammar.js";
import { actorNoun, memo, readTsv, StemIndex, type StemMatch } from "./tables.js";
import type { DeEventView } from "./view.js";
import { isClass } from "./words.js";

interface EventNoun {
  noun: string;
  /** NONE: a word that ends like an event noun but is none ("Bedrohung" is a danger, not a threat). */
  type: PloverType | "NONE";
  mode: string | null;
  genitive: "actor" | "target";
}

let nouns: StemIndex<EventNoun> | undefined;
const nounCache = new Map<string, EventNoun | null>();

/** The event noun a lower-case word is or ends in (the longest stem, then file order; compound ends need ≥ 5 letters). */
function eventNoun(lower: string): EventNoun | null {
  nouns ??= new StemIndex(
    readTsv("events/event-nouns.tsv").map(([noun, type, mode, genitive]) => ({
      noun,
      type: type as PloverType | "NONE",
      mode: mode === "-" ? null : mode,
      genitive: genitive === "target" ? ("target" as const) : ("actor" as const),
    })),
    (n) => n.noun,
    ["", "e", "en", "n", "s", "es"],
  );
  const index = nouns;
  return memo(nounCache, lower, () => {
    let best: StemMatch<EventNoun> | null = null;
    for (const m of index.matches(lower))
      if (!best || m.stem.length > best.stem.length || (m.stem.length === best.stem.length && m.order < best.order))
        best = m;
    return best?.item ?? null;
  });
}

/** Whether a lower-case noun is an event noun of the table ("angriff", "kämpfen"). */
export function isEventNoun(lower: string): boolean {
  const n = eventNoun(lower);
  return n !== null && n.type !== "NONE";
}

function isNounToken(v: DeEventView, i: number): boolean {
  const toks = v.doc.tokens;
  if (toks.kind[i] !== TokenKind.WORD || (toks.flags[i] & TokenFlag.CAP) === 0) return false;
  // a sentence-initial capital may be a verb ("Treffen sich …")
  if ((toks.flags[i] & TokenFlag.SENT_START) !== 0 && v.verbs.readings(v.lower[i]).length > 0) return false;
  return true;
}

/** Whether tokens [s, e) hold an event noun (a cheap test before the phrases are built). */
export function hasNominal(v: DeEventView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isNounToken(v, i) && eventNoun(v.lower[i])?.type !== undefined) return true;
  return false;
}

/**
 * Whether the noun at i heads its phrase: no other common noun before it ("zu Beginn der Demonstration" is about
 * the beginning), and the phrase is no genitive attribute of the phrase right before it ("am Rande eines Treffens").
 */
function headsPhrase(v: DeEventView, ps: readonly Phrase[], k: number, i: number): boolean {
  const p = ps[k];
  const toks = v.doc.tokens;
  for (let j = p.start; j < i; j++)
    if (
      (toks.flags[j] & TokenFlag.CAP) !== 0 &&
      !v.mentions.has(j) &&
      isNounToken(v, j) &&
      !p.det?.startsWith(v.lower[j])
    )
      if (!isClass("det", v.lower[j])) return false;
  const prev = ps[k - 1];
  if (p.prep === null && prev && prev.end === p.start && p.det !== null && isClass("nominal.genitive-dets", p.det))
    return false;
  return true;
}

/** What a preposition after an event noun introduces. */
function argumentRole(prep: string, noun: EventNoun & { type: PloverType }): "actor" | "target" | "between" | null {
  if (isClass("nominal.agent-preps", prep)) return "actor";
  // "der Streik bei der Deutschen Post": a strike is against the employer it is held at
  if (noun.mode === "strike" && isClass("nominal.workplace-preps", prep)) return "target";
  if (isClass("nominal.genitive-preps", prep)) return noun.genitive;
  if (isClass("nominal.between-preps", prep)) return "between";
  if (isClass("nominal.target-preps", prep)) return "target";
  if (prep === "mit" && noun.type === "CONSULT") return "target";
  return null;
}

/**
 * The collective actor a genitive inside the event noun's own phrase names ("ein Protestauftritt der Opposition",
 * "der Ausstand der Piloten"): the first actor noun after the event noun, as a phrase of its own.
 */
function genitiveActor(v: DeEventView, p: Phrase, i: number): Phrase | null {
  if (!p.actor || actorNoun(v.lower[i])) return null;
  for (let j = i + 1; j < p.end; j++) {
    if (!isNounToken(v, j) || v.mentions.has(j)) continue;
    const a = actorNoun(v.lower[j]);
    if (!a) continue;
    const q = emptyPhrase(j, p.end);
    q.actor = a;
    q.heads = [v.lower[j]];
    return q;
  }
  return null;
}

/** Whether a lower-case word of the clause is a form of a verb of fear or expectation (nominal.unasserted-verbs). */
function fearsOrExpects(v: DeEventView, c: Clause): boolean {
  for (let i = c.start; i < c.end; i++) {
    if (v.isCap(i) || v.doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const lemma = v.lex.verbLemma(v.lower[i]);
    if (lemma && isClass("nominal.unasserted-verbs", lemma)) return true;
  }
  return false;
}

/** A member attached to its head by a locative preposition ("im Saarland", "in Kiew"). */
function locativelyAttached(v: DeEventView, m: Member): boolean {
  const at = m.mention?.start ?? 0;
  return m.via === "attached" && at > 0 && isClass("prep.locative", v.lower[at - 1]);
}

function sub(p: Phrase, members: Member[]): Phrase | null {
  if (members.length === 0) return null;
  const q = emptyPhrase(p.start, p.end);
  q.members = members;
  return q;
}

/** The nominal events of a clause; `skip` is a token a verb frame of the clause already uses as its noun. */
export function nominalsIn(v: DeEventView, c: Clause, ps: readonly Phrase[], skip: number): NominalHit[] {
  const out: NominalHit[] = [];
  let feared: boolean | undefined;
  for (let i = c.start; i < c.end; i++) {
    if (i === skip || !isNounToken(v, i)) continue;
    const found = eventNoun(v.lower[i]);
    if (!found || found.type === "NONE") continue;
    // "Die HDP befürchtet die Festnahme von Abgeordneten": what is feared or expected has not happened
    feared ??= fearsOrExpects(v, c);
    if (feared) return out;
    const noun = found as EventNoun & { type: PloverType };
    const k = ps.findIndex((p) => p.start <= i && i < p.end);
    if (k < 0 || !headsPhrase(v, ps, k, i)) continue;
    const p = ps[k];
    // a participant, not a background adjunct: no preposition, or "zu" ("kam es zur Festnahme")
    if (p.prep !== null && !isClass("nominal.preps", p.prep)) continue;
    // the head must be the event noun itself, not a noun it modifies or that governs it in the phrase's genitive
    const before = p.members.filter((m) => m.mention !== null && m.mention.start < i);
    const after = p.members.filter((m) => !before.includes(m));
    let actor: Phrase | null = sub(p, before);
    let target: Phrase | null = null;
    // (a place attached by "in" is where it happened, no genitive agent: "Kundgebungen im Saarland")
    if (noun.genitive === "actor")
      actor ??= sub(
        p,
        after.filter((m) => !locativelyAttached(v, m)),
      );
    else target = sub(p, after);
    let recip = false;
    // the phrases right after the noun's phrase: its genitive and its prepositional arguments; a phrase without
    // preposition continues the one before ("gegen den Wahlsieg Trumps", "des Bürgermeisters İmamoğlu")
    let end = p.end;
    let role: "actor" | "target" | "between" | null = noun.genitive;
    for (let j = k + 1; j < ps.length; j++) {
      const q = ps[j];
      // adjacent: only the preposition itself stands between (a verb in between ends the noun's arguments)
      if (q.start > end + (q.prep !== null ? 1 : 0)) break;
      end = q.end;
      if (q.prep !== null) role = argumentRole(q.prep, noun);
      if (q.members.length === 0 && q.actor === null) continue;
      if (role === "actor") actor ??= q;
      else if (role === "target") target ??= q;
      else if (role === "between" && q.members.length > 1 && !actor) {
        actor = q;
        recip = true;
      }
    }
    if (!actor && noun.genitive === "actor") actor = genitiveActor(v, p, i);
    out.push({ token: i, type: noun.type, mode: noun.mode, actor, target, recip, phrase: p });
  }
  return out;
}
