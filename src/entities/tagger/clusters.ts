/**
 * Distributional word clusters from unannotated German text, used as tagger features.
 *
 * Only licence-compatible text is used (the cluster table is shipped inside the model):
 * GermEval 2014 dev+test tokens (CC BY 4.0), the HIPE-2022 NewsEye and SoNAR German files
 * (CC BY 4.0, tokens only) and the DFKI SmartData texts (CC BY 4.0). Not used: 10kGNAD and
 * hipe2020 (CC BY-NC-SA), Europarl NER (licence unknown), SpkAtt/Redewiedergabe (NC).
 *
 * Method: each word seen ≥ MIN_COUNT times gets a sparse vector of its left and right
 * neighbours (the CONTEXTS most frequent words, plus a shape class for the rest), weighted by
 * positive PMI and L2-normalised; spherical k-means then groups the words at three granularities
 * (fine/mid/coarse). Deterministic (seeded initialisation).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Doc } from "../../doc/index.js";
import { textLayers } from "../../pipeline/analyze.js";
import { readCorpus } from "./corpus.js";

const MIN_COUNT = 2;
const CONTEXTS = 2000;
const CLUSTER_SIZES = { fine: 600, mid: 150, coarse: 40 } as const;

/** Licence-compatible unannotated sources under ../shared/data. */
export function clusterSources(shared: string): string[] {
  const out: string[] = [];
  const add = (dir: string, pred: (f: string) => boolean): void => {
    const d = join(shared, dir);
    if (!existsSync(d)) return;
    for (const f of readdirSync(d).sort()) if (pred(f)) out.push(join(d, f));
  };
  add("germeval2014", (f) => /^NER-de-(dev|test)\.tsv$/.test(f));
  add("newseye-de", (f) => f.endsWith(".tsv"));
  add("sonar-de", (f) => f.endsWith(".tsv"));
  add("smartdata-de", (f) => f.endsWith(".json.gz"));
  return out;
}

/** HIPE TSV: TOKEN is the first column; '#' comments and the header row are skipped. */
function hipeSequences(text: string): string[][] {
  const seqs: string[][] = [];
  let cur: string[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#") || line.startsWith("TOKEN\t")) {
      if (line.startsWith("# hipe2022:document_id") && cur.length) {
        seqs.push(cur);
        cur = [];
      }
      continue;
    }
    const tab = line.indexOf("\t");
    const tok = tab < 0 ? line : line.slice(0, tab);
    if (tok) cur.push(tok.normalize("NFC"));
    if (line.includes("EndOfSentence")) {
      seqs.push(cur);
      cur = [];
    }
  }
  if (cur.length) seqs.push(cur);
  return seqs;
}

/** Texts of a file of concatenated JSON documents (SmartData): the `text.string` fields. */
function smartdataTexts(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inStr = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inStr) {
      if (c === 92) i++;
      else if (c === 34) inStr = false;
      continue;
    }
    if (c === 34) inStr = true;
    else if (c === 123) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 125) {
      depth--;
      if (depth === 0 && start >= 0) {
        const obj = JSON.parse(raw.slice(start, i + 1)) as { text?: { string?: string } };
        if (obj.text?.string) out.push(obj.text.string);
        start = -1;
      }
    }
  }
  return out;
}

function textSequences(text: string): string[][] {
  const doc = new Doc({ text });
  textLayers(doc);
  const toks: string[] = [];
  for (let i = 0; i < doc.tokens.count; i++) toks.push(doc.tokenText(i));
  return [toks];
}

/** Token sequences of one source file. */
function readSequences(path: string): string[][] {
  if (path.endsWith(".json.gz")) {
    return smartdataTexts(gunzipSync(readFileSync(path)).toString("utf8")).flatMap(textSequences);
  }
  if (/NER-de-(dev|test)\.tsv$/.test(path)) return readCorpus(path, "germeval").map((s) => s.tokens);
  return hipeSequences(readFileSync(path, "utf8"));
}

function shapeBucket(w: string): string {
  if (/^\d/.test(w)) return "<num>";
  if (/^\p{Lu}/u.test(w)) return "<Cap>";
  if (/^\p{Ll}/u.test(w)) return "<low>";
  return "<sym>";
}

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

interface SparseVecs {
  idx: Int32Array[];
  val: Float32Array[];
  dims: number;
}

/** Spherical k-means on sparse unit vectors; returns the cluster of each vector. */
function sphericalKMeans(vecs: SparseVecs, k: number, iters: number, seed: number): Int32Array {
  const n = vecs.idx.length;
  const D = vecs.dims;
  const rand = rng(seed);
  const cent = new Float32Array(k * D);
  // initialise with distinct random vectors (biased to the first, most frequent ones)
  const used = new Set<number>();
  for (let c = 0; c < k && c < n; c++) {
    let v = Math.floor(rand() * rand() * n);
    while (used.has(v)) v = (v + 1) % n;
    used.add(v);
    const ix = vecs.idx[v];
    const vl = vecs.val[v];
    for (let j = 0; j < ix.length; j++) cent[c * D + ix[j]] = vl[j];
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let v = 0; v < n; v++) {
      const ix = vecs.idx[v];
      const vl = vecs.val[v];
      let best = -1;
      let bestC = 0;
      for (let c = 0; c < k; c++) {
        const off = c * D;
        let s = 0;
        for (let j = 0; j < ix.length; j++) s += cent[off + ix[j]] * vl[j];
        if (s > best) {
          best = s;
          bestC = c;
        }
      }
      if (assign[v] !== bestC) changed++;
      assign[v] = bestC;
    }
    cent.fill(0);
    for (let v = 0; v < n; v++) {
      const off = assign[v] * D;
      const ix = vecs.idx[v];
      const vl = vecs.val[v];
      for (let j = 0; j < ix.length; j++) cent[off + ix[j]] += vl[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[c * D + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d] /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

/** Builds word → packed cluster ids (coarse << 20 | mid << 10 | fine, each ≥ 1) from the source files. */
export function buildClusters(files: readonly string[], log: (m: string) => void = () => {}): Map<string, number> {
  const seqs: string[][] = [];
  for (const f of files) seqs.push(...readSequences(f));
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const s of seqs)
    for (const w of s) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      tokens++;
    }
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const wordIx = new Map<string, number>();
  vocab.forEach(([w], i) => {
    wordIx.set(w, i);
  });
  // context dims: top CONTEXTS words + 4 shape buckets + boundary, for left and right
  const ctxIx = new Map<string, number>();
  for (let i = 0; i < Math.min(CONTEXTS, vocab.length); i++) ctxIx.set(vocab[i][0], i);
  for (const b of ["<num>", "<Cap>", "<low>", "<sym>", "<s>"]) ctxIx.set(b, ctxIx.size);
  const side = ctxIx.size;
  const ctx = (w: string | undefined): number =>
    w === undefined ? ctxIx.get("<s>")! : (ctxIx.get(w) ?? ctxIx.get(shapeBucket(w))!);
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const colSum = new Float64Array(side * 2);
  let total = 0;
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      const v = wordIx.get(s[i]);
      if (v === undefined) continue;
      const l = ctx(s[i - 1]);
      const r = side + ctx(s[i + 1]);
      const row = rows[v];
      row.set(l, (row.get(l) ?? 0) + 1);
      row.set(r, (row.get(r) ?? 0) + 1);
      colSum[l]++;
      colSum[r]++;
      total += 2;
    }
  }
  // PPMI + L2 normalisation
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  for (let v = 0; v < rows.length; v++) {
    const row = rows[v];
    let rowSum = 0;
    for (const c of row.values()) rowSum += c;
    const ks: number[] = [];
    const vs: number[] = [];
    for (const [d, c] of row) {
      const pmi = Math.log((c * total) / (rowSum * colSum[d]));
      if (pmi > 0) {
        ks.push(d);
        vs.push(pmi);
      }
    }
    let norm = 0;
    for (const x of vs) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    idx.push(Int32Array.from(ks));
    val.push(Float32Array.from(vs, (x) => x / norm));
  }
  const vecs: SparseVecs = { idx, val, dims: side * 2 };
  log(`clusters: ${tokens} tokens from ${files.length} files, ${vocab.length} words with ≥ ${MIN_COUNT} occurrences`);
  const fine = sphericalKMeans(vecs, CLUSTER_SIZES.fine, 12, 1);
  const mid = sphericalKMeans(vecs, CLUSTER_SIZES.mid, 12, 2);
  const coarse = sphericalKMeans(vecs, CLUSTER_SIZES.coarse, 12, 3);
  const out = new Map<string, number>();
  vocab.forEach(([w], i) => {
    out.set(w, ((coarse[i] + 1) << 20) | ((mid[i] + 1) << 10) | (fine[i] + 1));
  });
  return out;
}
