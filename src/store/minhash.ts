/**
 * Near-duplicate detection: MinHash signatures over word 5-shingles and LSH banding.
 * 128 hashes in 16 bands of 8 rows: a pair with Jaccard 0.8 becomes a candidate with
 * probability ≈ 0.95, a pair with Jaccard 0.5 with ≈ 0.06; candidates are then checked
 * against the estimated Jaccard (share of equal signature slots) ≥ NEAR_DUP_THRESHOLD.
 */

export const NUM_HASHES = 128;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE = 5;
export const NEAR_DUP_THRESHOLD = 0.8;

const SEEDS = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = fmix(x + 0x6d2b79f5 + i);
    s[i] = x;
  }
  return s;
})();

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words for shingling: lower-cased letter/digit runs. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** MinHash signature of a text, or null when it has no words. */
export function minhash(text: string): Uint32Array | null {
  const w = words(text);
  if (!w.length) return null;
  const wh = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) wh[i] = fnv(w[i]);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // shingle hash: combine up to SHINGLE word hashes
    let h = 0x345678;
    for (let k = i; k < Math.min(i + SHINGLE, w.length); k++) h = fmix(h ^ wh[k]) + k - i;
    h >>>= 0;
    for (let j = 0; j < NUM_HASHES; j++) {
      const v = fmix(h ^ SEEDS[j]);
      if (v < sig[j]) sig[j] = v;
    }
  }
  return sig;
}

/** The LSH band keys of a signature (one signed 32-bit key per band). */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x1b873593 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[b * ROWS + r]);
    out.push(h | 0);
  }
  return out;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

export function sigToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function sigFromBuffer(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}
