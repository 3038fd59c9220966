/**
 * Feature extraction for one sentence. Every feature is a 32-bit hash of (template id, value);
 * no feature strings are built. The extractor sees only the token strings of the sentence, the
 * gazetteer codes (gazetteer.ts) and the word-cluster table, so training (gold tokens) and run
 * time (our tokenizer's tokens) compute features the same way.
 */
import { FNV_SEED, hashRange, mix, pair } from "./hash.js";

/** Maximum number of features per token. */
export const MAXF = 72;

/** word → packed cluster ids (coarse << 20 | mid << 10 | fine), each id ≥ 1. */
export type ClusterTable = ReadonlyMap<string, number>;

// template ids
const T = {
  bias: 1,
  lower: 2,
  exact: 3,
  pre: 4, // 4..7
  suf: 8, // 8..11
  shapeLong: 12,
  shapeShort: 13,
  capFirst: 14,
  firstWord: 15,
  hyFirst: 16,
  hyLast: 17,
  hyLastSuf: 18,
  prev1: 19,
  next1: 20,
  prev2: 21,
  next2: 22,
  prevShape: 23,
  nextShape: 24,
  bigramPrev: 25,
  bigramNext: 26,
  clFine: 27,
  clMid: 28,
  clCoarse: 29,
  clPrev: 30,
  clNext: 31,
  gaz: 33,
  gazPrev: 34,
  gazNext: 35,
  hyFirstGaz: 36,
  hyLastGaz: 37,
  len: 38,
  prevShapeCur: 39,
  nextSuf3: 40,
  clPrev2: 41,
  clNext2: 42,
  gazType: 43,
  hyLastCl: 44,
  prevLowerShape: 45,
  clExact: 46,
  lex: 47,
  lexCapFirst: 48,
  lexPrev: 49,
  lexNext: 50,
  hyLastLex: 51,
  name: 52,
  namePrev: 53,
  nameNext: 54,
  hyLastName: 55,
  nameLexCap: 56,
  suf56: 57, // 57..58
  head: 59,
  memSpan: 60,
  memSpanCap: 61,
  memWord: 62,
  memPrev: 63,
  memNext: 64,
} as const;

/** Per-sentence scratch arrays, reused between sentences, and the current token's shape facts. */
export class FeatureScratch {
  lower: Uint32Array = new Uint32Array(64);
  shortShape: Uint32Array = new Uint32Array(64);
  cluster: Int32Array = new Int32Array(64);
  /** hash of the last three letters of the lower-cased word (the next word's suffix feature) */
  suf3: Uint32Array = new Uint32Array(64);
  /** The current token: capitalised (1/0), sentence-initial (1/0), index of its first inner hyphen (-1: none). */
  cap = 0;
  first = 0;
  hyphen = -1;
  ensure(n: number): void {
    if (this.lower.length >= n) return;
    const cap = Math.max(n, this.lower.length * 2);
    this.lower = new Uint32Array(cap);
    this.shortShape = new Uint32Array(cap);
    this.cluster = new Int32Array(cap);
    this.suf3 = new Uint32Array(cap);
  }
}

const BOS = 0x1234567;
const EOS = 0x7654321;

function isUpperCode(c: number, lc: number): boolean {
  return c !== lc;
}

/** Shape class of one code unit: X upper, x lower, d digit, else the char itself. */
function shapeClass(c: number, lc: number): number {
  if (c >= 48 && c <= 57) return 100; // d
  if (isUpperCode(c, lc)) return 88; // X
  if (lc !== c || (c >= 97 && c <= 122) || c >= 0xc0) return 120; // x (letters incl. umlauts)
  return c;
}

/**
 * Which features a call writes: the token's own (word, affixes, shapes, its word classes and names — a function of
 * the word form and whether it begins the sentence) and those of its context (neighbours, gazetteer matches, entity
 * memory). Training writes both in one pass; the run-time tagger sums the weights of a word form's own features once
 * and writes only the context features per token (runtime.ts). Both write every feature in the same order.
 */
export const OWN = 1;
export const CONTEXT = 2;
const ALL = OWN | CONTEXT;

/**
 * Extracts features for words[0..n) into feats[i*MAXF ..], counts[i] = number written.
 * `gaz` holds the gazetteer code per token (0 = none), `gazHy` packs the KB type+1 of the
 * first (low byte) and last (second byte) hyphen part of each token; `lex` the lexicon code of
 * the token (low byte) and of its last hyphen part (second byte), see sentences.ts; `heads` the
 * hash of the token's compound head ("Gebirgsverein" → "verein"), 0 if none; `mem` the
 * entity-memory codes (memory.ts: span code in the low byte, word code in the second), or null.
 */
export function extractFeatures(
  words: readonly string[],
  gaz: Int32Array,
  gazHy: Int32Array,
  lex: Int32Array,
  heads: Uint32Array,
  clusters: ClusterTable | null,
  feats: Uint32Array,
  counts: Uint8Array,
  scratch: FeatureScratch,
  mem: Int32Array | null = null,
): void {
  const n = words.length;
  scratch.ensure(n);
  const lowers = prepareTokens(words, clusters, scratch);
  const src: TokenSources = { n, gaz, gazHy, lex, heads, mem, clusters };
  for (let i = 0; i < n; i++) {
    counts[i] = tokenFeatures(ALL, src, i, i === 0 ? 1 : 0, words[i], lowers[i], scratch, feats, i * MAXF);
  }
}

/** The per-token inputs of the features besides the words (see `extractFeatures`). */
export interface TokenSources {
  /** number of tokens in the sentence */
  n: number;
  gaz: Int32Array;
  gazHy: Int32Array;
  lex: Int32Array;
  heads: Uint32Array;
  mem: Int32Array | null;
  clusters: ClusterTable | null;
}

/**
 * The `mode` features (OWN, CONTEXT or both) of token i (word w, lower-cased lw; `first` 1 if it begins the
 * sentence, else 0) from feats[base]; returns their number. The scratch arrays hold the sentence's word facts
 * (`wordFacts`); for CONTEXT alone, scratch.cap must hold the token's capitalisation (`capOf`), set by OWN otherwise.
 */
export function tokenFeatures(
  mode: number,
  src: TokenSources,
  i: number,
  first: number,
  w: string,
  lw: string,
  scratch: FeatureScratch,
  feats: Uint32Array,
  base: number,
): number {
  scratch.first = first;
  let f = mode & OWN ? wordFeatures(w, lw, i, src.gazHy[i], src.clusters, scratch, feats, base) : 0;
  f = contextFeatures(mode, src.n, i, src.clusters, scratch, feats, base, f);
  return resourceFeatures(mode, src, i, scratch, feats, base, f);
}

/** Lower-cased words, and per token the facts its neighbours read (`wordFacts`). */
function prepareTokens(words: readonly string[], clusters: ClusterTable | null, scratch: FeatureScratch): string[] {
  const n = words.length;
  const lowers: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lw = w.toLowerCase();
    lowers[i] = lw;
    wordFacts(w, lw, clusters, scratch, i);
  }
  return lowers;
}

/**
 * Facts of the word w (lower-cased lw) at slot i of the scratch arrays: the hash of the lower-cased word, its short
 * shape, the hash of its last three letters and its cluster ids.
 */
export function wordFacts(
  w: string,
  lw: string,
  clusters: ClusterTable | null,
  scratch: FeatureScratch,
  i: number,
): void {
  scratch.lower[i] = hashRange(lw, 0, lw.length);
  scratch.suf3[i] = hashRange(lw, Math.max(0, lw.length - 3), lw.length);
  // short shape: collapsed runs of classes
  let sh = FNV_SEED;
  let last = -1;
  const same = lw.length === w.length;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    const cls = shapeClass(c, same ? lw.charCodeAt(k) : c);
    if (cls !== last) {
      sh = Math.imul(sh ^ cls, 0x01000193);
      last = cls;
    }
  }
  scratch.shortShape[i] = sh >>> 0;
  if (clusters) {
    let c = clusters.get(w);
    if (c === undefined) c = clusters.get(lw);
    scratch.cluster[i] = c ?? 0;
  }
}

/** 1 if the word is capitalised (an upper-case first letter), else 0 — as the features read it. */
export function capOf(w: string, lw: string): number {
  if (!w.length) return 0;
  const same = lw.length === w.length;
  const c = w.charCodeAt(0);
  return isUpperCode(c, same ? lw.charCodeAt(0) : c) ? 1 : 0;
}

/**
 * The token's own features from feats[base]: word, affixes, shapes, capitalisation, length and hyphen parts.
 * Sets scratch.cap/hyphen for the later groups; returns the number of features written so far.
 */
function wordFeatures(
  w: string,
  lw: string,
  i: number,
  gazHy: number,
  clusters: ClusterTable | null,
  scratch: FeatureScratch,
  feats: Uint32Array,
  base: number,
): number {
  let f = 0;
  const len = lw.length;
  const same = len === w.length;
  const lh = scratch.lower[i];
  feats[base + f++] = T.bias;
  feats[base + f++] = mix(T.lower, lh);
  feats[base + f++] = mix(T.exact, hashRange(w, 0, w.length));
  // prefixes / suffixes 1..4 (lower-cased)
  let ph = FNV_SEED;
  for (let k = 0; k < 4 && k < len; k++) {
    ph = Math.imul(ph ^ lw.charCodeAt(k), 0x01000193);
    feats[base + f++] = mix(T.pre + k, ph);
  }
  for (let k = 1; k <= 4 && k <= len; k++) feats[base + f++] = mix(T.suf + k - 1, hashRange(lw, len - k, len));
  if (len > 6) {
    feats[base + f++] = mix(T.suf56, hashRange(lw, len - 5, len));
    feats[base + f++] = mix(T.suf56 + 1, hashRange(lw, len - 6, len));
  }
  // long shape: classes with runs capped at 4
  let sh = FNV_SEED;
  let last = -1;
  let run = 0;
  let upper = 0;
  let hyphen = -1;
  let lastHyphen = -1;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    const lc = same ? lw.charCodeAt(k) : c;
    const cls = shapeClass(c, lc);
    if (cls === 88) upper++;
    if (c === 45 && k > 0 && k < w.length - 1) {
      if (hyphen < 0) hyphen = k;
      lastHyphen = k;
    }
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 4) sh = Math.imul(sh ^ cls, 0x01000193);
  }
  feats[base + f++] = mix(T.shapeLong, sh);
  feats[base + f++] = mix(T.shapeShort, scratch.shortShape[i]);
  const cap = upper > 0 && isUpperCode(w.charCodeAt(0), same ? lw.charCodeAt(0) : w.charCodeAt(0)) ? 1 : 0;
  const first = scratch.first;
  feats[base + f++] = mix(T.capFirst, cap * 2 + first + (upper === w.length && upper > 1 ? 4 : 0));
  if (first) feats[base + f++] = mix(T.firstWord, lh);
  feats[base + f++] = mix(T.len, Math.min(len, 12));
  // hyphen parts
  if (hyphen > 0) {
    feats[base + f++] = mix(T.hyFirst, hashRange(lw, 0, hyphen));
    feats[base + f++] = mix(T.hyLast, hashRange(lw, lastHyphen + 1, len));
    feats[base + f++] = mix(T.hyLastSuf, hashRange(lw, Math.max(lastHyphen + 1, len - 3), len));
    if (gazHy & 0xff) feats[base + f++] = mix(T.hyFirstGaz, gazHy & 0xff);
    if (gazHy >> 8) feats[base + f++] = mix(T.hyLastGaz, gazHy >> 8);
    if (clusters) {
      const c = clusters.get(w.slice(lastHyphen + 1));
      if (c !== undefined) feats[base + f++] = mix(T.hyLastCl, c & 0x3ff);
    }
  }
  scratch.cap = cap;
  scratch.hyphen = hyphen;
  return f;
}

/** Context words and shapes (±2) and word clusters, written from feats[base + f]; returns the new count. */
function contextFeatures(
  mode: number,
  n: number,
  i: number,
  clusters: ClusterTable | null,
  scratch: FeatureScratch,
  feats: Uint32Array,
  base: number,
  f: number,
): number {
  const shortH = scratch.shortShape;
  if (mode & CONTEXT) {
    const lowerH = scratch.lower;
    const lh = lowerH[i];
    const p1 = i > 0 ? lowerH[i - 1] : BOS;
    const n1 = i + 1 < n ? lowerH[i + 1] : EOS;
    const p2 = i > 1 ? lowerH[i - 2] : BOS;
    const n2 = i + 2 < n ? lowerH[i + 2] : EOS;
    feats[base + f++] = mix(T.prev1, p1);
    feats[base + f++] = mix(T.next1, n1);
    feats[base + f++] = mix(T.prev2, p2);
    feats[base + f++] = mix(T.next2, n2);
    const ps = i > 0 ? shortH[i - 1] : BOS;
    const ns = i + 1 < n ? shortH[i + 1] : EOS;
    feats[base + f++] = mix(T.prevShape, ps);
    feats[base + f++] = mix(T.nextShape, ns);
    feats[base + f++] = mix(T.prevShapeCur, pair(ps, shortH[i]));
    feats[base + f++] = mix(T.prevLowerShape, pair(p1, shortH[i]));
    feats[base + f++] = mix(T.bigramPrev, pair(p1, lh));
    feats[base + f++] = mix(T.bigramNext, pair(lh, n1));
    if (i + 1 < n) feats[base + f++] = mix(T.nextSuf3, scratch.suf3[i + 1]);
  }
  // word clusters
  if (clusters) {
    const cl = scratch.cluster;
    const c = cl[i];
    if (c && mode & OWN) {
      feats[base + f++] = mix(T.clFine, c & 0x3ff);
      feats[base + f++] = mix(T.clMid, (c >> 10) & 0x3ff);
      feats[base + f++] = mix(T.clCoarse, c >> 20);
      feats[base + f++] = mix(T.clExact, pair(c & 0x3ff, shortH[i]));
    }
    if (mode & CONTEXT) {
      feats[base + f++] = mix(T.clPrev, i > 0 ? (cl[i - 1] >> 10) & 0x3ff : 2000);
      feats[base + f++] = mix(T.clNext, i + 1 < n ? (cl[i + 1] >> 10) & 0x3ff : 2001);
      feats[base + f++] = mix(T.clPrev2, i > 1 ? cl[i - 2] >> 20 : 2000);
      feats[base + f++] = mix(T.clNext2, i + 2 < n ? cl[i + 2] >> 20 : 2001);
    }
  }
  return f;
}

/**
 * Features from the language's word classes, the name lists, the KB gazetteer and the entity memory, written
 * from feats[base + f]; returns the token's feature count.
 */
function resourceFeatures(
  mode: number,
  src: TokenSources,
  i: number,
  scratch: FeatureScratch,
  feats: Uint32Array,
  base: number,
  f: number,
): number {
  const { n, lex } = src;
  const { cap, first } = scratch;
  const own = mode & OWN;
  const context = mode & CONTEXT;
  // lexicon (word classes from the language's form table)
  const lx = lex[i] & 0xff;
  if (own) {
    feats[base + f++] = mix(T.lex, lx);
    feats[base + f++] = mix(T.lexCapFirst, lx * 8 + cap * 2 + first);
  }
  if (context) {
    feats[base + f++] = mix(T.lexPrev, i > 0 ? lex[i - 1] & 0xff : 999);
    feats[base + f++] = mix(T.lexNext, i + 1 < n ? lex[i + 1] & 0xff : 999);
  }
  const nm = (lex[i] >> 16) & 3;
  if (own) {
    if (scratch.hyphen > 0) {
      feats[base + f++] = mix(T.hyLastLex, (lex[i] >> 8) & 0xff);
      feats[base + f++] = mix(T.hyLastName, (lex[i] >> 18) & 3);
    }
    if (src.heads[i]) feats[base + f++] = mix(T.head, src.heads[i]);
    // first-name / surname lists
    feats[base + f++] = mix(T.name, nm);
    feats[base + f++] = mix(T.nameLexCap, nm * 256 + lx * 2 + cap);
  }
  if (!context) return f;
  feats[base + f++] = mix(T.namePrev, i > 0 ? ((lex[i - 1] >> 16) & 3) * 2 + ((lex[i - 1] >> 6) & 1) : 99);
  feats[base + f++] = mix(T.nameNext, i + 1 < n ? ((lex[i + 1] >> 16) & 3) * 2 + ((lex[i + 1] >> 6) & 1) : 99);
  // gazetteer
  const gaz = src.gaz;
  const g = gaz[i];
  if (g) {
    feats[base + f++] = mix(T.gaz, g);
    feats[base + f++] = mix(T.gazType, (g - 1) & 7);
  }
  feats[base + f++] = mix(T.gazPrev, i > 0 ? (gaz[i - 1] ? ((gaz[i - 1] - 1) & 7) + 1 : 0) : 99);
  feats[base + f++] = mix(T.gazNext, i + 1 < n ? (gaz[i + 1] ? ((gaz[i + 1] - 1) & 7) + 1 : 0) : 99);
  // entity memory (names seen in the training data)
  const mem = src.mem;
  if (mem) {
    const sc = mem[i] & 0xff;
    const wc = (mem[i] >> 8) & 0xff;
    if (sc) {
      feats[base + f++] = mix(T.memSpan, sc);
      feats[base + f++] = mix(T.memSpanCap, sc * 8 + cap * 2 + first);
    }
    if (wc) feats[base + f++] = mix(T.memWord, wc);
    feats[base + f++] = mix(T.memPrev, i > 0 ? mem[i - 1] & 0x1f : 99);
    feats[base + f++] = mix(T.memNext, i + 1 < n ? mem[i + 1] & 0x1f : 99);
  }
  return f;
}
