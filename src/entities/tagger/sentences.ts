/**
 * Featurising sentences: from a Doc's token layer (run time) or from a list of gold tokens
 * (training and evaluation, wrapped in a one-sentence Doc so the gazetteer sees the same input).
 */
import { Doc } from "../../doc/doc.js";
import type { Kb } from "../../kb/index.js";
import type { NerLexicon } from "../grammar.js";
import { type ClusterTable, extractFeatures, FeatureScratch, MAXF } from "./features.js";
import { gazetteerCodes, gazetteerTypeOf } from "./gazetteer.js";
import { hashRange } from "./hash.js";
import type { EntityMemory } from "./memory.js";

/** A Doc holding one pre-tokenised sentence (tokens joined by single spaces). */
export function docOfTokens(tokens: readonly string[]): Doc {
  const doc = new Doc({ text: tokens.join(" ") });
  let off = 0;
  for (const t of tokens) {
    doc.tokens.push(off, off + t.length, 1, 0);
    off += t.length + 1;
  }
  doc.sentences = [{ start: 0, end: Math.max(0, off - 1) }];
  return doc;
}

const CACHE_MAX = 200_000;

/** What the features read besides the words: the language's word classes and, for gazetteer features, the KB. */
export interface FeatureSources {
  readonly lexicon: NerLexicon;
  /** null: no gazetteer features (the model was trained without them, or there is no KB). */
  readonly kb: Kb | null;
}

export class Featurizer {
  private readonly scratch = new FeatureScratch();
  /** gazetteer codes of the last sentence (see gazetteer.ts) */
  gaz = new Int32Array(64);
  private gazHy = new Int32Array(64);
  private lex = new Int32Array(64);
  private heads = new Uint32Array(64);
  private mem = new Int32Array(64);
  /** entity memory used for the next sentences (null: no memory features) */
  memory: EntityMemory | null = null;
  feats = new Uint32Array(64 * MAXF);
  counts = new Uint8Array(64);

  constructor(
    readonly sources: FeatureSources,
    readonly clusters: ClusterTable | null,
    readonly names: ReadonlyMap<string, number> | null = null,
  ) {}

  /** Per-form caches of the lexicon look-ups (word forms repeat; the look-ups are not cheap). */
  private readonly lexCache = new Map<string, number>();
  private readonly headCache = new Map<string, number>();
  private readonly lexCode = (w: string): number => {
    let c = this.lexCache.get(w);
    if (c === undefined) {
      if (this.lexCache.size > CACHE_MAX) this.lexCache.clear();
      c = this.sources.lexicon.wordClass(w);
      this.lexCache.set(w, c);
    }
    return c;
  };

  private headHash(w: string): number {
    let c = this.headCache.get(w);
    if (c === undefined) {
      if (this.headCache.size > CACHE_MAX) this.headCache.clear();
      c = headHashOf(this.sources.lexicon, w);
      this.headCache.set(w, c);
    }
    return c;
  }

  /** Features of doc tokens [from, to) (one sentence); words are their texts. */
  run(doc: Doc, from: number, to: number, words: readonly string[]): void {
    const n = to - from;
    if (this.gaz.length < n) {
      const cap = n * 2;
      this.gaz = new Int32Array(cap);
      this.gazHy = new Int32Array(cap);
      this.lex = new Int32Array(cap);
      this.heads = new Uint32Array(cap);
      this.mem = new Int32Array(cap);
      this.feats = new Uint32Array(cap * MAXF);
      this.counts = new Uint8Array(cap);
    }
    const kb = this.sources.kb;
    gazetteerCodes(kb, doc, from, to, this.gaz);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      this.gazHy[i] = hyphenGazetteer(kb, w);
      this.lex[i] = lexiconCodes(w, this.lexCode, this.names);
    }
    for (let i = 0; i < n; i++) this.heads[i] = this.headHash(words[i]);
    if (this.memory) this.memory.codes(words, this.mem);
    extractFeatures(
      words,
      this.gaz,
      this.gazHy,
      this.lex,
      this.heads,
      this.clusters,
      this.feats,
      this.counts,
      this.scratch,
      this.memory ? this.mem : null,
    );
  }

  /** Features of one pre-tokenised sentence. */
  runTokens(tokens: readonly string[]): void {
    this.run(docOfTokens(tokens), 0, tokens.length, tokens);
  }
}

/** Index of the first inner hyphen of w ("EU-Kommission" → 2), or -1. */
function innerHyphen(w: string): number {
  const h = w.indexOf("-", 1);
  return h > 0 && h < w.length - 1 ? h : -1;
}

/** KB type codes of the first (low byte) and last (second byte) part of a hyphenated word; 0 for other words. */
export function hyphenGazetteer(kb: Kb | null, w: string): number {
  const h = innerHyphen(w);
  if (h < 0) return 0;
  return gazetteerTypeOf(kb, w.slice(0, h)) | (gazetteerTypeOf(kb, w.slice(w.lastIndexOf("-") + 1)) << 8);
}

/**
 * Word-class and name-list codes of w: its word class (low byte) and name flags (bits 16–17), or for a hyphenated
 * word its word class, that of its last part (second byte) and the last part's name flags (bits 18–19).
 */
export function lexiconCodes(
  w: string,
  wordClass: (form: string) => number,
  names: ReadonlyMap<string, number> | null,
): number {
  const h = innerHyphen(w);
  if (h < 0) return wordClass(w) | ((names?.get(w) ?? 0) << 16);
  const last = w.slice(w.lastIndexOf("-") + 1);
  return wordClass(w) | (wordClass(last) << 8) | ((names?.get(last) ?? 0) << 18);
}

/** Hash of the lower-cased compound head of w ("Gebirgsverein" → "verein"), 0 if none. */
export function headHashOf(lexicon: NerLexicon, w: string): number {
  const h = lexicon.compoundHead(w);
  return h ? hashRange(h, 0, h.length) : 0;
}
