/**
 * The speaker of a cue clause: the subject the clause reader finds (speaker.ts subjectOf), corrected for the
 * German shapes where the nearest NP is not the subject — a second conjunct ("… und rief: …"), an accusative
 * or dative NP after the verb, a subject with its apposition or relative clause before the verb, a missing
 * apposition comma, the frame's PP after an inverted subject, and a verb after a comma that continues the
 * statement before it.
 */
import type { Entity } from "../../../../doc/index.js";
import { entityIn } from "../../../../quotes/entities.js";
import type { UnitScan } from "../../../../quotes/grammar.js";
import { trimEnd } from "../../../../quotes/scan.js";
import { CONTRACTED, type complementAfter } from "../complement.js";
import type { Cue } from "../cues.js";
import { npAt, RELATIVE_PRONOUNS } from "../np.js";
import { conjunctSubject, isPronoun, subjectOf } from "../speaker.js";
import { clauseClass, quoteTables } from "../tables.js";
import type { DeView, TokSpan } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_RELPREP: ReadonlySet<string> = clauseClass("relprep");
const CLASS_OBLIQUE: ReadonlySet<string> = clauseClass("oblique");
const CLASS_FOCUS: ReadonlySet<string> = clauseClass("focus");

type Scan = UnitScan<DeView>;
type Content = ReturnType<typeof complementAfter>;

/** A person or organisation: the kind of referent that makes statements. */
function isAgent(ent: Entity | null): boolean {
  return ent !== null && (ent.type === "PER" || ent.type === "ORG");
}

/** Token i starts a relative clause: "der als …", "die seit …", "mit dem …". A following noun makes it an apposition. */
function isRelativeStart(v: DeView, i: number): boolean {
  const w = v.lower[i];
  const k = CLASS_RELPREP.has(w) ? i + 1 : i;
  if (!RELATIVE_PRONOUNS.has(v.lower[k]) || k + 1 >= v.n) return false;
  // "die Anwältin der Frau": article + noun is an apposition
  return !(v.isCap(k + 1) && v.isWord(k + 1)) || CLASS_RELPREP.has(w);
}

/** The speaker of the cue whose clause starts at `cs`, and the content after it without the speaker's apposition. */
export function cueSpeaker(
  s: Scan,
  cue: Cue,
  cs: number,
  segStart: number,
  before: TokSpan | null,
  after: Content,
): { speaker: TokSpan | null; after: Content } {
  const { v, u } = s;
  // in "…, wie X mitteilte" the content comes first but the subject stands inside the wie-clause
  const wieClause = v.lower[cs] === "wie";
  let speaker = subjectOf(v, cue, cs, u.e, before !== null && !wieClause, s.timeEnd);
  speaker = secondConjunct(s, cue, cs, speaker);
  // an accusative or dative NP is no subject ("nennt den Vorgang „…“")
  // (after "heißt es in …" the NP is the object of the preposition: the document that speaks)
  if (speaker && speaker.s > cue.finite && CLASS_OBLIQUE.has(v.lower[speaker.s]) && cue.lemma !== "heißen")
    speaker = null;
  speaker = subjectBeforeVerb(s, cue, cs, segStart, before, speaker);
  if (
    speaker &&
    speaker.s === cs &&
    cs < cue.finite &&
    !before &&
    cs - 1 > segStart &&
    v.isPunct(cs - 1, ",") &&
    !isPronoun(v, speaker) &&
    !RELATIVE_PRONOUNS.has(v.lower[speaker.s])
  ) {
    // "Rob Meier, Sekretär des Vereins sagte, …": an apposition whose closing comma is missing
    const head = npAt(v, segStart, cs - 1);
    if (head && head.s === segStart && head.e === cs - 1 && v.isCap(head.s) && !CLASS_OBLIQUE.has(v.lower[head.s]))
      speaker = { s: head.s, e: speaker.e };
  }
  if (after && speaker && speaker.s > cue.finite && speaker.s < after.s && speaker.e > after.s) {
    // "sagte Olli Rehn, EU-Kommissar: „…“": the speaker's apposition is no part of the content
    let a = speaker.e;
    while (a < after.e && (v.isPunct(a, ",") || v.isPunct(a, ":"))) a++;
    after = a < after.e ? { ...after, s: a } : null;
  }
  if (speaker && speaker.s > cue.finite && !before && !after) {
    // "sprach Angela Merkel von der Möglichkeit …": the PP the frame governs is no attribute of the speaker
    const preps = quoteTables().reportedFrames.get(cue.lemma) ?? [];
    for (let k = speaker.s + 1; k < speaker.e; k++) {
      if (!preps.includes(CONTRACTED[v.lower[k]] ?? v.lower[k])) continue;
      const end = trimEnd(v, speaker.s, k);
      if (end > speaker.s) speaker = { s: speaker.s, e: end };
      break;
    }
  }
  if (!speaker && cue.finite > u.s && v.isPunct(cue.finite - 1, ",") && s.drafts.length) {
    // "…, meinte Schieder, betonte aber gleichzeitig: …": a verb right after a comma without a subject of its own
    // continues the statement's speaker
    const prev = s.drafts[s.drafts.length - 1];
    if (prev.speaker && prev.msg.e <= cue.finite) speaker = prev.speaker;
  }
  return { speaker, after };
}

/**
 * After "und" the verb opens a second conjunct without its own subject: an NP after it is an object
 * ("Demonstranten zogen vor den Sitz und skandierten Sprüche wie „…“"; a pronoun before the als of an
 * assessment frame is its object: "… und bezeichnete sie als verfassungswidrig"): the first conjunct's subject.
 */
function secondConjunct(s: Scan, cue: Cue, cs: number, speaker: TokSpan | null): TokSpan | null {
  const { v, u } = s;
  const alsObject =
    speaker !== null &&
    isPronoun(v, speaker) &&
    v.lower[speaker.e] === "als" &&
    (quoteTables().reportedFrames.get(cue.lemma) ?? []).includes("als");
  const conjunct =
    cue.finite > u.s &&
    v.lower[cue.finite - 1] === "und" &&
    (!speaker || (speaker.s > cue.finite && (!isPronoun(v, speaker) || alsObject)));
  // "… biss der Randalierer den Fluggast und rief: …": the subject of the first conjunct
  if (conjunct) return conjunctSubject(v, u.s, cs, cue.finite - 1, s.timeEnd) ?? speaker;
  return speaker;
}

/**
 * "Der Vorsitzende, Name, hatte Lenz aufgefordert, …": a subject with its apposition right before the verb
 * outranks the (object) NP after it; an apposition or relative clause between subject and verb ("John Kline, ein
 * Abgeordneter, sagte"); a focus adverb or conjunction before the subject ("Auch Winfried Hassemer, sein
 * Stellvertreter, glaubt").
 */
function subjectBeforeVerb(
  s: Scan,
  cue: Cue,
  cs: number,
  segStart: number,
  before: TokSpan | null,
  speaker: TokSpan | null,
): TokSpan | null {
  const { v, doc } = s;
  const fronted =
    speaker !== null && speaker.s > cue.finite && cs === cue.finite && before === null && !isPronoun(v, speaker);
  if (!((!speaker || fronted) && !before && cs > segStart && v.isPunct(cs - 1, ","))) return speaker;
  let a = segStart;
  while (a + 1 < cue.finite && CLASS_FOCUS.has(v.lower[a])) a++;
  const np = npAt(v, a, cue.finite, true);
  const oblique = CLASS_OBLIQUE;
  if (fronted) {
    if (np && np.e === cs - 1 && !oblique.has(v.lower[np.s])) return np;
    if (
      // "Der NDR, der die Umfrage in Auftrag gegeben hatte, begründete die Einblendungen damit, …": a
      // person or organisation with a relative clause before the verb speaks, not a thing after it
      np &&
      speaker &&
      !oblique.has(v.lower[np.s]) &&
      v.isPunct(np.e, ",") &&
      np.e + 1 < cs &&
      cs - np.e <= 20 &&
      isRelativeStart(v, np.e + 1) &&
      isAgent(entityIn(doc, v.start(np.s), v.end(np.e - 1))) &&
      !isAgent(entityIn(doc, v.start(speaker.s), v.end(speaker.e - 1)))
    )
      return np;
    return speaker;
  }
  // a relative clause after the subject is not part of it ("Frank Sichau, der als … fungiert, erklärte")
  const rel = np && v.isPunct(np.e, ",") && np.e + 1 < cs && isRelativeStart(v, np.e + 1);
  if (np) return v.isPunct(np.e, ",") && cs - np.e <= 16 && !rel ? { s: np.s, e: trimEnd(v, np.s, cs) } : np;
  return speaker;
}
