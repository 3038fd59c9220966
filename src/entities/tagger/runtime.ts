/**
 * The tagger's features at run time. A word form's own features (word, affixes, shapes, word classes, name lists,
 * compound head, KB types of its hyphen parts: features.ts, OWN) depend only on the form and on whether it begins
 * the sentence, so their summed weights are computed once per form and kept, with the facts of the form that its
 * neighbours' context features read. Per token only the context features (CONTEXT) are hashed and looked up. The
 * weights are integers, so the emission scores equal those of all features summed in one pass (sentences.ts).
 *
 * The kept forms are bounded (WORDS_MAX, then forgotten all at once); forms repeat (a few thousand cover most
 * tokens of news text).
 */
import type { Doc } from "../../doc/index.js";
import { memoKey } from "../../doc/memo.js";
import type { Kb } from "../../kb/index.js";
import type { NerLexicon } from "../grammar.js";
import { CONTEXT, capOf, FeatureScratch, MAXF, OWN, type TokenSources, tokenFeatures, wordFacts } from "./features.js";
import { gazetteerCodes } from "./gazetteer.js";
import { L } from "./labels.js";
import type { LoadedModel, SparseWeights } from "./model.js";
import { headHashOf, hyphenGazetteer, lexiconCodes } from "./sentences.js";

/** Most word forms kept; when full, all are forgotten before the next sentence. */
const WORDS_MAX = 1 << 17;
/** Bits of `done`: the own-feature sums of a form inside a sentence and at its start are known. */
const INSIDE = 1;
const FIRST = 2;
const NO_INTS = new Int32Array(0);
const NO_HASHES = new Uint32Array(0);

/** Per word form (by id): the facts features.ts reads, and the sums of its own features' weights. */
class WordForms {
  readonly ids = new Map<string, number>();
  count = 0;
  lower: Uint32Array = new Uint32Array(0);
  shortShape: Uint32Array = new Uint32Array(0);
  suf3: Uint32Array = new Uint32Array(0);
  cluster: Int32Array = new Int32Array(0);
  cap: Uint8Array = new Uint8Array(0);
  lex: Int32Array = new Int32Array(0);
  gazHy: Int32Array = new Int32Array(0);
  head: Uint32Array = new Uint32Array(0);
  /** entity-memory word code, -1: not remembered */
  mem: Int32Array = new Int32Array(0);
  done: Uint8Array = new Uint8Array(0);
  /** own-feature weight sums: [id * 2L, +L) inside a sentence, [id * 2L + L, +L) at its start */
  sums: Int32Array = new Int32Array(0);

  constructor() {
    this.grow(4096);
  }

  /** Forgets every form when `more` new ones might not fit. */
  makeRoom(more: number): void {
    if (this.count + more <= WORDS_MAX) return;
    this.ids.clear();
    this.count = 0;
    this.done.fill(0);
  }

  /** Room for one more form. */
  reserve(): number {
    if (this.count === this.lower.length) this.grow(this.count * 2);
    return this.count++;
  }

  private grow(cap: number): void {
    const u32 = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(cap);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array, size = cap): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.lower = u32(this.lower);
    this.shortShape = u32(this.shortShape);
    this.suf3 = u32(this.suf3);
    this.cluster = i32(this.cluster);
    this.cap = u8(this.cap);
    this.lex = i32(this.lex);
    this.gazHy = i32(this.gazHy);
    this.head = u32(this.head);
    this.mem = i32(this.mem);
    this.done = u8(this.done);
    this.sums = i32(this.sums, cap * 2 * L);
  }
}

/** Features and emission scores of a doc's sentences for one model, lexicon and KB. */
export class RuntimeFeatures {
  private readonly forms = new WordForms();
  private readonly scratch = new FeatureScratch();
  /** one-word inputs for a form's own features */
  private readonly one = new FeatureScratch();
  private readonly oneSources: TokenSources;
  private readonly oneFeats = new Uint32Array(MAXF);
  private readonly kb: Kb | null;
  private readonly scorer: SparseWeights;
  /** gazetteer codes of the last sentence (see gazetteer.ts) */
  gaz = new Int32Array(64);
  private lex = new Int32Array(64);
  private mem = new Int32Array(64);
  private memKnown = new Int32Array(64);
  private ids = new Int32Array(64);
  private baseAt = new Int32Array(64);
  private feats = new Uint32Array(64 * MAXF);
  private counts = new Uint8Array(64);

  constructor(
    private readonly model: LoadedModel,
    private readonly lexicon: NerLexicon,
    kb: Kb | null,
  ) {
    this.kb = model.header.gazetteer ? kb : null;
    this.scorer = model.scorer;
    this.oneSources = {
      n: 1,
      gaz: new Int32Array(1),
      gazHy: new Int32Array(1),
      lex: new Int32Array(1),
      heads: new Uint32Array(1),
      mem: null,
      clusters: model.clusters,
    };
  }

  /** Emission scores of doc tokens [from, to) (one sentence; words = their texts) into em. */
  emissions(doc: Doc, from: number, to: number, words: readonly string[], em: Float32Array): void {
    const n = to - from;
    this.ensure(n);
    const forms = this.forms;
    forms.makeRoom(n);
    gazetteerCodes(this.kb, doc, from, to, this.gaz);
    const s = this.scratch;
    s.ensure(n);
    const memory = this.model.memory;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      let id = forms.ids.get(w);
      if (id === undefined) id = this.add(w);
      const first = i === 0 ? 1 : 0;
      if (!(forms.done[id] & (first ? FIRST : INSIDE))) this.sumOwn(id, w, first);
      this.ids[i] = id;
      this.baseAt[i] = id * 2 * L + first * L;
      s.lower[i] = forms.lower[id];
      s.shortShape[i] = forms.shortShape[id];
      s.suf3[i] = forms.suf3[id];
      s.cluster[i] = forms.cluster[id];
      this.lex[i] = forms.lex[id];
      this.memKnown[i] = forms.mem[id];
    }
    if (memory) memory.codes(words, this.mem, this.memKnown);
    // the own features' inputs (gazHy, heads) are not read for CONTEXT
    const src: TokenSources = {
      n,
      gaz: this.gaz,
      gazHy: NO_INTS,
      lex: this.lex,
      heads: NO_HASHES,
      mem: memory ? this.mem : null,
      clusters: this.model.clusters,
    };
    for (let i = 0; i < n; i++) {
      s.cap = forms.cap[this.ids[i]];
      this.counts[i] = tokenFeatures(CONTEXT, src, i, i === 0 ? 1 : 0, words[i], "", s, this.feats, i * MAXF);
    }
    this.scorer.emissions(this.feats, this.counts, n, MAXF, em, forms.sums, this.baseAt);
  }

  private ensure(n: number): void {
    if (this.gaz.length >= n) return;
    const cap = n * 2;
    this.gaz = new Int32Array(cap);
    this.lex = new Int32Array(cap);
    this.mem = new Int32Array(cap);
    this.memKnown = new Int32Array(cap);
    this.ids = new Int32Array(cap);
    this.baseAt = new Int32Array(cap);
    this.feats = new Uint32Array(cap * MAXF);
    this.counts = new Uint8Array(cap);
  }

  /** A new word form: its facts and codes. */
  private add(token: string): number {
    // the table outlives the document: its key (and the strings made from it) must not keep the text alive
    const w = memoKey(token);
    const forms = this.forms;
    const id = forms.reserve();
    const lw = w.toLowerCase();
    const one = this.one;
    wordFacts(w, lw, this.model.clusters, one, 0);
    forms.lower[id] = one.lower[0];
    forms.shortShape[id] = one.shortShape[0];
    forms.suf3[id] = one.suf3[0];
    forms.cluster[id] = one.cluster[0];
    forms.cap[id] = capOf(w, lw);
    forms.lex[id] = lexiconCodes(w, (x) => this.lexicon.wordClass(x), this.model.names);
    forms.gazHy[id] = hyphenGazetteer(this.kb, w);
    forms.head[id] = headHashOf(this.lexicon, w);
    forms.mem[id] = this.model.memory ? this.model.memory.wordCode(w) : -1;
    forms.done[id] = 0;
    forms.ids.set(w, id);
    return id;
  }

  /** The summed weights of the form's own features, inside a sentence or at its start (`first`). */
  private sumOwn(id: number, w: string, first: number): void {
    const forms = this.forms;
    const one = this.one;
    const src = this.oneSources;
    one.lower[0] = forms.lower[id];
    one.shortShape[0] = forms.shortShape[id];
    one.suf3[0] = forms.suf3[id];
    one.cluster[0] = forms.cluster[id];
    src.lex[0] = forms.lex[id];
    src.gazHy[0] = forms.gazHy[id];
    src.heads[0] = forms.head[id];
    const f = tokenFeatures(OWN, src, 0, first, w, w.toLowerCase(), one, this.oneFeats, 0);
    const at = id * 2 * L + first * L;
    forms.sums.fill(0, at, at + L);
    this.scorer.addRows(this.oneFeats, 0, f, forms.sums, at);
    forms.done[id] |= first ? FIRST : INSIDE;
  }
}
