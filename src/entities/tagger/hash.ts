/**
 * 32-bit hashing for feature strings (FNV-1a over UTF-16 code units) and template mixing.
 * Results are signed int32 (`| 0`): the same 32 bits as the unsigned value wherever they are
 * stored (Uint32Array feature rows) or masked (`& mask`), but a small integer to V8 — an
 * unsigned value ≥ 2³¹ would be boxed as a heap number on every call that is not inlined.
 */

export const FNV_SEED = 0x811c9dc5;

/** FNV-1a over s[from, to). */
export function hashRange(s: string, from: number, to: number, seed = FNV_SEED): number {
  let h = seed;
  for (let k = from; k < to; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a feature template id with a value hash (murmur3 finaliser). */
export function mix(template: number, value: number): number {
  let x = Math.imul(value ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/** Combines two value hashes. */
export function pair(a: number, b: number): number {
  return mix(a, b ^ 0x5bd1e995);
}
