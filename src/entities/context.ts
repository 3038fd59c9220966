/** What every linking rule of the entities stage sees: the doc, the grammar, the KB, the drafts, tagger spans. */
import type { Doc } from "../doc/doc.js";
import { TokenFlag, TokenKind } from "../doc/tokens.js";
import type { Kb, KbMatch, SurnameLink } from "../kb/index.js";
import type { Draft, EntityBuilder } from "./builder.js";
import type { EntityGrammar } from "./grammar.js";
import type { SurnameIndex } from "./link-surnames.js";

export type NerType = "PER" | "ORG" | "LOC" | "MISC";
export interface TagSpan {
  start: number;
  end: number;
  type: NerType;
}

/** A descriptor waiting for an appositive name ("der russische Präsident | Wladimir Putin"). */
export interface PendingDescriptor {
  start: number;
  end: number;
  scope: string;
  roles: readonly string[];
  roleText: string;
}

export interface LinkContext {
  readonly doc: Doc;
  /** Token texts, sliced once per doc. */
  readonly words: readonly string[];
  /** The document language's word lists and rules around names. */
  readonly grammar: EntityGrammar;
  readonly kb: Kb;
  readonly builder: EntityBuilder;
  readonly surnames: SurnameIndex;
  /** Tagger spans (empty without a model) and, per token, the index of the span covering it or -1. */
  readonly tags: readonly TagSpan[];
  readonly tagAt: Int32Array;
  /** Publication year, or null. */
  readonly year: number | null;
  /** Publication date (YYYY-MM-DD), or null: no office-based evidence without it. */
  readonly date: string | null;
  /** The country the article's shared national titles refer to ("Bundeskanzler": DEU unless AUT/CHE dominate). */
  readonly federal: string;
  pending: PendingDescriptor | null;
  /** kb.resolveSurname answers of this document, by surname and evidence (a long article repeats its names). */
  readonly surnameMemo: Map<string, SurnameLink | null>;
}

/** kb.resolveSurname for a surname on the evidence the article has given so far (memoised per document). */
export function resolveSurnameSoFar(ctx: LinkContext, word: string, countries: readonly string[]): SurnameLink | null {
  const linked: string[] = [];
  for (const d of ctx.builder.drafts) if (d.kb && d.mentions.length) linked.push(d.kb.id);
  const key = `${word}|${countries.join(",")}|${linked.join(",")}`;
  const hit = ctx.surnameMemo.get(key);
  if (hit !== undefined) return hit;
  const r = ctx.kb.resolveSurname(word, { linked, date: ctx.date, countries });
  ctx.surnameMemo.set(key, r);
  return r;
}

export function isWord(doc: Doc, i: number): boolean {
  const k = doc.tokens.kind[i];
  return k === TokenKind.WORD || k === TokenKind.ABBREV;
}

export function isCap(doc: Doc, i: number): boolean {
  return (doc.tokens.flags[i] & TokenFlag.CAP) !== 0;
}

export function isSentStart(doc: Doc, i: number): boolean {
  return (doc.tokens.flags[i] & TokenFlag.SENT_START) !== 0 || i === 0 || doc.tokens.sent[i - 1] !== doc.tokens.sent[i];
}

/** The tagger span starting exactly at token i, if any. */
export function tagStartingAt(ctx: LinkContext, i: number): TagSpan | undefined {
  const k = ctx.tagAt[i];
  if (k < 0) return undefined;
  const s = ctx.tags[k];
  return s.start === i ? s : undefined;
}

/** Commits a KB match as a mention of the entry's entity. */
export function commitKb(ctx: LinkContext, m: KbMatch, form = m.form): Draft {
  const d = ctx.builder.forKb(m.entry);
  ctx.builder.mention(d, m.start, m.end, form);
  return d;
}
