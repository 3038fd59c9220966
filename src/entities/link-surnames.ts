/**
 * Surname-only mentions: "Putin" after "Wladimir Putin", "Kim" after "Kim Jong-un". A surname links to
 * the most recent full-name antecedent in the article that carries it, so two people with the same
 * surname stay apart. Without an antecedent, a surname the KB knows for exactly one person (or one
 * current office holder) links to that person.
 */

import type { KbEntry } from "../kb/index.js";
import type { Draft, EntityBuilder } from "./builder.js";
import { isCap, type LinkContext, resolveSurnameSoFar } from "./context.js";
import { articleCountries } from "./link-evidence.js";

/** "al-Assad" → "Assad": Arabic article prefixes that German news drops on second mention. */
const ARTICLE_PREFIX = /^(?:al|el|as|ad|ash|at|ar|an|az)-(?=\p{Lu})/iu;

/** A Korean given name written with a hyphen ("Ki-moon", "Jong-un", "Jae-in"): the family name comes first. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Surname keys of a multi-token name: the last token (with its particles, lower case), also without an article
 * prefix; the first token of a two-token name whose second token is a hyphenated given name ("Ban Ki-moon").
 */
function surnameKeys(nameTokens: readonly string[], particles: ReadonlySet<string>): string[] {
  if (nameTokens.length < 2) return [];
  if (nameTokens.length === 2 && HYPHENATED_GIVEN.test(nameTokens[1])) return [nameTokens[0]];
  // "Anna Maria Müller" → "Müller"; "Ursula von der Leyen" → "von der Leyen"
  let k = nameTokens.length - 1;
  while (k > 1 && particles.has(nameTokens[k - 1].toLowerCase())) k--;
  const key = nameTokens.slice(k).join(" ");
  const bare = k === nameTokens.length - 1 ? key.replace(ARTICLE_PREFIX, "") : key;
  return bare !== key ? [key, bare] : [key];
}

export class SurnameIndex {
  /** @param particles surname particles of the language (EntityGrammar.surnameParticles) */
  constructor(private readonly particles: ReadonlySet<string>) {}

  private readonly map = new Map<string, Draft>();
  /** Multi-token names the tagger typed ORG/MISC/LOC: a later person mention of their last word retypes them. */
  private readonly weak = new Map<string, { d: Draft; tokens: readonly string[] }>();
  maxTokens = 1;

  /** Remembers a non-person name that may be a person ("Bashar al-Assad" tagged MISC). */
  registerWeak(d: Draft, nameTokens: readonly string[]): void {
    if (d.type === "PER" || d.kb || nameTokens.length > 3) return;
    for (const key of surnameKeys(nameTokens, this.particles)) {
      for (const v of [key, genitive(key)]) if (v && !v.includes(" ")) this.weak.set(v, { d, tokens: nameTokens });
    }
  }

  /**
   * The draft a person mention `word` refers to if it is the surname of a name remembered by
   * registerWeak: that draft becomes a person and its surnames are registered.
   */
  claimWeak(word: string): Draft | undefined {
    const hit = this.weak.get(word);
    if (!hit) return undefined;
    for (const [k, v] of this.weak) if (v.d === hit.d) this.weak.delete(k);
    hit.d.type = "PER";
    this.register(hit.d, hit.tokens);
    return hit.d;
  }

  /** Registers the short forms of a person draft (KB short forms, else the last token of the name). */
  register(d: Draft, nameTokens: readonly string[]): void {
    if (d.type !== "PER") return;
    const keys = new Set<string>();
    if (d.kb?.short?.length) {
      for (const s of d.kb.short) keys.add(s);
    } else for (const k of surnameKeys(nameTokens, this.particles)) keys.add(k);
    for (const key of keys) {
      for (const v of [key, genitive(key)]) {
        if (!v) continue;
        this.map.set(v, d);
        const n = v.split(" ").length;
        if (n > this.maxTokens) this.maxTokens = n;
      }
    }
  }

  get(key: string): Draft | undefined {
    return this.map.get(key);
  }
}

function genitive(s: string): string | null {
  return /[sxzß]$/.test(s) ? null : `${s}s`;
}

/** A surname of a person already named in the article, starting at token i: returns end or -1. */
export function linkSurname(ctx: LinkContext, i: number): number {
  const { doc, builder, surnames } = ctx;
  const first = ctx.words[i];
  if (!isCap(doc, i) && !ctx.grammar.surnameParticles.has(first)) return -1;
  const n = doc.tokens.count;
  for (let len = Math.min(surnames.maxTokens, n - i); len >= 1; len--) {
    let key = first;
    for (let j = i + 1; j < i + len; j++) key += ` ${ctx.words[j]}`;
    const d = surnames.get(key);
    if (d && !builder.taken(i, i + len)) {
      builder.mention(d, i, i + len, "alias");
      return i + len;
    }
  }
  return -1;
}

/**
 * A surname without a full name in the article, linked only on evidence (issue 18): `kb.resolveSurname` (the one
 * person with that surname who held an office of an article country on the publication date, or a role word next
 * to it), else the one core KB person with that surname when no other person the KB knows by it is notable
 * ("Putin", "Merkel"; not "Lee", borne by many Korean office holders).
 */
export function linkKbSurname(ctx: LinkContext, i: number): number {
  const { doc, builder } = ctx;
  if (!isCap(doc, i)) return -1;
  const p = kbSurnamePick(ctx, ctx.words[i]);
  if (!p) return -1;
  const d = builder.forKb(p.entry);
  if (!d.linkReason) d.linkReason = p.reason;
  builder.mention(d, i, i + 1, "alias");
  ctx.surnames.register(d, p.entry.name.split(" "));
  return i + 1;
}

/**
 * The KB person a bare surname names on the article's evidence (see linkKbSurname), with the reason; undefined
 * when the word is also a common word or a given name, or the evidence does not single one person out.
 */
export function kbSurnamePick(ctx: LinkContext, w: string): { entry: KbEntry; reason: string } | undefined {
  const { kb } = ctx;
  // no KB surname first: a table look-up, cheaper than the lexicon's
  const cands = kb.bySurname(w);
  if (!cands.length) return undefined;
  // without an antecedent, a surname that is also a common word or a given name is too risky ("Reiche", "Martin")
  if (ctx.grammar.isCommonWord(w) || ctx.grammar.firstNames.has(w)) return undefined;
  const r = resolveSurnameSoFar(ctx, w, articleCountries(ctx).ranked.slice(0, 2));
  if (r && r.entry.type === "PER") return { entry: r.entry, reason: `surname; ${r.reason}` };
  const core = cands.length === 1 ? cands[0] : undefined;
  const others = core
    ? kb.personsBySurname(w).filter((c) => c.entry.id !== core.id && c.entry.wikidata !== core.wikidata)
    : [];
  if (core && !others.some((c) => c.prior >= NOTABLE_NAMESAKE)) {
    return { entry: core, reason: "surname of the only notable person of that name" };
  }
  return undefined;
}

/** A namesake at least this notable (KB prior) keeps a bare surname from linking to the core person. */
const NOTABLE_NAMESAKE = 60;

/**
 * A surname used before the person's full name ("Ban 'beunruhigt' …" in a headline, "Ban Ki-moon" in
 * the text): a one-word person entity whose every mention is the surname of exactly one person named
 * in full later becomes a mention of that person.
 */
export function mergeEarlySurnames(builder: EntityBuilder, particles: ReadonlySet<string>): void {
  const full = builder.drafts
    .filter((d) => d.type === "PER" && d.nameTokens >= 2 && d.mentions.length)
    .map((d) => ({ d, keys: surnameKeys(d.name.split(" "), particles) }));
  if (!full.length) return;
  const text = builder.doc.text;
  for (const d of builder.drafts) {
    if (d.type !== "PER" || d.kb || d.nameTokens !== 1 || !d.mentions.length) continue;
    const words = new Set(d.mentions.map((m) => text.slice(m.start, m.end).replace(/s$/, "")));
    if (words.size !== 1) continue;
    const [w] = words;
    const owners = full.filter((f) => f.d !== d && f.keys.includes(w));
    if (owners.length === 1) builder.absorb(d, owners[0].d);
  }
}
