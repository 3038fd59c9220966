/**
 * Actor and target of a clause. Active voice: the actor is the first participant phrase without a
 * preposition and without an object-case article (den/dem/einen/einem); the target is the next such
 * phrase, else one governed by a preposition the event type takes ("gegen X", "an X", "mit X",
 * "nach X" for visits and deployments). Passive ("wurde … angegriffen", "von X"): the agent is the
 * actor, the subject the target.
 */
import { ploverSide } from "../../../doc/plover.js";
import type { PloverType } from "../../../doc/schema/events.js";
import { TokenKind } from "../../../doc/tokens.js";
import { describedPerson } from "../../../events/discourse.js";
import type { Clause, Cue, Phrase, Roles } from "../../../events/grammar.js";
import { isLowerVerb } from "./clauses.js";
import { isEventNoun } from "./nominals.js";
import { eventTables } from "./tables.js";
import type { DeEventView } from "./view.js";
import { isClass } from "./words.js";

const PLACE_TARGET: ReadonlySet<PloverType> = new Set(["ASSAULT", "COERCE", "MOBILIZE"]);

const targetPrepCache = new Map<string, ReadonlySet<string>>();

/** The prepositions a target phrase may have for an event of the type and mode (target-preps.tsv). */
function targetPreps(type: PloverType | null, mode: string | null): ReadonlySet<string> {
  const key = `${type ?? "*"} ${mode ?? ""}`;
  let preps = targetPrepCache.get(key);
  if (!preps) {
    const rows = eventTables().targetPreps;
    const keys = ["*", ...(type ? [type] : []), ...(mode ? [`mode:${mode}`] : [])];
    preps = new Set(keys.flatMap((k) => rows.get(k) ?? []));
    targetPrepCache.set(key, preps);
  }
  return preps;
}

function isParticipant(p: Phrase): boolean {
  return p.members.length > 0 || p.actor !== null || (p.pronoun !== null && p.pronoun !== "sich");
}

/**
 * Whether the clause is passive: a form of "werden" with the cue as participle; a state passive
 * with its cause ("die durch Luftangriffe zerstört ist" — not a verb of travel, whose perfect takes "sein":
 * "sind durch Serbien gereist"); or, headline style, the participle alone
 * ("Zwei Soldaten in Mali getötet", "18 Menschen verschleppt" — for weak verbs the 3rd person
 * present looks like the participle, so a verbless main clause ending in it counts too).
 */
function isPassive(v: DeEventView, c: Clause, cue: Cue | null): boolean {
  if (!cue) return false;
  const participle =
    cue.verbKind === "P" || v.verbs.readings(v.lower[cue.token]).some((r) => r.kind === "P" && r.lemma === cue.lemma);
  if (!participle) return false;
  let otherVerb = false;
  let sein = false;
  let durch = false;
  const lower = v.lower;
  for (let i = c.start; i < c.end; i++) {
    if (v.doc.tokens.kind[i] !== TokenKind.WORD) continue;
    const w = lower[i];
    if (cue.verbKind === "P" && isClass("werden", w)) return true;
    if (isClass("sein", w)) sein = true;
    if (w === "durch") durch = true;
    if (i !== cue.token && isLowerVerb(v, i)) otherVerb = true;
  }
  // "seien durch Serbien gereist": a verb of travel forms its perfect with "sein", and "durch" is its route
  if (sein && durch && cue.mode !== "visit") return true;
  if (!otherVerb && participleClause(v, c, cue)) return true;
  if (otherVerb || c.inQuote) return false;
  return cue.verbKind === "P" || (c.kind === "main" && cue.token === lastWordOf(v, c));
}

function firstLowerVerb(v: DeEventView, c: Clause): number {
  for (let i = c.start; i < c.end; i++) if (v.doc.tokens.kind[i] === TokenKind.WORD && isLowerVerb(v, i)) return i;
  return -1;
}

/**
 * A clause opened by the participle and its prepositional object ("…, unterstützt von Neos und Team Stronach, …",
 * "…, unterschrieben mit Lech Wałęsa …"): it reports what was done to the phrase before it, whose agent only "von/
 * durch X" names ("…, kritisiert der Wissenschafter" is the finite verb of an inverted clause).
 */
function participleClause(v: DeEventView, c: Clause, cue: Cue): boolean {
  if (c.kind !== "main" || cue.token !== firstWordOf(v, c) || cue.token + 1 >= c.end) return false;
  return isClass("prep", v.lower[cue.token + 1]);
}

function firstWordOf(v: DeEventView, c: Clause): number {
  for (let i = c.start; i < c.end; i++) if (v.doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

function lastWordOf(v: DeEventView, c: Clause): number {
  for (let i = c.end - 1; i >= c.start; i--) if (v.doc.tokens.kind[i] === TokenKind.WORD) return i;
  return -1;
}

/** A phrase with an article or a head noun ("Die Gruppe"), not a capitalised adverb ("Zudem"). */
function isNounPhrase(v: DeEventView, p: Phrase): boolean {
  const h = p.heads[p.heads.length - 1];
  if (p.det !== null) return true;
  if (h === undefined) return false;
  // a hyphenated compound is a noun when its last part is ("Stealth-Jagdflugzeuge")
  const last = h.slice(h.lastIndexOf("-") + 1);
  return v.lex.pos(h).includes("NOUN") || (last !== h && v.lex.pos(last).includes("NOUN"));
}

/** Whether a lower-case verb form follows the phrase directly (the subject before the verb of a main clause). */
function beforeFiniteVerb(v: DeEventView, p: Phrase): boolean {
  if (p.end >= v.doc.tokens.count || !isLowerVerb(v, p.end)) return false;
  const w = v.text[p.end];
  return !isClass("prep", w) && !isClass("det", w);
}

/**
 * Whether the subject follows the finite verb although a bare noun phrase stands before it: a personal pronoun right
 * after the verb ("Offene Kritik übt sie nicht", "Als Klubobmann habe ich … verlangt"), or — after a fronted time
 * adverbial ("Vergangene Woche hatten US-Einheiten …", "Vergangenes Jahr hatte Staatschef Rachmon …") — a noun phrase
 * with an article or a name.
 */
function subjectAfterVerb(front: Phrase, ps: readonly Phrase[], fin: number): boolean {
  if (fin < 0) return false;
  const q = ps.find((x) => x.start === fin + 1 && x.prep === null);
  if (!q) return false;
  if (q.pronoun !== null) return q.pronoun !== "sich" && !isClass("roles.object-det", q.pronoun);
  if (!isClass("roles.time-nouns", front.heads[front.heads.length - 1] ?? "")) return false;
  return q.det !== null ? !isClass("roles.object-det", q.det) : q.members.length > 0;
}

/**
 * Two-way prepositions that take the dative for where something happens and the accusative for what it is aimed at
 * ("auf dem Brenner demonstrieren" — "der Angriff auf den Konvoi"), with the dative articles that mark the place.
 */
const TWO_WAY_PREPS: ReadonlySet<string> = new Set(["auf", "in"]);
const DATIVE_ARTICLES: ReadonlySet<string> = new Set(["dem", "einem", "der", "einer"]);

/** A place adverbial — a two-way preposition with a dative article ("auf dem Brenner", "in der Zentrale") — names
 * where, not whom, unless it names a country ("in der Türkei" is kept for the place rules below). */
function whereNotWhom(p: Phrase): boolean {
  if (p.prep === null || !TWO_WAY_PREPS.has(p.prep) || p.det === null || !DATIVE_ARTICLES.has(p.det)) return false;
  return !p.members.some((m) => m.mention?.kind === "country");
}

/** Prepositions and articles of a place where something is ("in Istanbul", "im Shan-Staat", "auf der Krim"); "aus
 * Kiew", "Berlins" and "in den Gazastreifen" name a government or a direction, not a scene. */
const SCENE_PREPS: ReadonlySet<string> = new Set(["in", "im", "auf", "am", "an", "bei", "beim"]);
const SCENE_ARTICLES: ReadonlySet<string> = new Set(["dem", "der", "einem", "einer"]);

/** Whether the mention starting at token t follows a preposition of the scene (with a dative article, or none). */
function atScene(v: DeEventView, t: number, from: number): boolean {
  let k = t - 1;
  if (k >= from && SCENE_ARTICLES.has(v.lower[k])) k--;
  return k >= from && SCENE_PREPS.has(v.lower[k]) && (k === t - 1 || v.lower[k] === "in" || v.lower[k] === "auf");
}

/**
 * A thing named with the place it is at ("die Zentrale … in Istanbul", "das Erdberger Asylquartier in
 * Wien-Landstraße"): a head that is neither an actor noun nor an office, with a place below a country attached by a
 * preposition of the scene, and no other member than such places and adjectives ("die Regierung in Kiew", "Ziele in
 * Syrien", "das Angebot aus Seoul", "die Entscheidung Berlins" keep theirs).
 */
function thingAtPlace(v: DeEventView, p: Phrase): boolean {
  const head = p.heads[0];
  if (p.actor !== null || head === undefined || p.members.length === 0) return false;
  // a role holder of the place ("den Bürgermeister in Kiew") is a person, not a thing
  if (v.kb.roleNoun(head.charAt(0).toUpperCase() + head.slice(1))) return false;
  let scene = false;
  for (const m of p.members) {
    if (m.via === "adjective") continue;
    if (m.via !== "attached" || !m.mention || m.mention.type !== "LOC" || m.mention.kind === "country") return false;
    if (!atScene(v, m.mention.start, p.start)) return false;
    scene = true;
  }
  return scene;
}

/**
 * An actor that acts in its own country, where a place names the scene and not the side acted on: the police or a
 * court (domestic by nature: "die Polizei stürmte … in Istanbul").
 */
function actsAtHome(actor: Phrase | null): boolean {
  if (!actor) return false;
  const kind = actor.actor?.kind;
  return kind === "police" || kind === "court";
}

/** The phrase's head itself is the party (a collective actor noun or a named member), not a thing of it. */
function namesHead(p: Phrase): boolean {
  const head = p.heads[0] ?? "";
  return (
    p.actor !== null ||
    p.members.some((m) =>
      m.text
        .toLowerCase()
        .split(/[\s-]+/)
        .includes(head),
    )
  );
}

/** Whether a phrase has no preposition and a dative article ("Dem Konzern wird … vorgeworfen"; the article may open
 * the mention itself: "Dem Konzern Gazprom"). */
function isDativeObject(v: DeEventView, p: Phrase): boolean {
  return p.prep === null && isClass("roles.dative-det", p.det ?? v.lower[p.start]);
}

/**
 * The source an act is reported from ("laut der Staatsanwaltschaft", "nach Angaben der Agentur Anadolu"): the
 * phrase, or — when the source's name stands apart from its genitive ("nach Angaben der Nachrichtenagentur Anadolu")
 * — the name right after it.
 */
function sourceOf(ps: readonly Phrase[]): Phrase | null {
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k];
    if (p.prep === null) continue;
    const named =
      isClass("roles.source-preps", p.prep) || (p.prep === "nach" && isClass("roles.source-nouns", p.heads[0] ?? ""));
    if (!named) continue;
    if (p.members.length > 0 || p.actor !== null) return p;
    const next = ps[k + 1];
    if (next && next.prep === null && next.start === p.end && isParticipant(next)) return next;
    return null;
  }
  return null;
}

/** The first phrase without preposition that the coreference layer made a person of its own ("Ein 30-jähriger Mann
 * wurde festgenommen"): the subject of a passive that names no one else. */
function describedPersonSubject(v: DeEventView, ps: readonly Phrase[]): Phrase | null {
  for (const p of ps) if (p.prep === null && !p.pronoun && p.heads.length > 0 && describedPerson(v.doc, p)) return p;
  return null;
}

/** A phrase of cities or regions only: after a noun, "von X" is then its attribute wherever it stands ("am Flughafen
 * von Chicago festgenommen"), no passive's agent. */
function namesCity(p: Phrase): boolean {
  return p.members.length > 0 && p.members.every((m) => m.mention?.type === "LOC" && m.mention.kind !== "country");
}

export function assignRoles(v: DeEventView, ps: readonly Phrase[], cue: Cue | null, c: Clause): Roles {
  // a zu-infinitive has no subject of its own: every phrase is an object
  const noSubject = c.kind === "zu";
  const passive = isPassive(v, c, cue);
  const parts = ps.filter(
    (p) => isParticipant(p) && (cue === null || cue.noun < p.start || cue.noun >= p.end || p.members.length > 0),
  );
  if (passive) {
    // before the finite verb of a main clause, "von X" right after a noun is its attribute ("Der Vertrag zur
    // Unterbringung von Flüchtlingen wurde … unterzeichnet"), not the agent — unless the noun is an event whose agent
    // or armed force it names ("Bei Kämpfen von Armee und UN-Soldaten … sind … getötet worden")
    const fin = c.kind === "main" ? firstLowerVerb(v, c) : -1;
    const attributive = (p: Phrase) =>
      p.prep === "von" &&
      (p.start < fin || namesCity(p)) &&
      p.actor?.armed !== true &&
      ps.some((q) => q !== p && q.end === p.start - 1 && !isEventNoun(q.heads[q.heads.length - 1] ?? ""));
    let agent = parts.find((p) => p.prep !== null && isClass("roles.agent-preps", p.prep) && !attributive(p)) ?? null;
    const reduced = cue !== null && participleClause(v, c, cue);
    // "Dem Konzern wird nach Angaben der Agentur Anadolu vorgeworfen, …": an accusation reported without its agent
    // is made by the source it is reported from
    // (only where the accused is named in the dative: "In den USA wurde laut Apple Insider eine Klage eingereicht"
    // reports a lawsuit the outlet did not file)
    const source = !agent && cue?.type === "ACCUSE" && ps.some((p) => isDativeObject(v, p)) ? sourceOf(ps) : null;
    agent ??= source;
    // "Dem Minister wird Korruption vorgeworfen", "Dem Land wurden Hilfen zugesagt": the dative object of a passive
    // is the side acted on, the nominative is the thing done to it;
    // "Gegen den Chef der Bewegung sind Ermittlungen eingeleitet worden": without a subject that names a side, the
    // side a conflict act is against
    const subject =
      parts.find((p) => p !== source && isDativeObject(v, p)) ??
      parts.find((p) => p.prep === null && p !== source) ??
      (cue && ploverSide(cue.type) === "conflict"
        ? parts.find((p) => p.prep !== null && isClass("roles.against-preps", p.prep) && p.members.length > 0)
        : undefined) ??
      describedPersonSubject(v, ps) ??
      null;
    if (!agent && cue?.mode === "visit") {
      // "wurde in Moskau empfangen": the host is the place
      const host = parts.find((p) => p.place && p.prep !== null && isClass("prep.locative", p.prep)) ?? null;
      return { actor: host, target: subject, passive };
    }
    return { actor: agent, target: reduced ? null : subject, passive, reduced };
  }
  let actor: Phrase | null = null;
  let thingSubject: Phrase | null = null;
  // V2 with a fronted adverbial ("Gestern kritisierten Politiker die Pläne Russlands"): a noun phrase
  // right after the finite verb is the subject, even when it names no actor
  const fin = c.kind === "main" ? firstLowerVerb(v, c) : -1;
  for (const p of noSubject ? [] : ps) {
    if (p.prep !== null) continue;
    if (p.det && isClass("roles.object-det", p.det)) continue;
    if (fin > c.start && p.start === fin + 1 && !p.pronoun && isNounPhrase(v, p)) {
      actor = isParticipant(p) && parts.includes(p) ? p : null;
      if (!isParticipant(p)) thingSubject = p;
      break;
    }
    // the subject is the first such phrase even when it names no actor ("Die Gruppe plünderte
    // Gebäude der Sicherheitskräfte"): the object after it must not stand in for it
    if (isParticipant(p)) actor = parts.includes(p) ? p : null;
    else if (!isNounPhrase(v, p) || !beforeFiniteVerb(v, p)) continue;
    else if (p.det === null && subjectAfterVerb(p, ps, fin)) continue;
    else thingSubject = p;
    break;
  }
  // "Die Regierung von Matteo Renzi …", "Die Truppen von Assad …": a von-phrase right after the
  // subject is its attribute, not a target; when the subject names no one, its possessor does
  const subject = actor;
  const attribute = subject
    ? ps.find(
        (p) =>
          p.prep !== null &&
          isClass("roles.attribute-preps", p.prep) &&
          p.start >= subject.end &&
          p.start <= subject.end + 1,
      )
    : undefined;
  if (subject && attribute && subject.members.length === 0 && attribute.members.length > 0) actor = attribute;
  const hasCountry = (p: Phrase) => p.members.some((m) => m.country || m.entity);
  // a thing at a place ("die Zentrale eines Medienkonzerns in Istanbul", "das Erdberger Asylquartier") is no party;
  // its place stands for the side acted on only where the place rules below allow it (a visit's place is its host:
  // "besuchte Hotspots auf der griechischen Insel Lesbos")
  const placeAllowed = () =>
    cue !== null && (cue.mode === "visit" || (PLACE_TARGET.has(cue.type) && !actsAtHome(actor)));
  // the actor named again ("EU besorgt Die EU reagierte …" after a heading without a full stop) is no object of its
  // own act: the engine would drop it as a self-target and leave the act without the side it names
  const ownEntities = new Set((actor?.members ?? []).map((m) => m.entity).filter((x) => x !== null));
  const sameAsActor = (p: Phrase) =>
    ownEntities.size > 0 &&
    p.members.length > 0 &&
    p.members.every((m) => m.entity !== null && ownEntities.has(m.entity));
  const objects = parts.filter(
    (p) =>
      p !== actor &&
      p !== subject &&
      !sameAsActor(p) &&
      p.prep === null &&
      !p.pronoun &&
      (p.members.length > 0 || p.actor) &&
      (!thingAtPlace(v, p) || placeAllowed()) &&
      // "verlangt mehr Soldaten": what is demanded is no side; only a dative object is addressed (a party named in
      // an attribute of the thing stays: "Reformen von Bosnien-Herzegowina fordern")
      (!cue?.flags.has("thingacc") || isClass("roles.dative-det", p.det ?? "") || !namesHead(p)),
  );
  const preps = cue ? targetPreps(cue.type, cue.mode) : targetPreps(null, null);
  const prepped = parts.filter(
    (p) =>
      p !== actor &&
      p !== attribute &&
      p.prep !== null &&
      preps.has(p.prep) &&
      !(isClass("prep.locative", p.prep) && !p.place) &&
      ((!whereNotWhom(p) && !thingAtPlace(v, p)) || placeAllowed()) &&
      !(p.weapon && p.prep === "mit") &&
      (p.members.length > 0 || p.actor),
  );
  // own troops, weapons or possessions moved by the actor are instruments, not targets ("zog seine Truppen ab")
  // a phrase naming a person or organisation of a known country ("von US-Präsident Trump"), not a place or adjective
  const namedParty = (p: Phrase) =>
    p.members.some((m) => m.via === "entity" && m.country !== null && m.mention !== null && m.mention.type !== "LOC");
  const instrument = (p: Phrase) => p.weapon || p.actor?.armed === true || isClass("roles.possessive", p.det ?? "");
  let target: Phrase | null =
    objects.find(hasCountry) ??
    objects.find((p) => !instrument(p)) ??
    // in conflict, a named party ("die Zolldrohungen von US-Präsident Trump gegen die Brics-Staaten"), else the side
    // it is against before a place with a country ("an der griechisch-mazedonischen Grenze … gegen Flüchtlinge")
    (cue && ploverSide(cue.type) === "conflict"
      ? (prepped.find(namedParty) ?? prepped.find((p) => isClass("roles.against-preps", p.prep ?? "")))
      : undefined) ??
    prepped.find(hasCountry) ??
    objects[0] ??
    prepped[0] ??
    null;
  if (cue && PLACE_TARGET.has(cue.type) && actsAtHome(actor) && (!target || !hasCountry(target))) {
    // the police acts at home: its scene gives the country of the side acted on, not who it is ("löste die
    // Kundgebung in Minsk auf" → Belarus; "stürmte die Zentrale … in Istanbul" is no act against Istanbul)
    const scene = parts.find(
      (p) => p !== actor && (thingAtPlace(v, p) || (p.place && p.prep !== null && hasCountry(p))),
    );
    const m = scene?.members.find((x) => x.country !== null);
    if (scene && m)
      target = { ...scene, members: [{ entity: null, country: m.country, text: m.text, via: "none", mention: null }] };
  }
  if (cue && (!target || !hasCountry(target)) && PLACE_TARGET.has(cue.type) && !actsAtHome(actor)) {
    // "bombardierte Ziele im Süden des Libanon", "töteten im Sudan Zivilisten": the place names the target country
    const place = parts.find(
      (p) =>
        p !== actor &&
        p.prep !== null &&
        isClass("roles.place-preps", p.prep) &&
        p.members.length > 0 &&
        p.members.every((m) => m.mention?.type === "LOC") &&
        hasCountry(p),
    );
    if (place) target = place;
  }
  return { actor, target, passive, thingSubject };
}
