/**
 * Noun phrases of a clause as event participants: each phrase has its governing preposition, its
 * determiner, and one member per coordinated part ("Putin und Kim", "Frankreichs und Marokkos") with
 * entity, country and text. Genitives and "in/von/aus X" after a common-noun head attach to it
 * ("die Regierung in Kiew", "die Waffenverkäufe der USA", "Vertreter Armeniens").
 */
import { TokenFlag, TokenKind } from "../../../doc/tokens.js";
import type { Member, Phrase } from "../../../events/grammar.js";
import type { MentionRef } from "../../../events/mentions.js";
import { endsWithRoleNoun } from "../../../kb/index.js";
import { coordinationBeforeVerb } from "./clauses.js";
import { actorNoun, isWeaponWord } from "./tables.js";
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
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, mod);
  return mod;
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
  const mentions = v.mentions;
  const toks = v.doc.tokens;
  const out: Phrase[] = [];
  let cur: Phrase | null = null;
  let pendingPrep: string | null = null;
  let headClosed = false; // the current phrase has a head noun: only attachments may follow
  let coordPending = false;
  let neither = false;
  const close = () => {
    if (cur && (cur.members.length > 0 || cur.heads.length > 0 || cur.pronoun)) out.push(cur);
    cur = null;
    headClosed = false;
  };
  const open = (i: number): Phrase => {
    const p: Phrase = {
      start: i,
      end: i + 1,
      prep: pendingPrep,
      det: null,
      members: [],
      actor: null,
      heads: [],
      weapon: false,
      place: false,
      pronoun: null,
      neither,
    };
    pendingPrep = null;
    return p;
  };
  for (let i = s; i < e; i++) {
    const kind = toks.kind[i];
    const text = v.text[i];
    const lower = text.toLowerCase();
    const cap = (toks.flags[i] & TokenFlag.CAP) !== 0;
    const mention = mentions.get(i);
    if (
      kind !== TokenKind.WORD &&
      kind !== TokenKind.NUMBER &&
      kind !== TokenKind.ORDINAL &&
      kind !== TokenKind.ABBREV
    ) {
      const app = cur && text === "," ? appositionAt(v, cur, i + 1, e) : -1;
      if (app > 0) {
        i = app - 1;
        continue;
      }
      if (cur && text === "," && (cur as Phrase).members.length > 0 && mentions.has(i + 1)) {
        // "Russland, China und Iran": a comma inside a list of names coordinates like "und"
        if (coordinationBeforeVerb(v, i + 1, e)) {
          coordPending = true;
          headClosed = false;
          continue;
        }
      }
      close();
      pendingPrep = null;
      continue;
    }
    if (lower === "weder") {
      close();
      neither = true;
      continue;
    }
    if ((lower === "und" || lower === "sowie" || lower === "oder" || lower === "noch") && cur) {
      // coordination of two participant phrases without preposition: "Putin und Kim", "Russische und chinesische …"
      const next = i + 1 < e ? v.text[i + 1] : "";
      const nl = next.toLowerCase();
      if (next && !isClass("prep", nl) && (mentions.has(i + 1) || isModifier(v, nl) || /^\p{Lu}/u.test(next))) {
        coordPending = true;
        headClosed = false;
        continue;
      }
      close();
      continue;
    }
    if (isClass("prep", lower) && !mention) {
      const p = cur as Phrase | null;
      // attachment of place/origin to a common-noun head: "die Regierung in Kiew", "Der Präsident von Aserbaidschan"
      if (
        p &&
        headClosed &&
        isClass("attach", lower) &&
        p.heads.length > 0 &&
        p.members.every((m) => m.via !== "entity" && m.mention?.type !== "PER") &&
        p.prep === null
      ) {
        const nxt = mentions.get(i + 1) ?? mentions.get(i + 2);
        if (nxt && (nxt.type === "LOC" || nxt.type === "ORG")) {
          const target = nxt;
          attachCountry(p, target);
          p.end = target.end;
          i = target.end - 1;
          continue;
        }
      }
      close();
      pendingPrep = lower;
      continue;
    }
    const relPronoun = relative && i === s && isRelativeStart(v, i, e);
    if (relPronoun && isClass("relobj", lower)) continue;
    if (
      ((relPronoun && isClass("relsubj", lower)) ||
        (isClass("pron", lower) && (!cap || i === s || (toks.flags[i] & TokenFlag.SENT_START) !== 0))) &&
      lower !== "sich"
    ) {
      close();
      const p = open(i);
      p.pronoun = lower;
      out.push(p);
      continue;
    }
    const last = cur ? (cur as Phrase).members[(cur as Phrase).members.length - 1] : undefined;
    if (mention && last?.mention && last.text === mention.name && last.mention.end === i) {
      // "Bundeskanzler Merz": two mentions of one entity side by side
      (cur as Phrase).end = mention.end;
      i = mention.end - 1;
      continue;
    }
    if (!cur) {
      cur = open(i);
    } else if (
      headClosed &&
      !coordPending &&
      !mention &&
      cap &&
      isClass("quant", (cur as Phrase).heads[(cur as Phrase).heads.length - 1] ?? "")
    ) {
      // "Tausende Menschen", "Dutzende Demonstranten": the quantity and its noun are one phrase
      const p = cur as Phrase;
      p.heads.push(lower);
      p.actor = actorNoun(text) ?? p.actor;
      p.end = i + 1;
      continue;
    } else if (headClosed && !coordPending) {
      // genitive attachment after a common-noun head: "des US-Präsidenten", "der USA", "Frankreichs"
      const p = cur as Phrase;
      const genitiveDet = lower === "des" || lower === "der";
      const genitiveName = mention && /s$/.test(text) && mention.type === "LOC";
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
        i = mention.end - 1;
        continue;
      }
      if (!mention && p.actor && p.members.length === 0 && isName(v, text) && p.heads.length === 1) {
        p.members.push({ entity: null, country: null, text, via: "none", mention: null });
        p.end = i + 1;
        continue;
      }
      if ((genitiveDet || genitiveName) && p.members.every((m) => m.via !== "entity")) {
        // keep going in the same phrase, attaching
        p.end = i + 1;
        if (genitiveName && mention) {
          attachCountry(p, mention);
          p.end = mention.end;
          i = mention.end - 1;
        } else {
          const j = i + 1;
          let k = j;
          let adjC: string | null = null;
          while (k < e && isModifier(v, v.text[k].toLowerCase()) && !mentions.has(k)) {
            adjC = adjC ?? v.words.adjectiveCountry(v.text[k].toLowerCase());
            k++;
          }
          const m2 = mentions.get(k);
          if (m2) {
            attachCountry(p, m2);
            p.end = m2.end;
            i = m2.end - 1;
          } else if (k < e && /^\p{Lu}/u.test(v.text[k])) {
            const w = v.text[k];
            const c = v.words.adjectiveCountry(w) ?? adjC;
            if (c) attachCountry(p, null, c, w);
            else if (isName(v, w)) attachCountry(p, null, undefined, w);
            else if (!p.actor) p.actor = actorNoun(w) ?? null;
            p.end = k + 1;
            i = k;
          } else i = k - 1;
        }
        continue;
      }
      close();
      cur = open(i);
    }
    const p = cur as Phrase;
    if (coordPending) coordPending = false;
    p.end = i + 1;
    if (mention) {
      // "russischen Truppen"; capitalised at the sentence start too ("Malische Soldaten"), but not a demonym ("Russen")
      const adjective =
        mention.form === "adjective" &&
        (/^\p{Ll}/u.test(text) || ((toks.flags[i] & TokenFlag.SENT_START) !== 0 && !v.kb.isDemonym(text)));
      p.members.push({
        entity: mention.entity,
        country: mention.country,
        text: mention.name,
        via: adjective ? "adjective" : mention.country ? "entity" : "none",
        mention: adjective ? null : mention,
      });
      p.end = mention.end;
      i = mention.end - 1;
      headClosed = !adjective;
      if (
        mention.type === "LOC" &&
        /s$/.test(text) &&
        i + 1 < e &&
        /^\p{Lu}/u.test(v.text[i + 1]) &&
        mentions.get(i + 1)?.type !== "LOC"
      ) {
        // "Ungarns Außenminister …": the genitive place only gives the country of what follows
        const m = p.members[p.members.length - 1];
        if (m) m.via = "attached";
        headClosed = false;
      }
      // "Außenminister Wadephul": a role noun just before the name belongs to the same member
      continue;
    }
    if (p.det === null && isClass("det", lower)) {
      p.det = lower;
      continue;
    }
    if (!cap || kind === TokenKind.NUMBER || kind === TokenKind.ORDINAL) {
      const c = v.words.adjectiveCountry(lower);
      if (c) p.members.push({ entity: null, country: c, text, via: "adjective", mention: null });
      else if (!isModifier(v, lower) && kind === TokenKind.WORD) {
        // a verb, adverb or other word ends the phrase
        p.end = i;
        close();
      }
      continue;
    }
    // capitalised word: head noun (or adjective at sentence start); a sentence-initial verb ("Sollte") ends the phrase
    if (
      (i === s || (toks.flags[i] & TokenFlag.SENT_START) !== 0) &&
      v.lex.isVerb(lower) &&
      !v.lex.pos(lower).includes("NOUN")
    ) {
      p.end = i;
      close();
      continue;
    }
    // capitalised word: head noun (or adjective at sentence start)
    const c = v.words.adjectiveCountry(text);
    if (c && !v.lex.pos(lower).includes("NOUN")) {
      p.members.push({ entity: null, country: c, text, via: "adjective", mention: null });
      continue;
    }
    const headActor = actorNoun(text);
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
    const a = actorNoun(text);
    if (a && !p.actor) p.actor = a;
    if (isWeaponWord(text)) p.weapon = true;
    headClosed = true;
  }
  close();
  for (const p of out) {
    p.place =
      p.members.length > 0 &&
      p.members.every((m) => m.mention?.type === "LOC" && m.via !== "attached") &&
      p.heads.length === 0;
    mergeAdjectiveMembers(p);
  }
  return out;
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
  while (k < e && !mentions.has(k) && isClass("det", v.text[k].toLowerCase())) k++;
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
