/**
 * Descriptions: "der 45-Jährige", "der Sozialdemokrat", "der Norweger" name the person the text is about — the
 * most recent person that agrees in gender and country, mentioned in this or the last three sentences; "die
 * Behörde", "das Ministerium", "die Partei", "der Konzern" name the most recent organisation whose name holds the
 * head ("Verteidigungsministerium"), else the most recent organisation of the kind the head names (a party for
 * "die Partei", a country for "das Land").
 * A possessive or indefinite phrase ("seine Frau", "ein Sprecher") is someone new, never a description of these.
 */
import type { Candidate } from "../grammar.js";
import { agrees, GROUP_KIND, type Referent } from "../referents.js";
import { factsAgree } from "./kb-facts.js";
import type { Sieve } from "./types.js";

/** Sentences back a person description may reach. */
const PERSON_WINDOW = 3;

function countryOk(r: Referent, c: Candidate): boolean {
  return !c.country || !r.ent.country || r.ent.country === c.country;
}

/**
 * For a person: the country counts against a description only when the knowledge base gave it (a linked person);
 * an unlinked name's country is the article's dominant one, a guess ("Rafael Nadal" at the US Open is no American)
 * that a demonym ("der Spanier") outweighs.
 */
function personCountryOk(r: Referent, c: Candidate): boolean {
  return !r.ent.kbId || countryOk(r, c);
}

/** Whether the candidate can only be plural ("die Demonstranten", "der Flüchtlinge"). */
export function onlyPlural(c: Candidate): boolean {
  return c.genders.length === 1 && c.genders[0] === "pl";
}

/**
 * A group in the plural ("die Aktivisten") is the group called by the same head before ("zahlreiche Aktivisten"),
 * never one person nor a group called otherwise.
 */
function sameGroup(ctx: Parameters<Sieve["resolve"]>[0], c: Candidate, sent: number): Referent | null {
  return ctx.refs.mostRecent(
    sent,
    c.start,
    (r) => r.orgKind === GROUP_KIND && r.roles.has(c.head) && countryOk(r, c) && sent - r.lastSent <= PERSON_WINDOW,
  );
}

/** Members of a body in the plural ("Die Beamten setzten Tränengas ein" after "die Polizei"): the body of their kind
 * mentioned in this or the last sentences. */
function bodyOfMembers(ctx: Parameters<Sieve["resolve"]>[0], c: Candidate, sent: number): Referent | null {
  return ctx.refs.mostRecent(
    sent,
    c.start,
    (r) => r.ent.type === "ORG" && r.orgKind === c.orgKind && countryOk(r, c) && sent - r.lastSent <= PERSON_WINDOW,
  );
}

/** "Die Beamten" after "die Polizei": members in the plural of a body of a kind (nouns.tsv person:<kind>) that no
 * group of the same head answers are that body. */
export const memberDescription: Sieve = {
  name: "member-of",
  resolve(ctx, c, sent) {
    if (c.kind !== "description" || c.denotes !== "person" || !c.definite || c.related || !c.orgKind) return null;
    return onlyPlural(c) ? bodyOfMembers(ctx, c, sent) : null;
  },
};

export const personDescription: Sieve = {
  name: "description",
  resolve(ctx, c, sent) {
    if (c.kind !== "description" || c.denotes !== "person" || !c.definite || c.related) return null;
    if (onlyPlural(c)) return sameGroup(ctx, c, sent);
    let best: Referent | null = null;
    for (const r of ctx.refs.recent(sent, PERSON_WINDOW)) {
      if (r.ent.type !== "PER" || r.last < 0 || r.last >= c.start || sent - r.lastSent > PERSON_WINDOW) continue;
      if (!agrees(r, c.genders) || !personCountryOk(r, c) || !factsAgree(ctx, r, c)) continue;
      if (!best || r.last > best.last) best = r;
    }
    if (best) best.roles.add(c.head);
    return best;
  },
};

/** Whether an organisation's name or the heads it was called before contain the description's head
 * ("ministerium" in "Verteidigungsministerium", "polizei" in "Polizei Essen"). */
function namesHead(r: Referent, head: string): boolean {
  // a head it was called before, also as the end of a compound ("die US-Ratingagentur Moodys" … "die Ratingagentur")
  for (const role of r.roles) if (role.endsWith(head)) return true;
  return r.ent.name.toLowerCase().includes(head) || r.ent.aliases.some((a) => a.toLowerCase().includes(head));
}

/** Whether an organisation (or country) is of the kind a generic head names; an organisation of unknown kind may be
 * a company. */
function ofKind(r: Referent, kind: string): boolean {
  if (kind === "country") return r.ent.type === "LOC" && r.orgKind === "country";
  if (r.ent.type !== "ORG") return false;
  return r.orgKind === kind || (kind === "company" && r.orgKind === null);
}

export const orgDescription: Sieve = {
  name: "description",
  resolve(ctx, c, sent) {
    if (c.kind !== "description" || c.denotes !== "org" || !c.definite || c.related) return null;
    const named = ctx.refs.mostRecent(
      sent,
      c.start,
      (r) => r.ent.type === "ORG" && r.orgKind !== GROUP_KIND && countryOk(r, c) && namesHead(r, c.head),
    );
    if (named) {
      // a body called by the head of a kind is of that kind from now on ("der Gewerkschaft" makes GDL a union, so
      // that "der Konzern" later is not GDL)
      if (named.orgKind === null && c.orgKind) named.orgKind = c.orgKind;
      return named;
    }
    // a body that acts under its own name ("die Feuerwehr") is that body or a new one, never another of its kind
    const kind = c.orgKind;
    if (!kind || c.newName !== null) return null;
    // "der Bild-Zeitung", "der Funke-Mediengruppe": the organisation its first part names, never another of its kind
    const prefix = c.namePrefix?.toLowerCase();
    if (prefix)
      return ctx.refs.mostRecent(
        sent,
        c.start,
        (r) => ofKind(r, kind) && [r.ent.name, ...r.ent.aliases].some((n) => n.toLowerCase() === prefix),
      );
    return ctx.refs.mostRecent(sent, c.start, (r) => countryOk(r, c) && ofKind(r, kind));
  },
};
