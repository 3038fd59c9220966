/**
 * A read-only string → string table stored as one text block of "key\tvalue" lines sorted by key
 * (UTF-16 code unit order). Lookups binary-search the block; nothing is parsed up front except the
 * line offsets, so loading a table of 150,000 lines costs a few milliseconds. Results are memoised.
 */
import { memoKey } from "../doc/memo.js";

/** Bits of the membership filter (2^21 = 256 KB): with ~150,000 keys and two probes, ~1% false positives. */
const FILTER_BITS = 1 << 21;

/** FNV-1a over UTF-16 code units of s[from, to). */
function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class SortedTable {
  private readonly blob: string;
  private starts: Uint32Array | undefined;
  /** Membership filter over the keys: a miss here means the key is absent (most tokens). */
  private filter: Uint8Array | undefined;
  private readonly memo = new Map<string, string>();

  constructor(blob: string) {
    this.blob = blob;
  }

  get size(): number {
    return this.lineStarts().length;
  }

  private lineStarts(): Uint32Array {
    if (!this.starts) {
      const b = this.blob;
      if (!b) {
        this.starts = new Uint32Array(0);
        return this.starts;
      }
      let n = 1;
      for (let p = b.indexOf("\n"); p >= 0; p = b.indexOf("\n", p + 1)) n++;
      const s = new Uint32Array(n);
      let k = 1;
      for (let p = b.indexOf("\n"); p >= 0; p = b.indexOf("\n", p + 1)) s[k++] = p + 1;
      this.starts = s;
    }
    return this.starts;
  }

  private buildFilter(): Uint8Array {
    const f = new Uint8Array(FILTER_BITS >>> 3);
    const b = this.blob;
    const starts = this.lineStarts();
    const len = b.length;
    for (let k = 0; k < starts.length; k++) {
      // fnv(b, s, tab) for the first tab from s, hashed while looking for it (one pass over the key)
      let h = 0x811c9dc5;
      let i = starts[k];
      for (let c = b.charCodeAt(i); i < len && c !== 9; c = b.charCodeAt(++i)) h = Math.imul(h ^ c, 0x01000193);
      if (i >= len) continue;
      h >>>= 0;
      const a = h & (FILTER_BITS - 1);
      const c = (h >>> 11) & (FILTER_BITS - 1);
      f[a >>> 3] |= 1 << (a & 7);
      f[c >>> 3] |= 1 << (c & 7);
    }
    return f;
  }

  /** False when the key is certainly absent (no search needed). */
  mayHave(key: string): boolean {
    if (!this.filter) this.filter = this.buildFilter();
    const h = fnv(key, 0, key.length);
    const a = h & (FILTER_BITS - 1);
    const c = (h >>> 11) & (FILTER_BITS - 1);
    return (this.filter[a >>> 3] & (1 << (a & 7))) !== 0 && (this.filter[c >>> 3] & (1 << (c & 7))) !== 0;
  }

  get(key: string): string | undefined {
    if (!this.mayHave(key)) return undefined;
    const m = this.memo.get(key);
    if (m !== undefined) return m;
    const v = this.search(key);
    if (v === null) return undefined;
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(memoKey(key), v);
    return v;
  }

  private search(key: string): string | null {
    const starts = this.lineStarts();
    const b = this.blob;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid];
      const tab = b.indexOf("\t", s);
      const k = b.slice(s, tab);
      if (k === key) {
        const nl = b.indexOf("\n", tab);
        return b.slice(tab + 1, nl < 0 ? b.length : nl);
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Every line as [key, value] (for tools; not for hot paths). */
  *entries(): IterableIterator<[string, string]> {
    if (!this.blob) return;
    for (const line of this.blob.split("\n")) {
      const t = line.indexOf("\t");
      yield [line.slice(0, t), line.slice(t + 1)];
    }
  }
}

/** Sorts "key\tvalue" lines the way SortedTable expects. */
export function sortTableLines(lines: string[]): string {
  const keyed = lines.map((l) => [l.slice(0, l.indexOf("\t")), l] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map((k) => k[1]).join("\n");
}
