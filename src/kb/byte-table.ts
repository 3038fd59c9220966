/**
 * Read-only tables kept as the UTF-8 bytes of their file: nothing is decoded to JavaScript strings up front (a
 * 10 MB table with some non-Latin-1 names costs as a string twice its size and most of its load time), only the
 * lines a lookup touches. ByteLines gives lines by number; ByteTable is a "key\tvalue" table sorted by the UTF-8
 * bytes of its keys (sortByteLines), searched by bisection; a table asked often (a corpus run) builds a membership
 * filter over its keys after a few thousand searches, so that most misses need none (a single short analysis builds
 * none: the filter costs more than its few searches).
 */
import { memoKey } from "../doc/memo.js";

/** Offsets of the lines of a buffer (after each "\n"), plus the buffer's length + 1 as the end of the last one. */
function byteLineStarts(buf: Buffer): Uint32Array {
  if (!buf.length) return new Uint32Array(1);
  let n = 1;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) n++;
  const s = new Uint32Array(n + 1);
  let k = 1;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) s[k++] = p + 1;
  s[n] = buf.length + 1;
  return s;
}

export class ByteLines {
  protected readonly starts: Uint32Array;

  constructor(protected readonly buf: Buffer) {
    this.starts = byteLineStarts(buf);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Line k without its newline. */
  line(k: number): string {
    return this.buf.toString("utf8", this.starts[k], this.starts[k + 1] - 1);
  }

  /** True if line k starts with an empty cell. */
  emptyFirst(k: number): boolean {
    return this.buf[this.starts[k]] === 9;
  }

  /** Cell number `cell` of line k, decoded as Latin-1 (for ASCII cells such as ids: cheapest). */
  asciiCell(k: number, cell: number): string {
    const end = this.starts[k + 1] - 1;
    let p = this.starts[k];
    for (let c = 0; c < cell; c++) {
      const t = this.buf.indexOf(9, p);
      if (t < 0 || t >= end) return "";
      p = t + 1;
    }
    let t = this.buf.indexOf(9, p);
    if (t < 0 || t > end) t = end;
    return this.buf.toString("latin1", p, t);
  }

  /** n of cell `cell` of line k when it reads "Q<n>" (no leading zero, at most 9 digits), else -1. */
  qNumberCell(k: number, cell: number): number {
    const buf = this.buf;
    const end = this.starts[k + 1] - 1;
    let p = this.starts[k];
    // cells before it are short: a byte loop here is cheaper than a native indexOf per cell
    for (let c = 0; c < cell; c++) {
      while (p < end && buf[p] !== 9) p++;
      if (p >= end) return -1;
      p++;
    }
    if (p >= end || buf[p] !== 81 || buf[p + 1] === 48) return -1;
    let n = 0;
    let i = p + 1;
    for (; i < end && buf[i] !== 9; i++) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9 || i - p > 9) return -1;
      n = n * 10 + d;
    }
    return i - p < 2 ? -1 : n;
  }

  /** The first `cells` tab-separated cells of line k (cheaper than the whole line). */
  cells(k: number, cells: number): string[] {
    const end = this.starts[k + 1] - 1;
    let p = this.starts[k];
    for (let c = 0; c < cells && p < end; c++) {
      const t = this.buf.indexOf(9, p);
      p = t < 0 || t > end ? end : t + 1;
    }
    return this.buf.toString("utf8", this.starts[k], Math.min(p, end)).split("\t").slice(0, cells);
  }
}

/** Searches a ByteTable makes before it builds its key filter (a process that looks up a few names builds none). */
const FILTER_AFTER = 4096;
/** Bits of the key filter (2^21 = 256 KB): with ~170,000 keys and two probes, about 2 % false positives. */
const FILTER_BITS = 1 << 21;
const FILTER_MASK = FILTER_BITS - 1;
const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The two filter bits of an FNV-1a hash. */
function setBits(f: Uint32Array, h: number): void {
  const a = h & FILTER_MASK;
  const b = Math.imul(h, 0x9e3779b1) & FILTER_MASK;
  f[a >>> 5] |= 1 << (a & 31);
  f[b >>> 5] |= 1 << (b & 31);
}

/**
 * Filter over the keys of the lines (up to each line's first tab, else the whole line, as `search` reads them), hashing the code
 * points the UTF-8 bytes encode, as `mayHave` hashes the characters of a key without surrogates.
 */
function keyFilter(buf: Buffer, starts: Uint32Array): Uint32Array {
  const f = new Uint32Array(FILTER_BITS >>> 5);
  for (let k = 0; k + 1 < starts.length; k++) {
    const e = starts[k + 1] - 1;
    let h = FNV_SEED;
    let i = starts[k];
    while (i < e) {
      let c = buf[i++];
      if (c === 9) break;
      if (c >= 0xf0) c = ((c & 0x07) << 18) | ((buf[i++] & 0x3f) << 12) | ((buf[i++] & 0x3f) << 6) | (buf[i++] & 0x3f);
      else if (c >= 0xe0) c = ((c & 0x0f) << 12) | ((buf[i++] & 0x3f) << 6) | (buf[i++] & 0x3f);
      else if (c >= 0xc0) c = ((c & 0x1f) << 6) | (buf[i++] & 0x3f);
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    setBits(f, h);
  }
  return f;
}

/** False when `key` is certainly no key of the filter's table (a key with surrogates is never ruled out). */
function mayHave(f: Uint32Array, key: string): boolean {
  let h = FNV_SEED;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  const a = h & FILTER_MASK;
  const b = Math.imul(h, 0x9e3779b1) & FILTER_MASK;
  return (f[a >>> 5] & (1 << (a & 31))) !== 0 && (f[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** Most keys a ByteTable remembers the answer for (then it forgets them all). */
const MEMO_MAX = 50_000;

export class ByteTable extends ByteLines {
  /** answers already looked up (null: absent); names recur across documents */
  private readonly memo = new Map<string, string | null>();
  /** the UTF-8 bytes of the key being searched */
  private key: Buffer = Buffer.alloc(256);

  /** membership filter over the keys, built once FILTER_AFTER searches have been made (most lookups miss) */
  private filter: Uint32Array | undefined;
  private searches = 0;

  get(key: string): string | undefined {
    if (!this.length) return undefined;
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    if (this.filter ? !mayHave(this.filter, key) : ++this.searches === FILTER_AFTER && this.buildFilter(key)) {
      return undefined;
    }
    const found = this.search(key);
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(memoKey(key), found ?? null);
    return found;
  }

  /** Builds the filter; true if it rules out `key`. */
  private buildFilter(key: string): boolean {
    this.filter = keyFilter(this.buf, this.starts);
    return !mayHave(this.filter, key);
  }

  private search(key: string): string | undefined {
    if (this.key.length < key.length * 3) this.key = Buffer.alloc(key.length * 3);
    const kb = this.key;
    const klen = kb.write(key, "utf8");
    const buf = this.buf;
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.starts[mid];
      const e = this.starts[mid + 1] - 1;
      let t = s;
      while (t < e && buf[t] !== 9) t++;
      // compare the line's key buf[s, t) with the key's bytes (unsigned byte order, a prefix first)
      const len = t - s;
      const n = Math.min(len, klen);
      let i = 0;
      while (i < n && buf[s + i] === kb[i]) i++;
      const cmp = i < n ? buf[s + i] - kb[i] : len - klen;
      if (cmp === 0) return buf.toString("utf8", t + 1, e);
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** Sorts "key\tvalue" lines by the UTF-8 bytes of their keys (the order ByteTable searches). */
export function sortByteLines(lines: readonly string[]): string {
  const keyed = lines.map((l) => [Buffer.from(l.slice(0, l.indexOf("\t")), "utf8"), l] as const);
  keyed.sort((x, y) => Buffer.compare(x[0], y[0]));
  return keyed.map((k) => k[1]).join("\n");
}
