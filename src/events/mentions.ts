/**
 * Entity mentions by token: from the entities layer, or (when the entities stage did not run) from the
 * knowledge base directly, so the event coder still knows countries. Country adjectives ("russischen")
 * and compound prefixes ("US-Präsident", "UN-Generalsekretär") come from the KB in both cases.
 */
import type { Doc } from "../doc/index.js";
import type { EntityType } from "../doc/schema/entities.js";
import type { Kb } from "../kb/index.js";

export interface MentionRef {
  /** Entity id in doc.entities, or null for a KB-only match. */
  entity: string | null;
  name: string;
  type: EntityType;
  country: string | null;
  /** KB kind when known ("country", "city", "igo", "person", "org" …); "company" for a company of the extended KB. */
  kind: string | null;
  form: string;
  /** Token range, end exclusive. */
  start: number;
  end: number;
}

/**
 * The name a possessive or genitive form stands for ("Armeniens" → "Armenien"), or null when the word has no such
 * ending (the language's answer: EventGrammar.possessiveBase).
 */
export type PossessiveBase = (word: string) => string | null;

/** Token index → mention starting there. */
export function mentionIndex(doc: Doc, kb: Kb, possessiveBase: PossessiveBase): Map<number, MentionRef> {
  const out = new Map<number, MentionRef>();
  if (doc.entities.length > 0 || doc.pipeline.some((p) => p.includes("entities")))
    entityMentions(doc, kb, possessiveBase, out);
  else kbMentions(doc, kb, possessiveBase, out);
  return out;
}

/** A mention the coreference layer resolved, as this module reads it. */
interface Resolved {
  start: number;
  end: number;
  text: string;
  form: string;
  via: string | null;
}

/** The coreference rule that reads members of a body in the plural as the body ("die Beamten" → the police). */
const MEMBER_OF = "member-of";

/** Mention forms that describe rather than name. */
const DESCRIBING = new Set(["pronoun", "role", "description", "apposition"]);

/**
 * The mentions of the entities layer (countries filled in from the KB where the layer has none), and the roles,
 * descriptions and appositions the coreference layer resolved to a named entity ("der Minister" → the minister).
 * An entity known only by a description (a body or person the coreference or quote rules added: "die Polizei",
 * "Meteorologen") is left to the coder's own reading of collective actors, which also infers their country.
 */
function entityMentions(doc: Doc, kb: Kb, possessiveBase: PossessiveBase, out: Map<number, MentionRef>): void {
  const toks = doc.tokens;
  const named = new Set(doc.entities.filter((e) => e.mentions.some((m) => !DESCRIBING.has(m.form))).map((e) => e.id));
  // the coreference layer's resolved mentions by entity, in layer order (one pass, not one per entity)
  const byEntity = new Map<string, Resolved[]>();
  for (const m of doc.mentions) {
    if (m.entity === null || !(m.kind === "role" || m.kind === "description" || m.kind === "apposition")) continue;
    let list = byEntity.get(m.entity);
    if (!list) {
      list = [];
      byEntity.set(m.entity, list);
    }
    list.push({ start: m.start, end: m.end, text: m.text, form: m.kind, via: m.via });
  }
  // the characters of the mention written at a token here: of two mentions over the same tokens one that covers
  // the other wins ("das US-Justizministerium" is the ministry, though the country's "US" inside the word was
  // written first); two side by side in one word ("griechisch-mazedonischen") keep the first
  const chars = new Map<number, readonly [number, number]>();
  for (const e of doc.entities) {
    if (!named.has(e.id)) {
      membersOfBody(doc, e, byEntity.get(e.id), out);
      continue;
    }
    const entry = e.kbId ? kb.byId(e.kbId) : undefined;
    // a company or brand only the extended KB knows (name-suggestion-index) is no political actor, country or not
    const company = !entry && e.kbId ? isCompany(kb, e.kbId) : false;
    // a person of the extended KB: its sources are office holders and legislators
    const person = !entry && !company && e.type === "PER" && !!e.kbId && !!kb.facts(e.kbId);
    const resolved = byEntity.get(e.id) ?? [];
    const own = e.mentions.filter((m) => !DESCRIBING.has(m.form));
    for (const m of [...own, ...resolved]) {
      const s = toks.indexAt(m.start);
      let t = s;
      while (t < toks.count && toks.start[t] < m.end) t++;
      const prev = out.get(s);
      if (prev && (prev.end > t || (prev.end === t && !covers(m, chars.get(s))))) continue;
      if (!e.country && t - s > 1 && splitCountries(doc, kb, s, t, out)) continue;
      chars.set(s, [m.start, m.end]);
      const fill = e.country ? null : kbCountry(kb, m.text, possessiveBase);
      out.set(s, {
        entity: e.id,
        name: e.name,
        type: fill ? "LOC" : e.type,
        country: e.country ?? fill,
        kind: entry?.kind ?? (company ? "company" : person ? "person" : null),
        form: m.form,
        start: s,
        end: t,
      });
    }
  }
}

/** Whether mention `m` is longer than the one written before at its token (`prev`, none from this pass) and covers it. */
function covers(m: { start: number; end: number }, prev: readonly [number, number] | undefined): boolean {
  return prev !== undefined && m.start <= prev[0] && m.end >= prev[1] && m.end - m.start > prev[1] - prev[0];
}

/**
 * Members of a body the coreference layer resolved to it ("Die Beamten" → the police named before as "die Polizei"):
 * the body itself stands for them (a phrase that names the body is left to the coder's reading of collective
 * actors, which infers its country).
 */
function membersOfBody(
  doc: Doc,
  e: Doc["entities"][number],
  resolved: readonly Resolved[] | undefined,
  out: Map<number, MentionRef>,
): void {
  if (!resolved || e.type !== "ORG") return;
  const toks = doc.tokens;
  for (const m of resolved) {
    if (m.via !== MEMBER_OF) continue;
    const s = toks.indexAt(m.start);
    let t = s;
    while (t < toks.count && toks.start[t] < m.end) t++;
    if (out.has(s)) continue;
    out.set(s, {
      entity: e.id,
      name: e.name,
      type: e.type,
      country: e.country,
      kind: null,
      form: m.form,
      start: s,
      end: t,
    });
  }
}

/** Whether an extended-KB id is a company or brand (its only source is the name-suggestion-index). */
function isCompany(kb: Kb, id: string): boolean {
  const f = kb.facts(id);
  return !!f && f.sources.length > 0 && f.sources.every((s) => s === "nsi");
}

/** Without an entities layer: KB names, surnames of known people and genitives of places, straight from the KB. */
function kbMentions(doc: Doc, base: Kb, possessiveBase: PossessiveBase, out: Map<number, MentionRef>): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.count; i++) {
    const matches = base.matchAt(doc, i);
    if (matches.length === 0) {
      // surname of a known person ("Putin", "Merz")
      const word = doc.tokenText(i);
      const people = (toks.flags[i] & 1) !== 0 ? base.bySurname(word) : [];
      // genitive of a place: "Armeniens", "Frankreichs"
      const name = (toks.flags[i] & 1) !== 0 ? possessiveBase(word) : null;
      const gen = name !== null ? base.lookup(name).filter((x) => x.type === "LOC") : [];
      if (gen.length > 0 && people.length === 0) {
        const p = gen[0];
        out.set(i, {
          entity: null,
          name: p.name,
          type: p.type,
          country: p.country,
          kind: p.kind,
          form: "name",
          start: i,
          end: i + 1,
        });
        continue;
      }
      if (people.length === 1) {
        const p = people[0];
        out.set(i, {
          entity: null,
          name: p.name,
          type: p.type,
          country: p.country,
          kind: p.kind,
          form: "alias",
          start: i,
          end: i + 1,
        });
      }
      continue;
    }
    const m = matches[0];
    if (m.entry.ambiguous) continue;
    out.set(i, {
      entity: null,
      name: m.entry.name,
      type: m.entry.type,
      country: m.entry.country,
      kind: m.entry.kind,
      form: m.form,
      start: m.start,
      end: m.end,
    });
    i = m.end - 1;
  }
}

/** A multi-token mention without country whose every token is a country ("China Taiwan"): one mention per token. */
function splitCountries(doc: Doc, kb: Kb, s: number, t: number, out: Map<number, MentionRef>): boolean {
  const refs: MentionRef[] = [];
  for (let i = s; i < t; i++) {
    const hit = kb.lookup(doc.tokenText(i)).find((x) => x.kind === "country" && x.country);
    if (!hit) return false;
    refs.push({
      entity: null,
      name: hit.name,
      type: "LOC",
      country: hit.country,
      kind: "country",
      form: "name",
      start: i,
      end: i + 1,
    });
  }
  for (const r of refs) out.set(r.start, r);
  return true;
}

/** Country of a place name the entities layer left without one ("Armeniens" → ARM), from the KB. */
function kbCountry(base: Kb, text: string, possessiveBase: PossessiveBase): string | null {
  for (const form of [text, possessiveBase(text) ?? ""]) {
    if (!form) continue;
    const hit = base.lookup(form).find((x) => x.kind === "country" && x.country);
    if (hit) return hit.country;
  }
  return null;
}

/**
 * Countries and organisations the KB reads into words: a country adjective or demonym ("nordkoreanischen" → PRK),
 * a compound prefix ("US-Militär" → USA; "UN-Generalsekretär" → the UN). One per KB, its answers memoised.
 */
export class KbWords {
  private readonly adjectives = new Map<string, string | null>();

  constructor(private readonly kb: Kb) {}

  /** Country of a country adjective or demonym, or of a compound prefix, if any. */
  adjectiveCountry(word: string): string | null {
    const hit = this.adjectives.get(word);
    if (hit !== undefined) return hit;
    const v = this.adjectiveCountryUncached(word);
    if (this.adjectives.size > 50_000) this.adjectives.clear();
    this.adjectives.set(word, v);
    return v;
  }

  private adjectiveCountryUncached(word: string): string | null {
    const entry = this.kb.countryOfAdjective(word);
    if (entry?.country) return entry.country;
    const dash = word.indexOf("-");
    if (dash > 0) {
      const scope = this.kb.prefixScope(word.slice(0, dash));
      if (scope && /^[A-Z]{3}$/.test(scope)) return scope;
    }
    return null;
  }

  /** Organisation named by a compound prefix ("UN-Generalsekretär" → the UN entry name), if any. */
  prefixOrg(word: string): string | null {
    const dash = word.indexOf("-");
    if (dash <= 0) return null;
    const scope = this.kb.prefixScope(word.slice(0, dash));
    if (!scope || /^[A-Z]{3}$/.test(scope)) return null;
    return this.kb.byId(scope)?.name ?? word.slice(0, dash);
  }
}

const KB_WORDS = new WeakMap<Kb, KbWords>();

/** The KB's word answers (one memo per KB, kept across documents). */
export function kbWords(kb: Kb): KbWords {
  let w = KB_WORDS.get(kb);
  if (!w) {
    w = new KbWords(kb);
    KB_WORDS.set(kb, w);
  }
  return w;
}
