/**
 * Dropout of training features (perceptron and CRF training only; never at run time). Each
 * training step sees a copy of the sentence's features in which
 * - a token's word-identity features (slots 1 and 2: the lower-cased and the exact form) are
 *   replaced by one "word hidden" feature with probability `word` (word dropout), and
 * - every other feature except the bias (slot 0) is left out with probability `feature`
 *   (feature dropout; the kept ones move forward, so the token's count shrinks).
 * Hiding evidence at random keeps the learner from leaning on a few strong features (a known name,
 * a gazetteer hit) and makes it spread weight over the context features that also fire on names it
 * has never seen.
 */
import { MAXF } from "./features.js";

/** Feature id standing in for a hidden word (a constant outside the template hashes' typical use). */
const WORD_HIDDEN = 0x5eed;

export class FeatureDropout {
  private readonly feats: Uint32Array;
  private readonly counts: Uint8Array;
  constructor(
    maxLen: number,
    readonly word: number,
    readonly feature: number,
  ) {
    this.feats = new Uint32Array(maxLen * MAXF);
    this.counts = new Uint8Array(maxLen);
  }

  /** Whether `apply` changes anything. */
  get active(): boolean {
    return this.word > 0 || this.feature > 0;
  }

  /**
   * The dropped-out copy of a sentence's n tokens (features at stride MAXF, counts per token), in
   * buffers reused by the next call.
   */
  apply(
    feats: Uint32Array,
    counts: Uint8Array,
    n: number,
    rand: () => number,
  ): { feats: Uint32Array; counts: Uint8Array } {
    const out = this.feats.subarray(0, n * MAXF);
    out.set(feats.subarray(0, n * MAXF));
    if (this.word > 0) {
      for (let i = 0; i < n; i++) {
        if (rand() < this.word) {
          out[i * MAXF + 1] = WORD_HIDDEN;
          out[i * MAXF + 2] = WORD_HIDDEN;
        }
      }
    }
    if (!(this.feature > 0)) return { feats: out, counts };
    const outCounts = this.counts.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const b = i * MAXF;
      const c = counts[i];
      let f = Math.min(3, c);
      for (let k = 3; k < c; k++) if (rand() >= this.feature) out[b + f++] = out[b + k];
      outCounts[i] = f;
    }
    return { feats: out, counts: outCounts };
  }
}
