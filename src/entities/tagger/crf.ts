/**
 * Linear-chain CRF over the same hashed features as the perceptron, trained by stochastic
 * gradient descent on the L2-regularised log-likelihood (the "l2sgd" scheme of CRFsuite:
 * learning rate η_t = 1 / (λ (t0 + t)), λ = 2·c2 / N, the weight decay folded into one global
 * scale factor so that each step only touches the active features).
 *
 * Forward-backward runs with per-position scaling over the 9 labels and respects the BIO
 * constraints (disallowed transitions have probability 0), exactly like the Viterbi decoder.
 */
import { FeatureDropout } from "./dropout.js";
import { MAXF } from "./features.js";
import { L } from "./labels.js";
import { DenseWeights } from "./model.js";
import { type FeatureCorpus, rng, shuffle } from "./perceptron.js";
import { ALLOWED } from "./viterbi.js";

export interface CrfOptions {
  epochs: number;
  hashBits: number;
  /** L2 strength per corpus (CRFsuite's c2): λ = 2·c2 / number of sentences */
  c2: number;
  /** initial learning rate η0 = 1 / (λ t0) */
  eta0: number;
  seed?: number;
  /** probability of hiding a token's word-identity features in a training step */
  dropWord?: number;
  /** called after each epoch with the mean negative log-likelihood per sentence */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** Buffers for forward-backward over sentences of up to `cap` tokens. */
export class Lattice {
  alpha: Float64Array;
  beta: Float64Array;
  /** emission potentials exp(em − max) per position */
  pot: Float64Array;
  /** per-position scaling factors */
  scale: Float64Array;
  /** node marginals P(y_i = y) */
  marg: Float64Array;
  /** transition potentials exp(trans) (0 where BIO forbids) */
  readonly tpot = new Float64Array((L + 1) * L);
  /** expected transition counts (row 0 = sentence start) */
  readonly tmarg = new Float64Array((L + 1) * L);
  constructor(cap = 64) {
    this.alpha = new Float64Array(cap * L);
    this.beta = new Float64Array(cap * L);
    this.pot = new Float64Array(cap * L);
    this.scale = new Float64Array(cap);
    this.marg = new Float64Array(cap * L);
  }
  private ensure(n: number): void {
    if (this.scale.length >= n) return;
    const cap = n * 2;
    this.alpha = new Float64Array(cap * L);
    this.beta = new Float64Array(cap * L);
    this.pot = new Float64Array(cap * L);
    this.scale = new Float64Array(cap);
    this.marg = new Float64Array(cap * L);
  }

  /**
   * Fills `marg` (node marginals) and `tmarg` (expected transition counts) for emission scores
   * em[i*L+y] and transition scores trans[(prev+1)*L+y]; returns log Z.
   */
  run(em: Float32Array, n: number, trans: Float32Array): number {
    this.ensure(n);
    const { alpha, beta, pot, scale, marg, tpot, tmarg } = this;
    for (let k = 0; k < tpot.length; k++) tpot[k] = ALLOWED[k] ? Math.exp(trans[k]) : 0;
    let logZ = 0;
    for (let i = 0; i < n; i++) {
      const b = i * L;
      let mx = Number.NEGATIVE_INFINITY;
      for (let y = 0; y < L; y++) if (em[b + y] > mx) mx = em[b + y];
      for (let y = 0; y < L; y++) pot[b + y] = Math.exp(em[b + y] - mx);
      logZ += mx;
    }
    // forward
    let s = 0;
    for (let y = 0; y < L; y++) {
      const a = tpot[y] * pot[y];
      alpha[y] = a;
      s += a;
    }
    scale[0] = s;
    for (let y = 0; y < L; y++) alpha[y] /= s;
    for (let i = 1; i < n; i++) {
      const b = i * L;
      const pb = b - L;
      s = 0;
      for (let y = 0; y < L; y++) {
        let a = 0;
        for (let p = 0; p < L; p++) a += alpha[pb + p] * tpot[(p + 1) * L + y];
        a *= pot[b + y];
        alpha[b + y] = a;
        s += a;
      }
      scale[i] = s;
      for (let y = 0; y < L; y++) alpha[b + y] /= s;
    }
    for (let i = 0; i < n; i++) logZ += Math.log(scale[i]);
    // backward (scaled with the same factors)
    const lb = (n - 1) * L;
    for (let y = 0; y < L; y++) beta[lb + y] = 1;
    for (let i = n - 2; i >= 0; i--) {
      const b = i * L;
      const nb = b + L;
      const c = scale[i + 1];
      for (let p = 0; p < L; p++) {
        let v = 0;
        for (let y = 0; y < L; y++) v += tpot[(p + 1) * L + y] * pot[nb + y] * beta[nb + y];
        beta[b + p] = v / c;
      }
    }
    for (let k = 0; k < n * L; k++) marg[k] = alpha[k] * beta[k];
    // expected transitions
    tmarg.fill(0);
    for (let y = 0; y < L; y++) tmarg[y] = marg[y];
    for (let i = 1; i < n; i++) {
      const b = i * L;
      const pb = b - L;
      const c = scale[i];
      for (let p = 0; p < L; p++) {
        const a = alpha[pb + p];
        if (a === 0) continue;
        for (let y = 0; y < L; y++) {
          const k = (p + 1) * L + y;
          tmarg[k] += (a * tpot[k] * pot[b + y] * beta[b + y]) / c;
        }
      }
    }
    return logZ;
  }
}

/** Score of a label sequence (sum of its emission and transition scores). */
export function pathScore(em: Float32Array, n: number, trans: Float32Array, labels: ArrayLike<number>): number {
  let s = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    s += em[i * L + y] + trans[(prev + 1) * L + y];
    prev = y;
  }
  return s;
}

export function trainCrf(corpus: FeatureCorpus, opts: CrfOptions): DenseWeights {
  const model = new DenseWeights(opts.hashBits);
  // v holds the weights divided by the global decay factor `wscale`
  const v = model.w;
  const tv = new Float32Array(model.trans.length);
  const trans = model.trans;
  const mask = model.mask;
  const nSent = corpus.offsets.length - 1;
  const rand = rng(opts.seed ?? 13);
  const order = Array.from({ length: nSent }, (_, i) => i);
  let maxLen = 1;
  for (let s = 0; s < nSent; s++) maxLen = Math.max(maxLen, corpus.offsets[s + 1] - corpus.offsets[s]);
  const em = new Float32Array(maxLen * L);
  // word dropout only: feature dropout lowered the CRF's F1 (the L2 prior already spreads weight)
  const dropout = new FeatureDropout(maxLen, opts.dropWord ?? 0, 0);
  const lat = new Lattice(maxLen);
  const lambda = (2 * opts.c2) / nSent;
  const t0 = 1 / (lambda * opts.eta0);
  let wscale = 1;
  let t = 0;
  const rescale = (): void => {
    for (let i = 0; i < v.length; i++) v[i] *= wscale;
    for (let i = 0; i < tv.length; i++) tv[i] *= wscale;
    wscale = 1;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rand);
    let loss = 0;
    for (const s of order) {
      const from = corpus.offsets[s];
      const n = corpus.offsets[s + 1] - from;
      if (n === 0) continue;
      let feats = corpus.feats.subarray(from * MAXF, (from + n) * MAXF);
      const counts = corpus.counts.subarray(from, from + n);
      if (dropout.active) feats = dropout.apply(feats, counts, n, rand).feats;
      const gold = corpus.labels.subarray(from, from + n);
      model.emissions(feats, counts, n, MAXF, em);
      for (let k = 0; k < n * L; k++) em[k] *= wscale;
      for (let k = 0; k < trans.length; k++) trans[k] = tv[k] * wscale;
      const logZ = lat.run(em, n, trans);
      loss += logZ - pathScore(em, n, trans, gold);
      const eta = 1 / (lambda * (t0 + t));
      t++;
      wscale *= 1 - eta * lambda;
      if (wscale < 1e-6) rescale();
      const step = eta / wscale;
      const marg = lat.marg;
      for (let i = 0; i < n; i++) {
        const b = i * L;
        const g = gold[i];
        const fb = i * MAXF;
        const c = counts[i];
        for (let k = 0; k < c; k++) {
          const r = (feats[fb + k] & mask) * L;
          for (let y = 0; y < L; y++) v[r + y] -= step * marg[b + y];
          v[r + g] += step;
        }
      }
      const tm = lat.tmarg;
      for (let k = 0; k < tv.length; k++) tv[k] -= step * tm[k];
      let prev = -1;
      for (let i = 0; i < n; i++) {
        tv[(prev + 1) * L + gold[i]] += step;
        prev = gold[i];
      }
    }
    opts.onEpoch?.(epoch, loss / nSent);
  }
  rescale();
  trans.set(tv);
  return model;
}
