/**
 * Averaged structured perceptron (Collins 2002) over the hashed features, decoded with
 * BIO-constrained Viterbi. Features are extracted once; each epoch visits the sentences in a
 * seeded random order. Averaging uses the usual lazy trick: w_avg = w − u / c.
 */
import type { Sentence } from "./corpus.js";
import { FeatureDropout } from "./dropout.js";
import type { ClusterTable } from "./features.js";
import { MAXF } from "./features.js";
import { L } from "./labels.js";
import type { EntityMemory } from "./memory.js";
import { DenseWeights } from "./model.js";
import { type FeatureSources, Featurizer } from "./sentences.js";
import { viterbi } from "./viterbi.js";

export interface TrainOptions {
  epochs: number;
  hashBits: number;
  clusters: ClusterTable | null;
  seed?: number;
  /** probability of hiding a token's word-identity features in a training step (word dropout) */
  dropWord?: number;
  /** probability of leaving out each other feature of a token in a training step (feature dropout) */
  dropFeature?: number;
  /** cost-augmented decoding in training: add this to every wrong label's score (margin) */
  margin?: number;
  /** called after each epoch with the share of sentences decoded correctly */
  onEpoch?: (epoch: number, sentenceAccuracy: number) => void;
}

/** Pre-extracted features of a corpus. */
export interface FeatureCorpus {
  feats: Uint32Array;
  counts: Uint8Array;
  /** token offset of each sentence (length = sentences + 1) */
  offsets: Uint32Array;
  labels: Uint8Array;
}

export function featurizeCorpus(
  sents: readonly Sentence[],
  sources: FeatureSources,
  clusters: ClusterTable | null,
  names: ReadonlyMap<string, number> | null = null,
  memoryOf: ((s: number) => EntityMemory) | null = null,
): FeatureCorpus {
  let total = 0;
  for (const s of sents) total += s.tokens.length;
  const feats = new Uint32Array(total * MAXF);
  const counts = new Uint8Array(total);
  const labels = new Uint8Array(total);
  const offsets = new Uint32Array(sents.length + 1);
  const fz = new Featurizer(sources, clusters, names);
  let t = 0;
  for (let s = 0; s < sents.length; s++) {
    offsets[s] = t;
    const { tokens } = sents[s];
    if (memoryOf) fz.memory = memoryOf(s);
    fz.runTokens(tokens);
    feats.set(fz.feats.subarray(0, tokens.length * MAXF), t * MAXF);
    counts.set(fz.counts.subarray(0, tokens.length), t);
    labels.set(sents[s].labels, t);
    t += tokens.length;
  }
  offsets[sents.length] = t;
  return { feats, counts, offsets, labels };
}

export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

export function trainPerceptron(corpus: FeatureCorpus, opts: TrainOptions): DenseWeights {
  const model = new DenseWeights(opts.hashBits);
  const w = model.w;
  const u = new Float32Array(w.length);
  const tr = model.trans;
  const tu = new Float32Array(tr.length);
  const mask = model.mask;
  const nSent = corpus.offsets.length - 1;
  const order = Array.from({ length: nSent }, (_, i) => i);
  const rand = rng(opts.seed ?? 13);
  let maxLen = 1;
  for (let s = 0; s < nSent; s++) maxLen = Math.max(maxLen, corpus.offsets[s + 1] - corpus.offsets[s]);
  const em = new Float32Array(maxLen * L);
  const pred = new Uint8Array(maxLen);
  const dropout = new FeatureDropout(maxLen, opts.dropWord ?? 0, opts.dropFeature ?? 0);
  const margin = opts.margin ?? 0;
  let c = 1;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    let correct = 0;
    for (const s of order) {
      const from = corpus.offsets[s];
      const n = corpus.offsets[s + 1] - from;
      let feats = corpus.feats.subarray(from * MAXF, (from + n) * MAXF);
      let counts = corpus.counts.subarray(from, from + n);
      if (dropout.active) ({ feats, counts } = dropout.apply(feats, counts, n, rand));
      const gold = corpus.labels.subarray(from, from + n);
      model.emissions(feats, counts, n, MAXF, em);
      if (margin > 0) {
        for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) if (y !== gold[i]) em[i * L + y] += margin;
      }
      viterbi(em, n, tr, pred);
      let same = true;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        const gp = i > 0 ? gold[i - 1] + 1 : 0;
        const pp = i > 0 ? pred[i - 1] + 1 : 0;
        if (g !== p) {
          same = false;
          const fb = i * MAXF;
          for (let k = 0; k < counts[i]; k++) {
            const r = (feats[fb + k] & mask) * L;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tr[gp * L + g] += 1;
          tu[gp * L + g] += c;
          tr[pp * L + p] -= 1;
          tu[pp * L + p] -= c;
        }
      }
      if (same) correct++;
      c++;
    }
    opts.onEpoch?.(epoch, correct / nSent);
  }
  for (let i = 0; i < w.length; i++) if (u[i] !== 0) w[i] -= u[i] / c;
  for (let i = 0; i < tr.length; i++) tr[i] -= tu[i] / c;
  return model;
}
