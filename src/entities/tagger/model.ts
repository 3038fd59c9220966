/**
 * The NER model: hashed feature weights (one row of L label weights per feature bucket)
 * plus label transitions. At training time the rows are a dense Float32Array over 2^bits
 * buckets; the saved model keeps only non-zero rows, quantised to Int16, gzip-compressed,
 * and looked up through an open-addressing table at run time.
 *
 * File layout (before gzip), little-endian:
 *   "LBNER001" | u32 headerLength | header JSON (utf8) | pad to 4 |
 *   u32 rows[nRows] | i16 weights[nRows*L] | pad to 4 | f32 trans[(L+1)*L] | cluster table (utf8 "word\tid\n") |
 *   name table (utf8 "word\tflags\n") | entity memory (utf8, see memory.ts)
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { L, LABELS } from "./labels.js";
import { EntityMemory } from "./memory.js";

const MAGIC = "LBNER001";

export interface ModelHeader {
  _source: string;
  version: 1;
  labels: readonly string[];
  hashBits: number;
  nRows: number;
  /** weights are int16 / scale */
  scale: number;
  clusterBytes: number;
  /** bytes of the name-list section ("word\tflags" lines) after the cluster table */
  namesBytes: number;
  /** bytes of the entity-memory section after the name list (0 or absent: none) */
  memoryBytes?: number;
  trainedOn: string;
  epochs: number;
  featureSet: string;
  /** whether gazetteer (KB) features were used in training (and so must be at run time) */
  gazetteer: boolean;
}

/** Anything that yields emission scores for a sentence's features. */
export interface Scorer {
  readonly trans: Float32Array;
  emissions(feats: Uint32Array, counts: Uint8Array, n: number, maxf: number, em: Float32Array): void;
}

/** Dense hashed weights used while training. */
export class DenseWeights implements Scorer {
  readonly mask: number;
  readonly w: Float32Array;
  readonly trans = new Float32Array((L + 1) * L);
  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * L);
  }
  emissions(feats: Uint32Array, counts: Uint8Array, n: number, maxf: number, em: Float32Array): void {
    const w = this.w;
    const mask = this.mask;
    em.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const b = i * L;
      const fb = i * maxf;
      const c = counts[i];
      for (let k = 0; k < c; k++) {
        const r = (feats[fb + k] & mask) * L;
        for (let y = 0; y < L; y++) em[b + y] += w[r + y];
      }
    }
  }
}

/** Int32 words per slot of SparseWeights' table: the bucket, then the 9 int16 weights packed two to a word. */
const SLOT = 6;

/**
 * The slots of 2^log buckets: bucket rows[r] at the first free slot from its hash, then its 9 weights, two to a
 * word (slots left free hold -1 throughout; only their bucket word is read).
 */
function packSlots(rows: Uint32Array, weights: Int16Array, log: number): Int32Array {
  const t = new Int32Array(SLOT << log).fill(-1);
  const shift = 32 - log;
  const tmask = (1 << log) - 1;
  for (let r = 0; r < rows.length; r++) {
    const b = rows[r];
    let s = Math.imul(b, 0x9e3779b1) >>> shift;
    while (t[s * SLOT] !== -1) s = (s + 1) & tmask;
    const o = s * SLOT;
    const w = r * L;
    t[o] = b;
    t[o + 1] = (weights[w] & 0xffff) | (weights[w + 1] << 16);
    t[o + 2] = (weights[w + 2] & 0xffff) | (weights[w + 3] << 16);
    t[o + 3] = (weights[w + 4] & 0xffff) | (weights[w + 5] << 16);
    t[o + 4] = (weights[w + 6] & 0xffff) | (weights[w + 7] << 16);
    t[o + 5] = weights[w + 8];
  }
  return t;
}

/**
 * Sparse quantised weights (the shipped model): an open-addressing table whose slots hold the bucket and its row
 * of weights together (one memory access per feature found), small enough to stay in the CPU caches.
 */
export class SparseWeights implements Scorer {
  readonly mask: number;
  private readonly table: Int32Array;
  private readonly tmask: number;
  private readonly shift: number;
  constructor(
    readonly bits: number,
    rows: Uint32Array,
    readonly weights: Int16Array,
    readonly trans: Float32Array,
  ) {
    if (L !== 9) throw new Error("SparseWeights is unrolled for 9 labels");
    this.mask = (1 << bits) - 1;
    let log = 4;
    while (1 << log < rows.length * 1.6) log++;
    this.tmask = (1 << log) - 1;
    this.shift = 32 - log;
    const t = packSlots(rows, weights, log);
    this.table = t;
  }
  /** Offset of bucket b's slot in the table, or -1. */
  private slot(b: number): number {
    const t = this.table;
    const key = b & this.mask;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = t[s * SLOT];
      if (k === key) return s * SLOT;
      if (k === -1) return -1;
      s = (s + 1) & this.tmask;
    }
  }
  /**
   * Adds the weight rows of feats[from, from + count) to sums[at, at + L) (integers: the order of the additions
   * does not change the result).
   */
  addRows(feats: Uint32Array, from: number, count: number, sums: Int32Array, at: number): void {
    const t = this.table;
    for (let k = from; k < from + count; k++) {
      const o = this.slot(feats[k]);
      if (o < 0) continue;
      for (let y = 0; y < 4; y++) {
        const x = t[o + 1 + y];
        sums[at + 2 * y] += (x << 16) >> 16;
        sums[at + 2 * y + 1] += x >> 16;
      }
      sums[at + 8] += t[o + 5];
    }
  }

  /**
   * Emission scores; with `base`, token i's scores start from base[baseAt[i], +L) (the summed weights of features
   * left out of `feats`, see addRows) instead of 0.
   */
  emissions(
    feats: Uint32Array,
    counts: Uint8Array,
    n: number,
    maxf: number,
    em: Float32Array,
    base: Int32Array | null = null,
    baseAt: Int32Array | null = null,
  ): void {
    const mask = this.mask;
    const t = this.table;
    const tmask = this.tmask;
    const shift = this.shift;
    for (let i = 0; i < n; i++) {
      const b = i * L;
      const fb = i * maxf;
      const c = counts[i];
      let e0 = 0;
      let e1 = 0;
      let e2 = 0;
      let e3 = 0;
      let e4 = 0;
      let e5 = 0;
      let e6 = 0;
      let e7 = 0;
      let e8 = 0;
      if (base && baseAt) {
        const a = baseAt[i];
        e0 = base[a];
        e1 = base[a + 1];
        e2 = base[a + 2];
        e3 = base[a + 3];
        e4 = base[a + 4];
        e5 = base[a + 5];
        e6 = base[a + 6];
        e7 = base[a + 7];
        e8 = base[a + 8];
      }
      for (let k = 0; k < c; k++) {
        const key = feats[fb + k] & mask;
        let s = Math.imul(key, 0x9e3779b1) >>> shift;
        let o = -1;
        for (;;) {
          const kk = t[s * SLOT];
          if (kk === key) {
            o = s * SLOT;
            break;
          }
          if (kk === -1) break;
          s = (s + 1) & tmask;
        }
        if (o < 0) continue;
        // int16 pairs: low half sign-extended, high half by the arithmetic shift
        const w01 = t[o + 1];
        const w23 = t[o + 2];
        const w45 = t[o + 3];
        const w67 = t[o + 4];
        e0 += (w01 << 16) >> 16;
        e1 += w01 >> 16;
        e2 += (w23 << 16) >> 16;
        e3 += w23 >> 16;
        e4 += (w45 << 16) >> 16;
        e5 += w45 >> 16;
        e6 += (w67 << 16) >> 16;
        e7 += w67 >> 16;
        e8 += t[o + 5];
      }
      em[b] = e0;
      em[b + 1] = e1;
      em[b + 2] = e2;
      em[b + 3] = e3;
      em[b + 4] = e4;
      em[b + 5] = e5;
      em[b + 6] = e6;
      em[b + 7] = e7;
      em[b + 8] = e8;
    }
  }
}

export interface LoadedModel {
  header: ModelHeader;
  scorer: SparseWeights;
  clusters: Map<string, number> | null;
  names: Map<string, number> | null;
  memory: EntityMemory | null;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Serialises averaged dense weights: keeps rows with any |w| ≥ minAbs, quantises to int16. */
export function encodeModel(
  dense: DenseWeights,
  meta: Omit<
    ModelHeader,
    "version" | "labels" | "hashBits" | "nRows" | "scale" | "clusterBytes" | "namesBytes" | "memoryBytes"
  >,
  clusters: ReadonlyMap<string, number> | null,
  names: ReadonlyMap<string, number> | null = null,
  memory: EntityMemory | null = null,
  minAbs = 1e-3,
): Buffer {
  const w = dense.w;
  const nb = 1 << dense.bits;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) {
    const a = Math.abs(w[i]);
    if (a > maxAbs) maxAbs = a;
  }
  for (let i = 0; i < dense.trans.length; i++) {
    const a = Math.abs(dense.trans[i]);
    if (a > maxAbs) maxAbs = a;
  }
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const minQ = Math.max(1, Math.round(minAbs * scale));
  const keep: number[] = [];
  for (let b = 0; b < nb; b++) {
    const r = b * L;
    for (let y = 0; y < L; y++) {
      if (Math.abs(Math.round(w[r + y] * scale)) >= minQ) {
        keep.push(b);
        break;
      }
    }
  }
  const rows = Uint32Array.from(keep);
  const weights = new Int16Array(rows.length * L);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] * L;
    for (let y = 0; y < L; y++) weights[k * L + y] = Math.round(w[r + y] * scale);
  }
  const trans = new Float32Array(dense.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = dense.trans[i] * scale;
  const table = (m: ReadonlyMap<string, number> | null): Buffer => {
    if (!m) return Buffer.alloc(0);
    const parts: string[] = [];
    for (const [word, id] of m) parts.push(`${word}\t${id}`);
    return Buffer.from(parts.join("\n"), "utf8");
  };
  const clusterBuf = table(clusters);
  const namesBuf = table(names);
  const memBuf = memory ? Buffer.from(memory.encode(), "utf8") : Buffer.alloc(0);
  const header: ModelHeader = {
    ...meta,
    version: 1,
    labels: LABELS,
    hashBits: dense.bits,
    nRows: rows.length,
    scale,
    clusterBytes: clusterBuf.length,
    namesBytes: namesBuf.length,
    memoryBytes: memBuf.length,
  };
  const headerBuf = Buffer.from(JSON.stringify(header), "utf8");
  const hEnd = pad4(8 + 4 + headerBuf.length);
  const wEnd = pad4(hEnd + rows.byteLength + weights.byteLength);
  const total = wEnd + trans.byteLength + clusterBuf.length + namesBuf.length + memBuf.length;
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(headerBuf.length, 8);
  headerBuf.copy(out, 12);
  Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength).copy(out, hEnd);
  Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).copy(out, hEnd + rows.byteLength);
  Buffer.from(trans.buffer, trans.byteOffset, trans.byteLength).copy(out, wEnd);
  clusterBuf.copy(out, wEnd + trans.byteLength);
  namesBuf.copy(out, wEnd + trans.byteLength + clusterBuf.length);
  memBuf.copy(out, wEnd + trans.byteLength + clusterBuf.length + namesBuf.length);
  return gzipSync(out, { level: 9 });
}

export function decodeModel(gz: Buffer): LoadedModel {
  const raw = gunzipSync(gz);
  // copy into an aligned ArrayBuffer
  const buf = new Uint8Array(raw.length);
  buf.set(raw);
  const dv = Buffer.from(buf.buffer, 0, buf.length);
  if (dv.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a lagebild NER model (bad magic)");
  const hLen = dv.readUInt32LE(8);
  const header = JSON.parse(dv.toString("utf8", 12, 12 + hLen)) as ModelHeader;
  if (header.labels.length !== L) throw new Error("NER model label set does not match this version");
  const hEnd = pad4(12 + hLen);
  const rows = new Uint32Array(buf.buffer, hEnd, header.nRows);
  const weights = new Int16Array(buf.buffer, hEnd + rows.byteLength, header.nRows * L);
  const wEnd = pad4(hEnd + rows.byteLength + weights.byteLength);
  const trans = new Float32Array(buf.buffer, wEnd, (L + 1) * L);
  const table = (from: number, bytes: number): Map<string, number> | null => {
    if (!(bytes > 0)) return null;
    const m = new Map<string, number>();
    for (const line of dv.toString("utf8", from, from + bytes).split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) m.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    return m;
  };
  const cStart = wEnd + trans.byteLength;
  const clusters = table(cStart, header.clusterBytes);
  const names = table(cStart + header.clusterBytes, header.namesBytes ?? 0);
  const mStart = cStart + header.clusterBytes + (header.namesBytes ?? 0);
  const memBytes = header.memoryBytes ?? 0;
  const memory = memBytes > 0 ? EntityMemory.decode(dv.toString("utf8", mStart, mStart + memBytes)) : null;
  return {
    header,
    scorer: new SparseWeights(header.hashBits, rows, weights, trans),
    clusters,
    names,
    memory,
  };
}
