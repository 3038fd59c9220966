/**
 * Golden outputs: the Doc layers the pipeline produces for fixed inputs, so a refactor can show that
 * it moved nothing (or exactly what it meant to move). Used by scripts/golden.ts (writes them) and by
 * test/golden/golden.test.ts (compares them).
 *
 * - The 33 sample articles (examples/articles/samples.de.jsonl, team-written) → test/golden/samples/<id>.json
 *   holding the layers in full (text excluded), so a diff shows what moved.
 * - A corpus CSV such as ../shared/data/10kgnad/test.csv (evaluation-only) → one SHA-256 per article and
 *   layer in test/golden/10kgnad.sha256: no text of the data set enters the repository.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc, type DocJSON } from "../src/doc/index.js";
import { Pipeline } from "../src/pipeline/analyze.js";
import { parseCsv } from "../src/read/csv.js";

/** Repo root from scripts/ or dist/scripts/. */
const ROOT = fileURLToPath(new URL(import.meta.url.includes("/dist/") ? "../../" : "../", import.meta.url));

export const SAMPLES_JSONL = `${ROOT}examples/articles/samples.de.jsonl`;
export const GOLDEN_DIR = `${ROOT}test/golden/`;
export const SAMPLES_DIR = `${GOLDEN_DIR}samples/`;
export const CORPUS_HASHES = `${GOLDEN_DIR}10kgnad.sha256`;
export const DEFAULT_CORPUS = resolve(ROOT, "..", "shared", "data", "10kgnad", "test.csv");
/** 10kGNAD carries no dates; every article is analysed as of this day (the dev gold's placeholder). */
export const CORPUS_PUBLISHED = "2016-06-01";

/** The layers a golden output records, in this order. */
export const GOLDEN_LAYERS = ["sentences", "entities", "mentions", "quotes", "times", "events"] as const;
export type GoldenLayer = (typeof GOLDEN_LAYERS)[number];
export type GoldenLayers = Pick<DocJSON, Exclude<GoldenLayer, "mentions">> & { mentions: DocJSON["mentions"] };

export interface SampleArticle {
  id: string;
  title?: string;
  published?: string;
  source?: string;
  text: string;
}

export function readSamples(path = SAMPLES_JSONL): SampleArticle[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SampleArticle);
}

/** The texts of a corpus CSV (10kGNAD layout: `category;'text'`), in file order. */
export function readCorpus(path: string): string[] {
  const out: string[] = [];
  for (const rec of parseCsv(readFileSync(path, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) out.push(rec.fields[1]);
  }
  return out;
}

let pipeline: Pipeline | undefined;

/** The golden layers of one article. */
export function goldenLayers(text: string, published: string | null): GoldenLayers {
  pipeline ??= new Pipeline();
  const json = pipeline.run(new Doc({ text, published })).toJSON();
  return {
    sentences: json.sentences,
    entities: json.entities,
    mentions: json.mentions ?? [],
    quotes: json.quotes,
    times: json.times,
    events: json.events,
  };
}

export function sampleLayers(a: SampleArticle): GoldenLayers {
  return goldenLayers(a.text, a.published ?? null);
}

/** The JSON text written for one sample (stable: two-space indent, trailing newline). */
export function sampleFileText(layers: GoldenLayers): string {
  return `${JSON.stringify(layers, null, 2)}\n`;
}

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

/** Lines `<article index>\t<layer>\t<sha256 of the layer's JSON>` for one article. */
export function hashLines(index: number, layers: GoldenLayers): string[] {
  return GOLDEN_LAYERS.map((l) => `${index}\t${l}\t${sha256(JSON.stringify(layers[l]))}`);
}

/** The whole hash file for a corpus (header comment + one line per article and layer). */
export function corpusHashes(texts: readonly string[], onProgress?: (done: number) => void): string {
  const lines = [
    `# lagebild golden hashes: SHA-256 of each layer's JSON per article, published=${CORPUS_PUBLISHED}`,
    "# written by `npm run golden -- --corpus ../shared/data/10kgnad/test.csv`; article = 0-based row of the CSV",
  ];
  texts.forEach((t, i) => {
    lines.push(...hashLines(i, goldenLayers(t, CORPUS_PUBLISHED)));
    onProgress?.(i + 1);
  });
  return `${lines.join("\n")}\n`;
}

export interface HashDiff {
  /** Layer → article indices whose hash moved. */
  moved: Map<string, number[]>;
  /** Lines present in one file only (different article count or layers). */
  missing: number;
}

/** Compares two hash files line by line. */
export function diffHashes(expected: string, actual: string): HashDiff {
  const parse = (s: string): Map<string, string> => {
    const m = new Map<string, string>();
    for (const line of s.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [i, layer, h] = line.split("\t");
      m.set(`${i}\t${layer}`, h);
    }
    return m;
  };
  const a = parse(expected);
  const b = parse(actual);
  const moved = new Map<string, number[]>();
  let missing = 0;
  for (const [k, h] of a) {
    const other = b.get(k);
    if (other === undefined) {
      missing++;
      continue;
    }
    if (other !== h) {
      const [i, layer] = k.split("\t");
      const list = moved.get(layer) ?? [];
      list.push(Number(i));
      moved.set(layer, list);
    }
  }
  for (const k of b.keys()) if (!a.has(k)) missing++;
  return { moved, missing };
}
