import { describe, expect, it } from "vitest";
import { FeatureDropout } from "./dropout.js";
import { MAXF } from "./features.js";
import { rng } from "./perceptron.js";

/** Two tokens: 40 and 5 features (slot 0 bias, 1–2 word identity, the rest other features). */
function sentence(): { feats: Uint32Array; counts: Uint8Array } {
  const feats = new Uint32Array(2 * MAXF);
  const counts = Uint8Array.from([40, 5]);
  for (let i = 0; i < 2; i++) for (let k = 0; k < counts[i]; k++) feats[i * MAXF + k] = 1000 * (i + 1) + k;
  return { feats, counts };
}

describe("FeatureDropout", () => {
  it("leaves the features untouched when both probabilities are 0", () => {
    const { feats, counts } = sentence();
    const d = new FeatureDropout(2, 0, 0);
    expect(d.active).toBe(false);
    const out = d.apply(feats, counts, 2, rng(1));
    expect(Array.from(out.counts)).toEqual([40, 5]);
    expect(Array.from(out.feats)).toEqual(Array.from(feats));
  });

  it("hides only the word-identity slots under word dropout, keeping every feature count", () => {
    const { feats, counts } = sentence();
    const out = new FeatureDropout(2, 0.999, 0).apply(feats, counts, 2, rng(7));
    expect(Array.from(out.counts)).toEqual([40, 5]);
    expect(out.feats[1]).not.toBe(feats[1]);
    expect(out.feats[2]).toBe(out.feats[1]);
    expect(out.feats[0]).toBe(feats[0]);
    expect(Array.from(out.feats.subarray(3, 40))).toEqual(Array.from(feats.subarray(3, 40)));
  });

  it("drops other features at about the given rate, never the bias or word slots, keeping order", () => {
    const { feats, counts } = sentence();
    const d = new FeatureDropout(2, 0, 0.25);
    const rand = rng(3);
    let kept = 0;
    let total = 0;
    for (let round = 0; round < 200; round++) {
      const out = d.apply(feats, counts, 2, rand);
      for (let i = 0; i < 2; i++) {
        const b = i * MAXF;
        expect(out.counts[i]).toBeGreaterThanOrEqual(3);
        expect(out.counts[i]).toBeLessThanOrEqual(counts[i]);
        for (let k = 0; k < 3; k++) expect(out.feats[b + k]).toBe(feats[b + k]);
        for (let k = 4; k < out.counts[i]; k++) expect(out.feats[b + k]).toBeGreaterThan(out.feats[b + k - 1]);
        kept += out.counts[i] - 3;
        total += counts[i] - 3;
      }
    }
    expect(kept / total).toBeGreaterThan(0.7);
    expect(kept / total).toBeLessThan(0.8);
  });

  it("does not change the corpus arrays it reads", () => {
    const { feats, counts } = sentence();
    const copy = feats.slice();
    new FeatureDropout(2, 0.5, 0.5).apply(feats, counts, 2, rng(5));
    expect(Array.from(feats)).toEqual(Array.from(copy));
    expect(Array.from(counts)).toEqual([40, 5]);
  });
});
