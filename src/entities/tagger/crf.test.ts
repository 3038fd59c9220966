import { describe, expect, it } from "vitest";
import { Lattice, pathScore, trainCrf } from "./crf.js";
import { MAXF } from "./features.js";
import { L } from "./labels.js";
import { rng } from "./perceptron.js";
import { ALLOWED, viterbi } from "./viterbi.js";

/** All BIO-allowed label sequences of length n. */
function sequences(n: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    const next: number[][] = [];
    for (const s of out) {
      const prev = s.length ? s[s.length - 1] : -1;
      for (let y = 0; y < L; y++) if (ALLOWED[(prev + 1) * L + y]) next.push([...s, y]);
    }
    out = next;
  }
  return out;
}

function randomScores(n: number, seed: number): { em: Float32Array; trans: Float32Array } {
  const r = rng(seed);
  const em = new Float32Array(n * L).map(() => (r() - 0.5) * 6);
  const trans = new Float32Array((L + 1) * L).map(() => (r() - 0.5) * 4);
  return { em, trans };
}

describe("CRF forward-backward", () => {
  it("matches brute-force enumeration: log Z, node marginals and expected transitions", () => {
    const n = 4;
    const { em, trans } = randomScores(n, 7);
    const seqs = sequences(n);
    const scores = seqs.map((s) => pathScore(em, n, trans, s));
    const mx = Math.max(...scores);
    const z = scores.reduce((a, s) => a + Math.exp(s - mx), 0);
    const marg = new Float64Array(n * L);
    const tmarg = new Float64Array((L + 1) * L);
    seqs.forEach((s, k) => {
      const p = Math.exp(scores[k] - mx) / z;
      let prev = -1;
      for (let i = 0; i < n; i++) {
        marg[i * L + s[i]] += p;
        tmarg[(prev + 1) * L + s[i]] += p;
        prev = s[i];
      }
    });
    const lat = new Lattice(2);
    const logZ = lat.run(em, n, trans);
    expect(logZ).toBeCloseTo(mx + Math.log(z), 4);
    for (let k = 0; k < n * L; k++) expect(lat.marg[k]).toBeCloseTo(marg[k], 5);
    for (let k = 0; k < tmarg.length; k++) expect(lat.tmarg[k]).toBeCloseTo(tmarg[k], 5);
    // forbidden transitions (O → I-PER) get no mass
    expect(lat.tmarg[1 * L + 2]).toBe(0);
  });

  it("handles one-token sentences", () => {
    const { em, trans } = randomScores(1, 3);
    const lat = new Lattice();
    lat.run(em, 1, trans);
    let s = 0;
    for (let y = 0; y < L; y++) s += lat.marg[y];
    expect(s).toBeCloseTo(1, 6);
    // I- labels cannot start a sentence
    expect(lat.marg[2]).toBe(0);
  });
});

describe("CRF training", () => {
  it("learns a separable toy task and lowers the loss", () => {
    // two sentences: feature 100 → B-PER, 101 → I-PER, 102 → O
    const sents = [
      [100, 101, 102],
      [102, 100, 102],
    ];
    const labels = [1, 2, 0, 0, 1, 0];
    const total = 6;
    const feats = new Uint32Array(total * MAXF);
    const counts = new Uint8Array(total);
    let t = 0;
    for (const s of sents)
      for (const f of s) {
        feats[t * MAXF] = 1; // bias
        feats[t * MAXF + 1] = f;
        counts[t] = 2;
        t++;
      }
    const corpus = { feats, counts, offsets: Uint32Array.from([0, 3, 6]), labels: Uint8Array.from(labels) };
    const losses: number[] = [];
    const m = trainCrf(corpus, { epochs: 30, hashBits: 10, c2: 0.01, eta0: 0.5, onEpoch: (_, l) => losses.push(l) });
    expect(losses[losses.length - 1]).toBeLessThan(losses[0] / 4);
    const em = new Float32Array(3 * L);
    const out = new Uint8Array(3);
    m.emissions(feats.subarray(3 * MAXF), counts.subarray(3), 3, MAXF, em);
    viterbi(em, 3, m.trans, out);
    expect([...out]).toEqual([0, 1, 0]);
  });
});
