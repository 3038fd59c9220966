/**
 * Frame row choice: the first row of a cue whose conditions (the frame flags) hold for the clause's actor, target
 * and phrases.
 */
import type { ActorKind, Cue, EventGrammar, FrameRow, Member, Phrase } from "./grammar.js";

/** What the clause around a cue shows, for the row conditions. */
export interface RowContext {
  /** The clause has a reflexive or reciprocal pronoun. */
  hasSich: boolean;
  /** The clause has an instrument argument ("mit X", "damit") or a complement clause follows. */
  argued: boolean;
  /** A passive without agent. */
  agentless: boolean;
  /** A manner word of speech ("scharf", "verbal") stands in the clause: "griff … scharf an" is criticism. */
  verbal: boolean;
  /** A preposition "against" stands in the clause ("sprach sich gegen … aus"). */
  against: boolean;
}

/** First row of the cue whose conditions hold. */
export function chooseRow<V>(
  g: EventGrammar<V>,
  cue: Cue,
  actor: Phrase | null,
  target: Phrase | null,
  ps: readonly Phrase[],
  ctx: RowContext,
): FrameRow | null {
  const { hasSich, argued, agentless, verbal, against } = ctx;
  for (const r of cue.rows) {
    if (r.flags.has("verbal") && !verbal) continue;
    if (r.flags.has("noun") && cue.noun < 0) continue;
    if (r.flags.has("weapon") && !ps.some((p) => p.weapon || p.actor?.armed)) continue;
    // an agentless passive leaves the agent open: "wurden durchsucht" is an act of the authorities
    if (r.flags.has("mil") && !isStateLike(actor) && !agentless) continue;
    // "Die Staatsanwaltschaft untersucht …", "Die EU-Kommission untersucht …": an authority, not researchers of a
    // university or a sociologist who studies something
    if (r.flags.has("authority") && !isAuthority(actor) && !agentless) continue;
    // "Die Polizei verfolgte den Wagen", "ging dazwischen": a police sense of a verb that means something else for
    // anyone else ("verfolgt ein Ziel", "ging in der Debatte dazwischen")
    if (r.flags.has("police") && actor?.actor?.kind !== "police" && !agentless) continue;
    // "wäre Serbien gezwungen", "wurde dazu gezwungen": a verb whose agentless passive names a plight, not an act of
    // the state where it happens
    if (r.flags.has("agent") && agentless) continue;
    // blockade of a country: the country is the direct object ("China blockiert Taiwan"), not a place adverbial
    if (r.flags.has("tgtloc") && !(target?.place && target.prep === null)) continue;
    if (r.flags.has("refl") && !hasSich) continue;
    // "sprach sich gegen den Bau aus": only with a phrase against someone or something
    if (r.flags.has("against") && !against) continue;
    if (r.flags.has("norefl") && hasSich) continue;
    // "drohte mit Sanktionen", "drohte damit, …", "drohte der Ukraine": without such an argument or a named party
    // "droht" looms ("Bosnien droht die Staatspleite")
    if (r.flags.has("argued") && !argued && !(target && target.members.length > 0)) continue;
    if (r.flags.has("thingobj") && !hasThingObject(g, ps, actor)) continue;
    // "Die Regierung demonstriert Einigkeit": with a thing for its object the verb shows, it does not protest
    if (r.flags.has("nothingobj") && hasThingObject(g, ps, actor)) continue;
    if (
      r.flags.has("needtgt") &&
      (actor?.members.length ?? 0) < 2 &&
      (!target || (target.prep !== null && !g.prepIs(target.prep, "party")))
    )
      continue;
    return r;
  }
  return null;
}

/**
 * Whether the clause has a direct object that is a thing ("die Entscheidung", "den Schritt"), not a person; with
 * `unnamed`, one that names no party either ("die Serie", not "die Reformen der griechischen Regierung").
 */
export function hasThingObject<V>(
  g: EventGrammar<V>,
  ps: readonly Phrase[],
  actor: Phrase | null,
  unnamed = false,
): boolean {
  return ps.some(
    (p) =>
      p !== actor &&
      p.prep === null &&
      !p.pronoun &&
      p.heads.length > 0 &&
      !g.isPersonNoun(p.heads[0]) &&
      p.actor === null &&
      (!unnamed || p.members.length === 0),
  );
}

/** Collective actors that are the state itself or act for it (a delegation only speaks for it). */
const STATE_KINDS: ReadonlySet<ActorKind> = new Set(["state", "military", "police", "court", "legislature"]);

/** A state body, a country or an international organisation (not a person, a company or another organisation). */
function isAuthority(p: Phrase | null): boolean {
  if (!p) return false;
  if (p.actor && STATE_KINDS.has(p.actor.kind)) return true;
  return p.members.some((m) => m.mention?.kind === "country" || m.mention?.kind === "igo");
}

function isStateLike(p: Phrase | null): boolean {
  if (!p) return false;
  // a company or a region is no state ("Die Post sperrte ihre Zentrale ab", "die Fähre aus der Ostägäis … eintraf")
  const stateMember = (m: Member) =>
    (m.entity !== null || m.country !== null) &&
    m.mention?.kind !== "company" &&
    !(m.mention?.type === "LOC" && m.mention.kind !== "country" && m.mention.kind !== "city");
  if (p.members.some(stateMember)) return true;
  return p.actor !== null && (STATE_KINDS.has(p.actor.kind) || p.actor.kind === "delegation");
}

/** Whether a target phrase names a partner (a direct object or a partner preposition's phrase with members). */
export function namesPartner<V>(g: EventGrammar<V>, p: Phrase | null): boolean {
  return p !== null && p.members.length > 0 && (p.prep === null || g.prepIs(p.prep, "partner"));
}
