/**
 * The entity linker: recognises people, organisations and places in an article and links every mention to one
 * entity per referent, with country, Wikidata id, KB id, role and (for agencies and outlets) ownership. The
 * language's word lists and rules come from its EntityGrammar (grammar.ts; German: src/lang/de/entities), the
 * KB from the pipeline context; de.entities.v1 is this linker with the German grammar (src/lang/de/stages.ts).
 *
 * One left-to-right pass over the token layer; at each token the rules are tried in this order:
 *   descriptor (resolve-descriptors) → multi-token KB name (kb-mentions) → surname of a person already
 *   named (link-surnames) → tagged / heuristic person name (tagger-spans, person-names) → single-token
 *   KB name → KB surname → other tagged name → country adjective (country-adjectives) → anaphoric head
 *   (anaphoric-heads) → name inside a compound (compound-prefixes).
 */
import type { Doc } from "../doc/doc.js";
import type { Entity } from "../doc/schema/index.js";
import { tokenView } from "../doc/token-view.js";
import { type Kb, type KbEntry, kbMissing } from "../kb/index.js";
import type { LanguageResources, Stage } from "../pipeline/stage.js";
import { matchAnaphoricHead } from "./anaphoric-heads.js";
import { type Draft, EntityBuilder } from "./builder.js";
import { matchCompassPlace } from "./compass-places.js";
import { matchCompoundPrefix } from "./compound-prefixes.js";
import { commitKb, isCap, isWord, type LinkContext, type TagSpan, tagStartingAt } from "./context.js";
import { matchCountryAdjective } from "./country-adjectives.js";
import { matchCountryOrgan, matchCountryOrganCompound } from "./country-organs.js";
import { splitFusedNames } from "./fused-names.js";
import { absorbLoneGivenNames } from "./given-names.js";
import type { EntityGrammar } from "./grammar.js";
import { extendedSpanAt, extendedWordAt, kbMatchAt } from "./kb-mentions.js";
import { linkOnEvidence } from "./link-evidence.js";
import { linkKbSurname, linkSurname, mergeEarlySurnames, SurnameIndex } from "./link-surnames.js";
import { personNameAt } from "./person-names.js";
import { matchDescriptor, settlePending } from "./resolve-descriptors.js";
import { commitTagSpan, taggerSpans, tagIndex } from "./tagger-spans.js";

export interface LinkOptions {
  /** Tagger spans to use; default: run the tagger if its model is installed. Pass [] for KB + rules only. */
  tags?: readonly TagSpan[];
}

/** What the linker reads besides the doc: the language's grammar and the knowledge base. */
export interface LinkResources {
  readonly grammar: EntityGrammar;
  readonly kb: Kb;
}

/** The entities of a tokenised, sentence-split doc (for doc.entities). */
export function linkEntities(
  doc: Doc,
  { grammar, kb }: LinkResources,
  published: string | null,
  opts: LinkOptions = {},
): Entity[] {
  const words = tokenView(doc).text;
  const tags = splitFusedNames({ doc, words, grammar, kb, tags: opts.tags ?? taggerSpans(doc, grammar.ner, kb) });
  const builder = new EntityBuilder(doc, grammar.normaliseName);
  const ctx: LinkContext = {
    doc,
    words,
    grammar,
    kb,
    builder,
    surnames: new SurnameIndex(grammar.surnameParticles),
    tags,
    tagAt: tagIndex(doc.tokens.count, tags),
    year: published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null,
    date: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    federal: grammar.sharedTitles.countryOf(words),
    pending: null,
    surnameMemo: new Map(),
  };
  const n = doc.tokens.count;
  let i = 0;
  while (i < n) {
    const pendingAt = ctx.pending?.end ?? -1;
    const next = builder.owner[i] >= 0 || !isWord(doc, i) ? i + 1 : step(ctx, i);
    if (i === pendingAt) {
      const own = builder.owner[i];
      settlePending(ctx, own >= 0 ? builder.drafts[own] : undefined);
    } else if (ctx.pending && ctx.pending.end < i) {
      settlePending(ctx, undefined);
    }
    i = next > i ? next : i + 1;
  }
  if (ctx.pending) settlePending(ctx, undefined);
  mergeEarlySurnames(builder, grammar.surnameParticles);
  linkOnEvidence(ctx, ctx.date);
  absorbLoneGivenNames(builder, grammar.firstNames);
  return builder.build();
}

/** Registers a person draft's surnames after a full-name mention. */
function registerPerson(ctx: LinkContext, d: Draft, start: number, end: number): void {
  if (d.type !== "PER") return;
  const toks: string[] = [];
  for (let t = start; t < end; t++) toks.push(ctx.words[t]);
  if (toks.length >= 2 || d.kb) ctx.surnames.register(d, toks);
}

function smallPlace(e: KbEntry): boolean {
  return (e.kind === "city" && (e.population ?? 0) < 100_000) || e.kind === "region";
}

/**
 * A place's name right after a noun that says an outlet follows ("in der Tageszeitung Österreich", "die Zeitung
 * Kurier"; the language's media cues that are organisation class nouns) names the outlet, not the place.
 */
function outletNamedAsPlace(ctx: LinkContext, e: KbEntry, i: number): boolean {
  if (e.type !== "LOC" || i === 0 || ctx.doc.tokens.sent[i - 1] !== ctx.doc.tokens.sent[i]) return false;
  const prev = ctx.words[i - 1];
  return ctx.grammar.mediaCues.has(prev) && ctx.grammar.classNouns.get(prev) === "ORG";
}

/** Tries the rules at token i; returns the token to continue at. */
function step(ctx: LinkContext, i: number): number {
  const { builder } = ctx;
  const desc = matchDescriptor(ctx, i);
  if (desc > i) return desc;

  const m = kbMatchAt(ctx, i);
  const tag = tagStartingAt(ctx, i);
  const mLen = m ? m.end - m.start : 0;
  if (m && mLen > 1 && !(tag && tag.end - tag.start > mLen)) {
    const d = commitKb(ctx, m);
    registerPerson(ctx, d, m.start, m.end);
    return m.end;
  }

  const sur = linkSurname(ctx, i);
  if (sur > i) return sur;

  // an organisation the extended KB knows by a longer name than the core's one-word match ("Wien Energie")
  if (isCap(ctx.doc, i) && !(tag && tag.type === "PER")) {
    const x = extendedSpanAt(ctx, i);
    if (x && x.end - i > mLen && !(tag && tag.end > x.end) && !builder.taken(i, x.end)) {
      const name = ctx.doc.text.slice(ctx.doc.tokens.start[i], ctx.doc.tokens.end[x.end - 1]);
      const d = builder.forLocal(x.type, name);
      builder.mention(d, i, x.end, "name");
      return x.end;
    }
  }

  const kbIsPerson = m?.entry.type === "PER";
  if (tag && tag.type === "PER" && tag.end - tag.start > 1 && !kbIsPerson) {
    const d = commitTagSpan(ctx, tag);
    if (d) return tag.end;
  }
  if (!kbIsPerson && (!tag || tag.type === "PER")) {
    const pe = personNameAt(ctx, i);
    if (pe > i + 1 && !builder.taken(i, pe)) {
      const name = ctx.doc.text.slice(ctx.doc.tokens.start[i], ctx.doc.tokens.end[pe - 1]);
      const d = builder.forLocal("PER", name);
      builder.mention(d, i, pe, "name");
      registerPerson(ctx, d, i, pe);
      return pe;
    }
  }

  // the tagger reads a one-word small place as a person ("Frau Roth"): trust it
  if (m && tag && tag.type === "PER" && tag.start === m.start && tag.end === m.end && smallPlace(m.entry)) {
    if (commitTagSpan(ctx, tag)) return tag.end;
  }
  if (m && mLen === 1 && outletNamedAsPlace(ctx, m.entry, i)) {
    const d = builder.forLocal("ORG", ctx.words[i]);
    if (!d.country) d.country = m.entry.country;
    d.firmType = true;
    builder.mention(d, i, i + 1, "name");
    return i + 1;
  }
  if (m) {
    const d = commitKb(ctx, m);
    registerPerson(ctx, d, m.start, m.end);
    return m.end;
  }

  const ks = linkKbSurname(ctx, i);
  if (ks > i) return ks;

  if (!tag && extendedWordAt(ctx, i)) {
    const d = builder.forLocal("ORG", ctx.words[i]);
    builder.mention(d, i, i + 1, "name");
    return i + 1;
  }

  if (tag && commitTagSpan(ctx, tag)) return tag.end;

  const organ = matchCountryOrgan(ctx, i);
  if (organ > i) return organ;
  const adj = matchCountryAdjective(ctx, i);
  if (adj > i) return adj;
  const head = matchAnaphoricHead(ctx, i);
  if (head > i) return head;
  const compass = matchCompassPlace(ctx, i);
  if (compass > i) return compass;
  const organCompound = matchCountryOrganCompound(ctx, i);
  if (organCompound > i) return organCompound;
  const comp = matchCompoundPrefix(ctx, i);
  if (comp > i) return comp;
  return i + 1;
}

/**
 * The entity one of whose mentions overlaps the char span [start, end) (the largest overlap wins),
 * e.g. to find who a quote's speaker text refers to.
 */
export function entityAt(doc: Doc, start: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestOverlap = 0;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const o = Math.min(end, m.end) - Math.max(start, m.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = e;
      }
    }
  }
  return best;
}

/**
 * An entities stage: KB + rules + (optional) statistical tagger, linked within the article, with the grammar its
 * languages' resources provide (German: src/lang/de/stages.ts) and the KB of the context.
 */
export function entitiesStage<R extends LanguageResources>(
  name: string,
  languages: readonly string[],
  grammarOf: (lang: R) => EntityGrammar,
): Stage<R> {
  return {
    name,
    requires: ["tokens", "sentences"],
    assigns: ["entities"],
    languages,
    run(doc, ctx) {
      if (kbMissing())
        doc.warnings.push("entities: knowledge base data/kb/kb.de.json not found (run npm run build:kb)");
      doc.entities = linkEntities(doc, { grammar: grammarOf(ctx.lang), kb: ctx.kb }, ctx.reference ?? doc.published);
    },
  };
}
