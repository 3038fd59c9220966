/**
 * Noun phrases of a clause as event participants: each phrase has its governing preposition, its
 * determiner, and one member per coordinated part ("Putin und Kim", "Frankreichs und Marokkos") with
 * entity, country and text. Genitives and "in/von/aus X" after a common-noun head attach to it
 * ("die Regierung in Kiew", "die Waffenverkäufe der USA", "Vertreter Armeniens").
 *
 * Not the quote rules' npAt (quotes/np.ts): that finds one speaker or source NP at a token and keeps its PPs
 * ("Sascha Kempf vom Max-Planck-Institut für Kernphysik"), while a participant phrase ends at a preposition that
 * governs the next participant ("für die Ukraine", "gegen Russland"), and the two read different determiner,
 * genitive and relative-pronoun classes; a merged finder would change both outputs. They share the article forms
 * and adjective endings of ../np.
 */
import { entityById } from "../../../doc/entity-ids.js";
import { TokenKind } from "../../../doc/tokens.js";
import { describedEntity } from "../../../events/discourse.js";
import { emptyPhrase, type Member, type Phrase } from "../../../events/grammar.js";
import type { MentionRef } from "../../../events/mentions.js";
import { endsWithRoleNoun } from "../../../kb/index.js";
import { coordinationBeforeVerb, verblessBracket } from "./clauses.js";
import { isPersonNoun, isPluralHead } from "./markers.js";
import { isEventNoun } from "./nominals.js";
import { actorNoun, isWeaponWord, remember } from "./tables.js";
import type { DeEventView } from "./view.js";
import { endsWithClass, isClass } from "./words.js";

/** Whether a lower-case word can modify a noun: a determiner, a country adjective, an adjective that is no verb form. */
function isModifier(v: DeEventView, lower: string): boolean {
  const cache = v.modifiers;
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let mod = isClass("det", lower) || v.words.adjectiveCountry(lower) !== null;
  if (!mod) {
    const pos = v.lex.pos(lower);
    mod = pos.includes("ADJ") && !pos.includes("VERB") && !pos.includes("AUX");
  }
  return remember(cache, lower, mod);
}

/**
 * Whether the d-word at i opens a relative clause: it follows a comma, and the next word is not
 * an adjective of a noun phrase it would be the article of ("–  Der nationalkonservative Parteichef …").
 */
function isRelativeStart(v: DeEventView, i: number, e: number): boolean {
  if (i === 0 || v.text[i - 1] !== ",") return false;
  if (i + 1 >= e) return true;
  const next = v.text[i + 1];
  return /^\p{Lu}/u.test(next) || !isModifier(v, next.toLowerCase()) || isClass("det", next.toLowerCase());
}

/**
 * Chunks tokens [s, e) of one clause into participant phrases. In a relative clause (`relative`), the
 * first word is the relative pronoun, a phrase of its own ("…, der den Einsatz des Militärs kritisiert
 * hat"), not the article of the next noun.
 */
export function phrases(v: DeEventView, s: number, e: number, relative = false): Phrase[] {
  const chunker = new Chunker(v, s, e, relative);
  for (let i = s; i < e; i++) i = chunker.step(i);
  chunker.close();
  const out = chunker.out;
  for (const p of out) {
    if (p.members.length === 0 && p.actor === null && p.heads.length > 0) describedBody(v, p);
    p.place =
      p.members.length > 0 &&
      p.members.every((m) => m.mention?.type === "LOC" && m.via !== "attached") &&
      p.heads.length === 0;
    mergeAdjectiveMembers(p);
  }
  // a bracketed insertion the clause keeps ("Faymann (SPÖ) kritisierte …") adds no participant
  return out.filter((p) => !(p.start > s && v.text[p.start - 1] === "(" && p.end < e && v.text[p.end] === ")"));
}

/**
 * A phrase whose words the coreference layer made a body of its own, named by no name ("die internationale
 * Gemeinschaft", "den Bericht der Griss-Kommission"), has that body as its member (actors.tsv knows the bodies that
 * act as a kind of actor, "die Polizei"; these are the others) — after a preposition or as a genitive attribute, where
 * it is a side acted on or spoken of; as a bare subject such a body is mostly no political actor ("Die Feuerwehr
 * konnte den Körper bergen", "rief die Stadtverwaltung eine neue Planergeneration auf").
 */
function describedBody(v: DeEventView, p: Phrase): void {
  const head = p.heads[p.heads.length - 1];
  // (a group of people — "die Bürger", "einige Künstler", "die Angeklagten" — is a crowd, not a body; "einen
  // Verdächtigen" is one person whatever its ending)
  const one = p.det !== null && isClass("phrase.singular-det", p.det);
  if (head === undefined || (isPluralHead(head) && !one)) return;
  const id = describedEntity(v.doc, p.start, p.end);
  const ent = id ? entityById(v.doc.entities, id) : undefined;
  if (!ent || ent.mentions.some((m) => m.form !== "description")) return;
  const from = v.doc.tokens.start[p.start];
  const to = v.doc.tokens.end[p.end - 1];
  const inside = ent.mentions.find((m) => m.start >= from && m.end <= to);
  if (!inside) return;
  if (ent.type === "ORG") {
    if (isPersonNoun(head) || (p.prep === null && inside.start === from)) return;
  } else if (ent.type === "PER") {
    // a person named by a noun as an object ("nahm einen Verdächtigen fest") or after a preposition
    if (p.prep === null && !isClass("roles.object-det", p.det ?? "")) return;
  } else return;
  p.members.push({ entity: ent.id, country: ent.country ?? null, text: ent.name, via: "entity", mention: null });
}

function isWordLike(kind: number): boolean {
  return (
    kind === TokenKind.WORD || kind === TokenKind.NUMBER || kind === TokenKind.ORDINAL || kind === TokenKind.ABBREV
  );
}

/**
 * The chunker's state over one clause: the phrase being built, a preposition waiting for its phrase, whether the
 * current phrase has its head (then only attachments may follow), a pending coordination and "weder". Each `step`
 * reads one token (or a run: a mention, an attachment) and returns the last token it consumed.
 */
class Chunker {
  readonly out: Phrase[] = [];
  private cur: Phrase | null = null;
  private pendingPrep: string | null = null;
  /** The current phrase has a head noun: only attachments may follow. */
  private headClosed = false;
  private coordPending = false;
  private neither = false;

  constructor(
    private readonly v: DeEventView,
    private readonly s: number,
    private readonly e: number,
    private readonly relative: boolean,
  ) {}

  close(): void {
    const cur = this.cur;
    if (cur && (cur.members.length > 0 || cur.heads.length > 0 || cur.pronoun)) this.out.push(cur);
    this.cur = null;
    this.headClosed = false;
  }

  private open(i: number): Phrase {
    const p = emptyPhrase(i, i + 1);
    p.prep = this.pendingPrep;
    p.neither = this.neither;
    this.pendingPrep = null;
    return p;
  }

  step(i: number): number {
    const v = this.v;
    const text = v.text[i];
    const lower = v.lower[i];
    const mention = v.mentions.get(i);
    if (!isWordLike(v.doc.tokens.kind[i])) return this.punctuation(i, text);
    if (lower === "weder") {
      this.close();
      this.neither = true;
      return i;
    }
    if (isClass("phrase.coord", lower) && this.cur) return this.coordination(i);
    // "Sowohl Faymann als auch Mikl-Leitner": a correlative pair coordinates like "und"
    if (isClass("phrase.correlative-open", lower)) return i;
    if (
      this.cur &&
      isClass("phrase.correlative-first", lower) &&
      isClass("phrase.correlative-second", v.lower[i + 1] ?? "")
    )
      return this.coordination(i + 1);
    if (isClass("prep", lower) && !mention) return this.preposition(i, lower);
    // "Extremistenorganisationen wie dem Islamischen Staat": what follows an example word after a phrase is an example
    // of that phrase, no participant of its own (it keeps the word as its preposition)
    if (this.cur && i > this.s && isClass("phrase.example", lower)) return this.preposition(i, lower);
    if (this.pronoun(i, lower)) return i;
    const cur = this.cur;
    const last = cur ? cur.members[cur.members.length - 1] : undefined;
    if (cur && mention && last?.mention && last.text === mention.name && last.mention.end === i) {
      // "Bundeskanzler Merz": two mentions of one entity side by side
      cur.end = mention.end;
      return mention.end - 1;
    }
    if (!cur) this.cur = this.open(i);
    else if (this.headClosed && !this.coordPending) {
      const done = this.afterHead(cur, i, text, lower, mention);
      if (done >= 0) return done;
      this.close();
      this.cur = this.open(i);
    }
    return this.inPhrase(this.cur as Phrase, i, text, lower, mention);
  }

  /** Punctuation: a name apposition or a list comma continues the phrase, anything else ends it. */
  private punctuation(i: number, text: string): number {
    const { v, e, cur } = this;
    // "Faymann (SPÖ) als auch …": a verbless bracket is skipped, the phrase before it goes on
    const bracket = cur && text === "(" ? verblessBracket(v, i, e) : -1;
    if (bracket > 0) return bracket;
    const app = cur && text === "," ? appositionAt(v, cur, i + 1, e) : -1;
    if (app > 0) return app - 1;
    if (cur && text === "," && cur.members.length > 0 && v.mentions.has(i + 1)) {
      // "Russland, China und Iran": a comma inside a list of names coordinates like "und"
      if (coordinationBeforeVerb(v, i + 1, e)) {
        this.coordPending = true;
        this.headClosed = false;
        return i;
      }
    }
    this.close();
    this.pendingPrep = null;
    return i;
  }

  /** Coordination of two participant phrases without preposition: "Putin und Kim", "Russische und chinesische …". */
  private coordination(i: number): number {
    const { v, e } = this;
    const next = i + 1 < e ? v.text[i + 1] : "";
    const nl = next.toLowerCase();
    if (next && !isClass("prep", nl) && (v.mentions.has(i + 1) || isModifier(v, nl) || /^\p{Lu}/u.test(next))) {
      this.coordPending = true;
      this.headClosed = false;
      return i;
    }
    this.close();
    return i;
  }

  /** A preposition: an attached place or origin of a common-noun head, else it opens the next phrase. */
  private preposition(i: number, lower: string): number {
    const p = this.cur;
    // attachment of place/origin to a common-noun head: "die Regierung in Kiew", "Der Präsident von Aserbaidschan"
    if (
      p &&
      this.headClosed &&
      isClass("attach", lower) &&
      p.heads.length > 0 &&
      p.members.every((m) => m.via !== "entity" && m.mention?.type !== "PER") &&
      p.prep === null
    ) {
      const nxt = this.v.mentions.get(i + 1) ?? this.v.mentions.get(i + 2);
      if (nxt && (nxt.type === "LOC" || nxt.type === "ORG")) {
        attachCountry(p, nxt);
        p.end = nxt.end;
        return nxt.end - 1;
      }
    }
    this.close();
    this.pendingPrep = lower;
    return i;
  }

  /** A personal pronoun, or the relative pronoun opening a relative clause: a phrase of its own. */
  private pronoun(i: number, lower: string): boolean {
    const { v, s, e } = this;
    const relPronoun = this.relative && i === s && isRelativeStart(v, i, e);
    if (relPronoun && isClass("relobj", lower)) return true;
    if (
      ((relPronoun && isClass("relsubj", lower)) ||
        (isClass("pron", lower) && (!v.isCap(i) || i === s || v.isSentStart(i)))) &&
      lower !== "sich"
    ) {
      this.close();
      const p = this.open(i);
      p.pronoun = lower;
      this.out.push(p);
      return true;
    }
    return false;
  }

  /**
   * A token after the head of the current phrase: the noun of a quantity, a person's name after a role, a name after
   * a collective noun, a genitive. Returns the last token consumed, or -1 when the token opens a new phrase.
   */
  private afterHead(p: Phrase, i: number, text: string, lower: string, mention: MentionRef | undefined): number {
    const v = this.v;
    if (!mention && v.isCap(i) && isClass("quant", p.heads[p.heads.length - 1] ?? "")) {
      // "Tausende Menschen", "Dutzende Demonstranten": the quantity and its noun are one phrase
      p.heads.push(lower);
      p.actor = actorNoun(lower) ?? p.actor;
      p.end = i + 1;
      return i;
    }
    // apposition: "den indischen Premierminister Modi", "Außenminister Wadephul"
    if (mention && mention.type === "PER" && p.members.every((m) => m.via !== "entity") && isRoleHead(p)) {
      p.members.push({
        entity: mention.entity,
        country: mention.country,
        text: mention.name,
        via: mention.country ? "entity" : "none",
        mention,
      });
      p.end = mention.end;
      return mention.end - 1;
    }
    if (
      mention &&
      mention.type === "LOC" &&
      mention.kind !== "country" &&
      text === mention.name &&
      (p.actor?.kind === "police" || p.actor?.kind === "court") &&
      p.members.length === 0 &&
      p.heads.length === 1 &&
      p.prep === null
    ) {
      // "Die Staatsanwaltschaft Stuttgart", "die Polizei Wien": a city right after a body's noun is part of the body's
      // name, neither a participant of its own nor the body itself
      p.end = mention.end;
      return mention.end - 1;
    }
    if (!mention && p.actor && p.members.length === 0 && isName(v, text) && p.heads.length === 1) {
      p.members.push({ entity: null, country: null, text, via: "none", mention: null });
      p.end = i + 1;
      return i;
    }
    // genitive attachment after a common-noun head: "des US-Präsidenten", "der USA", "Frankreichs"
    const genitiveDet = isClass("phrase.genitive-det", lower);
    const genitiveName = mention && /s$/.test(text) && mention.type === "LOC";
    if ((genitiveDet || genitiveName) && p.members.every((m) => m.via !== "entity")) {
      // keep going in the same phrase, attaching
      p.end = i + 1;
      if (genitiveName && mention) {
        attachCountry(p, mention);
        p.end = mention.end;
        return mention.end - 1;
      }
      return this.genitive(p, i);
    }
    return -1;
  }

  /** The genitive after "des"/"der" at i: its modifiers, then a mention, a country word, a name or an actor noun. */
  private genitive(p: Phrase, i: number): number {
    const { v, e } = this;
    let k = i + 1;
    let adjC: string | null = null;
    while (k < e && isModifier(v, v.lower[k]) && !v.mentions.has(k)) {
      adjC = adjC ?? v.words.adjectiveCountry(v.lower[k]);
      k++;
    }
    const m2 = v.mentions.get(k);
    if (m2) {
      attachCountry(p, m2);
      p.end = m2.end;
      // "das Vorgehen der türkischen Behörden": the noun of a country adjective belongs to the genitive too
      const n = m2.end;
      // (an event noun heads a phrase of its own: "Leidtragende der türkischen Offensive gegen …")
      if (
        m2.form === "adjective" &&
        n < e &&
        /^\p{Lu}/u.test(v.text[n]) &&
        !v.mentions.has(n) &&
        !isEventNoun(v.lower[n])
      ) {
        p.end = n + 1;
        return n;
      }
      return m2.end - 1;
    }
    if (k < e && /^\p{Lu}/u.test(v.text[k])) {
      const w = v.text[k];
      const c = v.words.adjectiveCountry(w) ?? adjC;
      if (c) attachCountry(p, null, c, w);
      else if (isName(v, w)) attachCountry(p, null, undefined, w);
      else if (!p.actor) p.actor = actorNoun(v.lower[k]) ?? null;
      p.end = k + 1;
      return k;
    }
    return k - 1;
  }

  /** A token inside the current phrase: a mention, the determiner, a modifier, or a head noun. */
  private inPhrase(p: Phrase, i: number, text: string, lower: string, mention: MentionRef | undefined): number {
    const v = this.v;
    const kind = v.doc.tokens.kind[i];
    if (this.coordPending) this.coordPending = false;
    p.end = i + 1;
    if (mention) return this.mentionMember(p, i, text, mention);
    if (p.det === null && isClass("det", lower)) {
      p.det = lower;
      return i;
    }
    if (!v.isCap(i) || kind === TokenKind.NUMBER || kind === TokenKind.ORDINAL) {
      const c = v.words.adjectiveCountry(lower);
      if (c) p.members.push({ entity: null, country: c, text, via: "adjective", mention: null });
      else if (!isModifier(v, lower) && kind === TokenKind.WORD) {
        // a verb, adverb or other word ends the phrase
        p.end = i;
        this.close();
      }
      return i;
    }
    // capitalised word: head noun (or adjective at sentence start); a sentence-initial verb ("Sollte") ends the phrase
    if ((i === this.s || v.isSentStart(i)) && v.lex.isVerb(lower) && !v.lex.pos(lower).includes("NOUN")) {
      p.end = i;
      this.close();
      return i;
    }
    this.headNoun(p, text, lower);
    return i;
  }

  /** A mention in the phrase: a member (a country adjective of a noun, or an entity that heads the phrase). */
  private mentionMember(p: Phrase, i: number, text: string, mention: MentionRef): number {
    const { v, e } = this;
    // "russischen Truppen"; capitalised at the sentence start too ("Malische Soldaten"), but not a demonym ("Russen")
    const adjective =
      mention.form === "adjective" && (/^\p{Ll}/u.test(text) || (v.isSentStart(i) && !v.kb.isDemonym(text)));
    p.members.push({
      entity: mention.entity,
      country: mention.country,
      text: mention.name,
      via: adjective ? "adjective" : mention.country ? "entity" : "none",
      mention: adjective ? null : mention,
    });
    p.end = mention.end;
    const last = mention.end - 1;
    // a member of a body the coreference layer resolved ("die Polizisten" of "die Polizei") keeps the actor its head
    // names, when the body's own name is an actor of that kind
    if (!p.actor && mention.form !== "name" && mention.form !== "alias" && mention.form !== "adjective") {
      const head = actorNoun(v.lower[last]);
      if (head && actorNoun(mention.name.toLowerCase())?.kind === head.kind) p.actor = head;
    }
    this.headClosed = !adjective;
    if (
      mention.type === "LOC" &&
      /s$/.test(text) &&
      last + 1 < e &&
      /^\p{Lu}/u.test(v.text[last + 1]) &&
      v.mentions.get(last + 1)?.type !== "LOC"
    ) {
      // "Ungarns Außenminister …": the genitive place only gives the country of what follows
      const m = p.members[p.members.length - 1];
      if (m) m.via = "attached";
      this.headClosed = false;
    }
    // "Außenminister Wadephul": a role noun just before the name belongs to the same member
    return last;
  }

  /** A capitalised word as the head noun (or an adjective at the sentence start, a demonym, a prefixed actor). */
  private headNoun(p: Phrase, text: string, lower: string): void {
    const v = this.v;
    const c = v.words.adjectiveCountry(text);
    if (c && !v.lex.pos(lower).includes("NOUN")) {
      p.members.push({ entity: null, country: c, text, via: "adjective", mention: null });
      return;
    }
    const headActor = actorNoun(lower);
    const agentive = !!headActor || !!v.kb.roleNoun(text);
    if (c && (agentive || !text.includes("-"))) {
      // demonym or prefixed actor: "Russen", "US-Militär", "US-Präsidenten"
      p.members.push({ entity: null, country: c, text, via: "adjective", mention: null });
    } else if (agentive) {
      const org = v.words.prefixOrg(text);
      const cc = org ? null : compoundCountry(v, text);
      if (org) p.members.push({ entity: null, country: null, text, via: "none", mention: null });
      else if (cc) p.members.push({ entity: null, country: cc, text, via: "adjective", mention: null });
    }
    p.heads.push(lower);
    if (headActor && !p.actor) p.actor = headActor;
    if (isWeaponWord(lower)) p.weapon = true;
    this.headClosed = true;
  }
}

/** Country of a compound's modifier: "Palästinenserbehörde" → PSE, "Kremlsprecher" (via KB lookup). */
function compoundCountry(v: DeEventView, w: string): string | null {
  const comp = v.lex.compound(w);
  if (!comp) return null;
  const mod = comp.modifier.replace(/-$/, "");
  const cap = mod.charAt(0).toUpperCase() + mod.slice(1);
  return v.words.adjectiveCountry(cap) ?? v.words.adjectiveCountry(mod) ?? null;
}

/** A capitalised word that is not a common noun: a name the KB does not know ("Verdi", "M23"). */
function isName(v: DeEventView, w: string): boolean {
  if (!/^\p{Lu}/u.test(w) || w.includes("-")) return /^\p{Lu}[\p{Lu}\d]+$/u.test(w);
  return /\d/.test(w) || !v.lex.isCommonWord(w);
}

/**
 * A person named between commas right after a phrase for the same person ("Putin, der Kremlchef,")
 * or after a role phrase ("Die Vorsitzende der Grünen, Franziska Brantner,"): the phrase takes the
 * person as its member, with the role's country if the person has none. Returns the token after
 * the name, or -1.
 */
function appositionAt(v: DeEventView, p: Phrase, at: number, e: number): number {
  const mentions = v.mentions;
  let k = at;
  while (k < e && !mentions.has(k) && isClass("det", v.lower[k])) k++;
  const m = mentions.get(k);
  if (m?.type !== "PER" || p.prep !== null) return -1;
  if (m.end < e && v.text[m.end] !== ",") return -1;
  if (p.members.some((x) => x.entity !== null && x.entity === m.entity)) {
    p.end = m.end;
    return m.end;
  }
  if (!isRoleHead(p) || p.members.some((x) => x.mention?.type === "PER")) return -1;
  const country = m.country ?? p.members.find((x) => x.country)?.country ?? null;
  p.members = [{ entity: m.entity, country, text: m.name, via: country ? "entity" : "none", mention: m }];
  p.end = m.end;
  return m.end;
}

/**
 * Whether the phrase names a role or a person by its main or last head: a role noun, also as the
 * end of a compound ("Menschenrechtskommissar" → Kommissar), a person noun ("Vertreter",
 * "Repräsentant"), or a state actor noun.
 */
function isRoleHead(p: Phrase): boolean {
  if (p.actor?.kind === "state") return true;
  const heads = p.heads.length > 1 ? [p.heads[0], p.heads[p.heads.length - 1]] : p.heads;
  for (const h of heads) {
    if (endsWithClass("personsuffix", h) || endsWithRoleNoun(h)) return true;
  }
  return false;
}

function attachCountry(p: Phrase, m: MentionRef | null, country?: string, text?: string): void {
  const hasOwn = p.members.some((x) => x.country);
  if (hasOwn && p.members.length) {
    // "die Geheimdienste Frankreichs und Marokkos": add as coordinated only if the first came by attachment
    if (!p.members.every((x) => x.via === "attached")) return;
  }
  p.members.push({
    entity: m?.entity ?? null,
    country: m?.country ?? country ?? null,
    text: m?.name ?? text ?? "",
    via: "attached",
    mention: m,
  });
}

/** "der chinesische Außenminister Wang Yi": an adjective member followed by an entity member is one member. */
function mergeAdjectiveMembers(p: Phrase): void {
  if (p.members.length < 2) return;
  const out: Member[] = [];
  for (const m of p.members) {
    const prev = out[out.length - 1];
    if (prev && prev.via === "adjective" && m.mention && (m.mention.type === "PER" || !m.country)) {
      out[out.length - 1] = { ...m, country: m.country ?? prev.country, via: m.country ? m.via : "adjective" };
      continue;
    }
    if (prev && prev.via === "attached" && prev.mention?.type === "LOC" && m.mention && m.mention.type === "PER") {
      out[out.length - 1] = { ...m, country: m.country ?? prev.country };
      continue;
    }
    if (prev && m.via === "attached" && prev.via !== "attached" && !prev.country && !prev.mention) {
      out[out.length - 1] = { ...m };
      continue;
    }
    out.push(m);
  }
  p.members = out;
}
