/**
 * First-order Viterbi decoding under BIO constraints: I-X only after B-X or I-X.
 * `em[i*L + y]` are emission scores, `trans[(prev+1)*L + y]` transition scores
 * (row 0 = sentence start).
 */
import { allowed, L } from "./labels.js";

/** allowedMask[(prev+1)*L + y] = 1 if y may follow prev. */
export const ALLOWED = (() => {
  const m = new Uint8Array((L + 1) * L);
  for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) m[(p + 1) * L + y] = allowed(p, y) ? 1 : 0;
  return m;
})();

/** For each label y, the labels that may precede it, in increasing order (I-X only after B-X or I-X). */
const PREV: readonly Int8Array[] = Array.from({ length: L }, (_, y) => {
  const ps: number[] = [];
  for (let p = 0; p < L; p++) if (ALLOWED[(p + 1) * L + y]) ps.push(p);
  return Int8Array.from(ps);
});

let delta = new Float64Array(64 * L);
let back = new Int8Array(64 * L);

export function viterbi(em: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  if (delta.length < n * L) {
    delta = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  for (let y = 0; y < L; y++) delta[y] = ALLOWED[y] ? trans[y] + em[y] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const b = i * L;
    const pb = b - L;
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const prev = PREV[y];
      for (let k = 0; k < prev.length; k++) {
        const p = prev[k];
        const s = delta[pb + p] + trans[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[b + y] = best + em[b + y];
      back[b + y] = arg;
    }
  }
  const lb = (n - 1) * L;
  let arg = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let y = 0; y < L; y++) {
    if (delta[lb + y] > best) {
      best = delta[lb + y];
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}
