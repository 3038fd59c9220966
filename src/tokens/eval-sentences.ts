import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { Doc } from "../doc/index.js";
import { InputError } from "../errors.js";
import { textLayers } from "../pipeline/analyze.js";
import { detokenize } from "./detokenize.js";

/** Documents as lists of sentences of tokens. */
type Corpus = string[][][];

/** GermEval 2014 (# comment lines, index \t token \t …) or CoNLL (token first); blank line = sentence end. */
function readColumns(path: string, tokenColumn: number, docSize: number): Corpus {
  const sentences: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const cols = line.split("\t");
    const tok = cols[tokenColumn]?.trim();
    if (tok) cur.push(tok);
  }
  if (cur.length) sentences.push(cur);
  // group consecutive sentences into pseudo-documents
  const docs: Corpus = [];
  for (let i = 0; i < sentences.length; i += docSize) docs.push(sentences.slice(i, i + docSize));
  return docs;
}

/** SpkAtt-2023 JSON files: {Sentences: [{Tokens: []}]} per article. */
function readSpkatt(dir: string): Corpus {
  const docs: Corpus = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".json")) continue;
    const json = JSON.parse(readFileSync(join(dir, name), "utf8")) as { Sentences: { Tokens: string[] }[] };
    docs.push(json.Sentences.map((s) => s.Tokens));
  }
  return docs;
}

export interface SentenceScores {
  documents: number;
  goldBoundaries: number;
  predictedBoundaries: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** (false positives + false negatives) / gold boundaries */
  errorRate: number;
}

/** Scores sentence-internal boundaries (the end of each sentence but the last of a document). */
function scoreSentences(corpus: Corpus): SentenceScores {
  let gold = 0;
  let pred = 0;
  let tp = 0;
  for (const sentences of corpus) {
    const { text, offsets } = detokenize(sentences);
    const goldEnds = new Set<number>();
    for (let s = 0; s < offsets.length - 1; s++) {
      const last = offsets[s][offsets[s].length - 1];
      if (last) goldEnds.add(last[1]);
    }
    const doc = new Doc({ text });
    textLayers(doc);
    const predEnds = doc.sentences.slice(0, -1).map((s) => s.end);
    gold += goldEnds.size;
    pred += predEnds.length;
    for (const e of predEnds) if (goldEnds.has(e)) tp++;
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    documents: corpus.length,
    goldBoundaries: gold,
    predictedBoundaries: pred,
    truePositives: tp,
    precision,
    recall,
    f1,
    errorRate: gold ? (pred - tp + (gold - tp)) / gold : 0,
  };
}

function loadSentenceCorpus(path: string, format: string, docSize: number): Corpus {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  if (format === "spkatt") {
    if (!statSync(path).isDirectory()) throw new InputError(`${path}: --format spkatt expects a folder of JSON files`);
    return readSpkatt(path);
  }
  if (format === "germeval") return readColumns(path, 1, docSize);
  if (format === "conll") return readColumns(path, 0, docSize);
  throw new InputError(`--format must be germeval, conll or spkatt, not "${format}"`);
}

const pct = (x: number): string => (x * 100).toFixed(2);

export function evalSentencesCommand(): Command {
  return new Command("sentences")
    .description("sentence-boundary precision/recall/F1 and error rate on a pre-tokenised gold corpus")
    .argument("<path>", "GermEval/CoNLL .tsv file or SpkAtt folder")
    .option("--format <format>", "germeval | conll | spkatt", "germeval")
    .option("--doc-size <n>", "sentences per pseudo-document for germeval/conll", "20")
    .option("--json", "print the scores as one JSON object on the last line")
    .action((path: string, opts: { format: string; docSize: string; json?: boolean }) => {
      const docSize = Number.parseInt(opts.docSize, 10);
      if (!(docSize > 0)) throw new InputError("--doc-size must be a positive number");
      const s = scoreSentences(loadSentenceCorpus(path, opts.format, docSize));
      process.stdout.write(
        `documents ${s.documents}  gold boundaries ${s.goldBoundaries}  predicted ${s.predictedBoundaries}\n` +
          `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  error rate ${pct(s.errorRate)}%\n`,
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(s)}\n`);
    });
}
