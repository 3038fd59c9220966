/**
 * `lagebild train ner` and `lagebild eval ner` (incl. 5-fold cross-validation over the
 * GermEval 2014 test split).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Command } from "commander";
import { InputError } from "../../errors.js";
import { type Kb, kbMissing, sharedKb } from "../../kb/index.js";
import type { NerLexicon } from "../grammar.js";
import { buildClusters, clusterSources } from "./clusters.js";
import { type CorpusFormat, readCorpus, type Sentence, TAG_MAPPING } from "./corpus.js";
import { trainCrf } from "./crf.js";
import type { ClusterTable } from "./features.js";
import { loadModel, modelPath, Tagger } from "./index.js";
import { type NerType, spansOf, TYPES } from "./labels.js";
import { EntityMemory, jackknifeMemories } from "./memory.js";
import { type DenseWeights, decodeModel, encodeModel, type LoadedModel } from "./model.js";
import { buildNameTable } from "./names.js";
import { featurizeCorpus, trainPerceptron } from "./perceptron.js";
import { NerScorer, type NerScores, type PRF, scoreTable } from "./score.js";
import { docOfTokens } from "./sentences.js";

const FEATURE_SET =
  "v1: word, affixes 1-4, shapes, cap/first, hyphen parts, ±2 context, lexicon word classes, name lists, KB gazetteer";

export interface TrainNerOptions {
  epochs: number;
  hashBits: number;
  clusters: ClusterTable | null;
  names: ReadonlyMap<string, number> | null;
  /** The language's word classes (its lexicon features). */
  lexicon: NerLexicon;
  /** The KB for gazetteer features; null trains without them. */
  gazetteer: Kb | null;
  /** entity-memory features (names seen in training, jackknifed) */
  memory?: boolean;
  dropWord: number;
  /** perceptrons: probability of leaving out each other feature of a token in a training step */
  dropFeature?: number;
  margin?: number;
  /** random seed of the first model (shuffles and dropout draws); model b uses seed + 7919·b */
  seed?: number;
  /** number of models trained with different shuffles and word-dropout draws, then averaged */
  bags?: number;
  /** training algorithm (default perceptron) */
  learner?: Learner;
  /** CRF: L2 strength (CRFsuite's c2) and initial learning rate */
  c2?: number;
  eta?: number;
  /** mix: share of the CRF in the mixed weights (both scaled to the same norm) */
  crfWeight?: number;
  trainedOn: string;
  log?: (msg: string) => void;
}

/** Trains on the sentences and returns the encoded model file. */
export function trainNer(sents: readonly Sentence[], o: TrainNerOptions): Buffer {
  const sources = { lexicon: o.lexicon, kb: o.gazetteer };
  const t0 = performance.now();
  const corpus = featurizeCorpus(
    sents,
    sources,
    o.clusters,
    o.names,
    o.memory ? jackknifeMemories(sents, JACKKNIFE) : null,
  );
  o.log?.(`features: ${corpus.labels.length} tokens in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const bags = o.bags ?? 1;
  const learner = o.learner ?? "perceptron";
  const perceptron = (b: number): DenseWeights =>
    trainPerceptron(corpus, {
      epochs: o.epochs,
      hashBits: o.hashBits,
      clusters: o.clusters,
      dropWord: o.dropWord,
      dropFeature: o.dropFeature ?? 0,
      margin: o.margin ?? DEFAULT_MARGIN,
      seed: (o.seed ?? DEFAULT_SEED) + 7919 * b,
      onEpoch: (e, acc) =>
        o.log?.(`perceptron ${b + 1}/${bags} epoch ${e}: ${(acc * 100).toFixed(1)} % sentences exact`),
    });
  const crf = (b: number): DenseWeights =>
    trainCrf(corpus, {
      epochs: o.epochs,
      hashBits: o.hashBits,
      c2: o.c2 ?? DEFAULT_C2,
      eta0: o.eta ?? DEFAULT_ETA,
      dropWord: o.dropWord,
      seed: (o.seed ?? DEFAULT_SEED) + 7919 * b,
      onEpoch: (e, loss) => o.log?.(`crf ${b + 1} epoch ${e}: loss ${loss.toFixed(3)} per sentence`),
    });
  // bagging-style model averaging: the same data in other orders and other dropout draws
  const averaged = (train: (b: number) => DenseWeights): DenseWeights => {
    const dense = train(0);
    for (let b = 1; b < bags; b++) addInto(dense, train(b));
    if (bags > 1) scaleBy(dense, 1 / bags);
    return dense;
  };
  let dense: DenseWeights;
  let described: string;
  if (learner === "crf") {
    dense = averaged(crf);
    described = `${bags} averaged L2-regularised CRFs (c2 ${o.c2 ?? DEFAULT_C2})`;
  } else if (learner === "mix") {
    // the averaged perceptrons and one CRF, each scaled to unit norm, then mixed
    dense = averaged(perceptron);
    const other = crf(0);
    const a = o.crfWeight ?? DEFAULT_CRF_WEIGHT;
    const pn = norm(dense);
    scaleBy(dense, 1 - a);
    scaleBy(other, (a * pn) / norm(other));
    addInto(dense, other);
    described = `${bags} averaged perceptrons mixed with one L2-regularised CRF (weight ${a}, c2 ${o.c2 ?? DEFAULT_C2})`;
  } else {
    dense = averaged(perceptron);
    described = `${bags} averaged perceptrons`;
  }
  return encodeModel(
    dense,
    {
      _source: `lagebild train ner — ${described} trained on ${o.trainedOn}`,
      trainedOn: o.trainedOn,
      epochs: o.epochs,
      featureSet: `${FEATURE_SET}${o.clusters ? ", word clusters" : ""}${o.memory ? ", entity memory" : ""}; word dropout ${o.dropWord}; perceptron feature dropout ${o.dropFeature ?? 0}; ${described}`,
      gazetteer: o.gazetteer !== null,
    },
    o.clusters,
    o.names,
    o.memory ? EntityMemory.build(sents) : null,
    PRUNE_SHARE * maxAbs(dense),
  );
}

/** Largest absolute emission weight. */
function maxAbs(a: DenseWeights): number {
  let m = 0;
  for (let i = 0; i < a.w.length; i++) m = Math.max(m, Math.abs(a.w[i]));
  return m;
}

function addInto(a: DenseWeights, b: DenseWeights): void {
  for (let i = 0; i < a.w.length; i++) a.w[i] += b.w[i];
  for (let i = 0; i < a.trans.length; i++) a.trans[i] += b.trans[i];
}

/** Euclidean norm of the emission weights. */
function norm(a: DenseWeights): number {
  let s = 0;
  for (let i = 0; i < a.w.length; i++) s += a.w[i] * a.w[i];
  return Math.sqrt(s) || 1;
}

function scaleBy(a: DenseWeights, k: number): void {
  for (let i = 0; i < a.w.length; i++) a.w[i] *= k;
  for (let i = 0; i < a.trans.length; i++) a.trans[i] *= k;
}

/** Scores a model on gold sentences (tagged from their gold tokens). */
/** Scores a model on gold sentences (tagged from their gold tokens) with the language's word classes and the KB. */
export function evaluate(
  model: LoadedModel,
  sents: readonly Sentence[],
  lexicon: NerLexicon,
  kb: Kb | null,
): NerScores {
  return evaluateInto(model, sents, lexicon, kb).scores();
}

function evaluateInto(model: LoadedModel, sents: readonly Sentence[], lexicon: NerLexicon, kb: Kb | null): NerScorer {
  const tagger = new Tagger(model, lexicon, kb);
  const scorer = new NerScorer();
  for (const s of sents) {
    const doc = docOfTokens(s.tokens);
    const pred = tagger.labels(doc, 0, s.tokens.length, s.tokens);
    scorer.add(spansOf(s.labels), spansOf(pred));
  }
  return scorer;
}

function germevalPaths(dir: string): { dev: string; test: string } {
  return { dev: join(dir, "NER-de-dev.tsv"), test: join(dir, "NER-de-test.tsv") };
}

const DEFAULT_DATA = "../shared/data/germeval2014";
const DEFAULT_SHARED = "../shared/data";

const DEFAULT_DROP = "0.4";
/** Seed of the shipped model and of the CV figures in BENCHMARKS.md; other seeds measure the spread. */
const DEFAULT_SEED = 13;
/**
 * Perceptron feature dropout: 5-fold CV mean micro F1 over five seeds 70.01 with 0.25 vs 69.74 without (+0.26,
 * 17 of 25 paired folds higher); 0.1 / 0.2 / 0.3 / 0.4 on folds 1–2 gave less or the same (BENCHMARKS.md).
 */
const DEFAULT_DROP_FEATURE = "0.25";
const DEFAULT_MARGIN = 0;
const DEFAULT_BAGS = "3";
const DEFAULT_C2 = 1;
const DEFAULT_CRF_WEIGHT = 0.5;
/**
 * Feature rows whose weights are all below this share of the largest weight are left out of the
 * model file (mostly rare features with small CRF weights): fewer rows, a smaller hash table and
 * faster look-ups; on CV folds 1–2 the F1 was identical to keeping every row above 1e-3.
 */
const PRUNE_SHARE = 0.002;
/** parts of the training data for the jackknifed entity memory */
const JACKKNIFE = 5;
const DEFAULT_LEARNER = "mix";
const DEFAULT_ETA = 0.1;

export type Learner = "perceptron" | "crf" | "mix";

function learnerOpt(v: string): Learner {
  if (v !== "perceptron" && v !== "crf" && v !== "mix")
    throw new InputError(`--learner must be perceptron, crf or mix, not "${v}"`);
  return v;
}

function posOpt(v: string, name: string): number {
  const x = Number(v);
  if (!(x > 0 && Number.isFinite(x))) throw new InputError(`${name} must be a positive number`);
  return x;
}

/** Learner settings shared by `train ner` and `eval ner --cv`. */
function learnerSettings(o: CommonTrainOpts): Pick<TrainNerOptions, "learner" | "c2" | "eta" | "crfWeight"> {
  const crfWeight = Number(o.crfWeight);
  if (!(crfWeight >= 0 && crfWeight <= 1)) throw new InputError("--crf-weight must be a number from 0 to 1");
  return { learner: learnerOpt(o.learner), c2: posOpt(o.c2, "--c2"), eta: posOpt(o.eta, "--eta"), crfWeight };
}

function probOpt(v: string, name = "--drop-word"): number {
  const p = Number(v);
  if (!(p >= 0 && p < 1)) throw new InputError(`${name} must be a probability from 0 to below 1`);
  return p;
}

function intOpt(v: string, name: string, min: number, max: number): number {
  const n = Number.parseInt(v, 10);
  if (!(n >= min && n <= max)) throw new InputError(`${name} must be a number from ${min} to ${max}`);
  return n;
}

interface CommonTrainOpts {
  epochs: string;
  hashBits: string;
  clusters?: boolean;
  gazetteer: boolean;
  names: boolean;
  memory: boolean;
  dropWord: string;
  dropFeature: string;
  seed: string;
  bags: string;
  learner: string;
  c2: string;
  eta: string;
  crfWeight: string;
  shared: string;
}

function clustersFor(o: CommonTrainOpts, log: (m: string) => void): ClusterTable | null {
  if (!o.clusters) return null;
  const t0 = performance.now();
  const table = buildClusters(clusterSources(resolve(o.shared)), log);
  log(`clusters: ${table.size} words in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return table;
}

/** The shipped KB for gazetteer features, or null when it is not built (or `--no-gazetteer`). */
function gazetteerKb(wanted: boolean): Kb | null {
  return wanted && !kbMissing() ? sharedKb() : null;
}

/** `lagebild train ner`; `wordClasses` gives the training language's word classes (German: the CLI wires them in). */
export function trainNerCommand(wordClasses: () => NerLexicon): Command {
  return new Command("ner")
    .description("train the NER tagger on GermEval 2014 dev+test (CC BY 4.0) and write the model file")
    .option("--data <dir>", "GermEval 2014 folder", DEFAULT_DATA)
    .option("--shared <dir>", "../shared/data (unannotated text for word clusters)", DEFAULT_SHARED)
    .option("--out <file>", "model file", "models/ner.de.bin")
    .option("--epochs <n>", "training epochs", "12")
    .option("--hash-bits <n>", "log2 of the feature hash space", "22")
    .option(
      "--clusters",
      "add word-cluster features (built from licence-compatible text in --shared; off: no gain measured)",
    )
    .option("--no-gazetteer", "train without knowledge-base gazetteer features")
    .option("--no-names", "train without first-name/surname list features")
    .option("--no-memory", "train without entity-memory features (names seen in training, jackknifed)")
    .option("--drop-word <p>", "word dropout probability during training", DEFAULT_DROP)
    .option("--drop-feature <p>", "perceptrons: feature dropout probability during training", DEFAULT_DROP_FEATURE)
    .option("--bags <k>", "models trained in different orders and averaged", DEFAULT_BAGS)
    .option("--seed <n>", "random seed (training order and dropout draws)", String(DEFAULT_SEED))
    .option("--learner <name>", "perceptron | crf | mix (perceptrons + one CRF)", DEFAULT_LEARNER)
    .option("--crf-weight <a>", "mix: share of the CRF", String(DEFAULT_CRF_WEIGHT))
    .option("--c2 <x>", "crf: L2 regularisation strength", String(DEFAULT_C2))
    .option("--eta <x>", "crf: initial learning rate", String(DEFAULT_ETA))
    .action(async (opts: CommonTrainOpts & { data: string; out: string }) => {
      const log = (m: string): void => {
        process.stderr.write(`${m}\n`);
      };
      const p = germevalPaths(opts.data);
      const sents = [...readCorpus(p.dev, "germeval"), ...readCorpus(p.test, "germeval")];
      log(`GermEval 2014 dev+test: ${sents.length} sentences`);
      const buf = trainNer(sents, {
        epochs: intOpt(opts.epochs, "--epochs", 1, 100),
        hashBits: intOpt(opts.hashBits, "--hash-bits", 16, 24),
        clusters: clustersFor(opts, log),
        names: opts.names ? await buildNameTable() : null,
        lexicon: wordClasses(),
        gazetteer: gazetteerKb(opts.gazetteer),
        memory: opts.memory,
        dropWord: probOpt(opts.dropWord),
        dropFeature: probOpt(opts.dropFeature, "--drop-feature"),
        bags: intOpt(opts.bags, "--bags", 1, 20),
        seed: intOpt(opts.seed, "--seed", 0, 2 ** 30),
        ...learnerSettings(opts),
        trainedOn: "GermEval 2014 NER dev+test (CC BY 4.0)",
        log,
      });
      mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      writeFileSync(opts.out, buf);
      const m = decodeModel(buf);
      log(
        `wrote ${opts.out}: ${(buf.length / 1e6).toFixed(2)} MB, ${m.header.nRows} feature rows, gazetteer ${m.header.gazetteer}`,
      );
    });
}

function printScores(title: string, s: NerScores): void {
  process.stdout.write(`${title}\n${scoreTable(s)}`);
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function jsonOf(s: NerScores): Record<string, unknown> {
  const perType: Record<string, unknown> = {};
  for (const [t, v] of Object.entries(s.perType))
    perType[t] = {
      precision: r4(v.precision),
      recall: r4(v.recall),
      f1: r4(v.f1),
      gold: v.tp + v.fn,
      pred: v.tp + v.fp,
    };
  return { precision: r4(s.precision), recall: r4(s.recall), f1: r4(s.f1), perType };
}

/** `lagebild eval ner`; `wordClasses` gives the evaluation language's word classes. */
export function evalNerCommand(wordClasses: () => NerLexicon): Command {
  return new Command("ner")
    .description("NER precision/recall/F1 (strict span+type, outer level) on a GermEval or CoNLL file, or --cv k")
    .argument("[file]", "GermEval 2014 or CoNLL (token … tag) file")
    .option("--format <format>", "germeval | conll (default: detected)")
    .option("--model <file>", "model file (default: the shipped models/ner.de.bin)")
    .option("--cv <k>", "k-fold cross-validation over the GermEval test split (train on dev + other folds)")
    .option("--data <dir>", "GermEval 2014 folder (for --cv)", DEFAULT_DATA)
    .option("--shared <dir>", "../shared/data (unannotated text for word clusters, for --cv)", DEFAULT_SHARED)
    .option("--epochs <n>", "training epochs (for --cv)", "12")
    .option("--hash-bits <n>", "log2 of the feature hash space (for --cv)", "22")
    .option("--clusters", "--cv: add word-cluster features")
    .option("--no-gazetteer", "--cv: train without knowledge-base gazetteer features")
    .option("--no-names", "--cv: train without first-name/surname list features")
    .option("--no-memory", "--cv: train without entity-memory features (names seen in training, jackknifed)")
    .option("--drop-word <p>", "--cv: word dropout probability during training", DEFAULT_DROP)
    .option("--drop-feature <p>", "--cv: perceptron feature dropout probability", DEFAULT_DROP_FEATURE)
    .option("--bags <k>", "--cv: models trained in different orders and averaged", DEFAULT_BAGS)
    .option("--seed <n>", "--cv: random seed (another seed shows the run-to-run spread)", String(DEFAULT_SEED))
    .option("--learner <name>", "--cv: perceptron | crf | mix (perceptrons + one CRF)", DEFAULT_LEARNER)
    .option("--crf-weight <a>", "--cv, mix: share of the CRF", String(DEFAULT_CRF_WEIGHT))
    .option("--c2 <x>", "--cv, crf: L2 regularisation strength", String(DEFAULT_C2))
    .option("--eta <x>", "--cv, crf: initial learning rate", String(DEFAULT_ETA))
    .option("--folds <list>", "--cv: run only these folds (e.g. 1,2) for quick screening")
    .option("--json", "print the scores as one JSON object on the last line")
    .action(
      async (
        file: string | undefined,
        opts: CommonTrainOpts & {
          format?: string;
          model?: string;
          cv?: string;
          folds?: string;
          data: string;
          json?: boolean;
        },
      ) => {
        process.stdout.write(`mapping: ${TAG_MAPPING}; strict span+type match\n`);
        if (opts.cv) {
          const k = intOpt(opts.cv, "--cv", 2, 20);
          const res = await crossValidate(k, opts, wordClasses());
          if (opts.json) process.stdout.write(`${JSON.stringify(res)}\n`);
          return;
        }
        if (!file) throw new InputError("give a GermEval/CoNLL file to evaluate, or --cv 5");
        if (opts.format && opts.format !== "germeval" && opts.format !== "conll")
          throw new InputError(`--format must be germeval or conll, not "${opts.format}"`);
        const sents = readCorpus(file, opts.format as CorpusFormat | undefined);
        const path = opts.model ? resolve(opts.model) : modelPath();
        if (!existsSync(path)) throw new InputError(`${path}: no NER model there (run \`lagebild train ner\`)`);
        const model = opts.model ? decodeModel(readFileSync(path)) : loadModel(path);
        const s = evaluate(model, sents, wordClasses(), gazetteerKb(true));
        printScores(`${file}: ${sents.length} sentences (model: ${model.header.trainedOn})`, s);
        if (opts.json) process.stdout.write(`${JSON.stringify(jsonOf(s))}\n`);
      },
    );
}

/** Fold numbers (1-based) of `--folds 1,2`, or all k. */
function foldList(v: string | undefined, k: number): number[] {
  if (!v) return Array.from({ length: k }, (_, i) => i + 1);
  const out = v.split(",").map((x) => intOpt(x.trim(), "--folds", 1, k));
  return [...new Set(out)].sort((a, b) => a - b);
}

async function crossValidate(
  k: number,
  opts: CommonTrainOpts & { data: string; folds?: string },
  lexicon: NerLexicon,
): Promise<Record<string, unknown>> {
  const log = (m: string): void => {
    process.stderr.write(`${m}\n`);
  };
  const p = germevalPaths(opts.data);
  const dev = readCorpus(p.dev, "germeval");
  const test = readCorpus(p.test, "germeval");
  const clusters = clustersFor(opts, log);
  const names = opts.names ? await buildNameTable() : null;
  const pooled = new NerScorer();
  const folds: NerScores[] = [];
  for (const fold of foldList(opts.folds, k)) {
    const f = fold - 1;
    const lo = Math.floor((f * test.length) / k);
    const hi = Math.floor(((f + 1) * test.length) / k);
    const train = [...dev, ...test.slice(0, lo), ...test.slice(hi)];
    const held = test.slice(lo, hi);
    const t0 = performance.now();
    const buf = trainNer(train, {
      epochs: intOpt(opts.epochs, "--epochs", 1, 100),
      hashBits: intOpt(opts.hashBits, "--hash-bits", 16, 24),
      clusters,
      names,
      lexicon,
      gazetteer: gazetteerKb(opts.gazetteer),
      memory: opts.memory,
      dropWord: probOpt(opts.dropWord),
      dropFeature: probOpt(opts.dropFeature, "--drop-feature"),
      bags: intOpt(opts.bags, "--bags", 1, 20),
      seed: intOpt(opts.seed, "--seed", 0, 2 ** 30),
      ...learnerSettings(opts),
      trainedOn: `GermEval dev + test minus fold ${f + 1}/${k}`,
    });
    const model = decodeModel(buf);
    log(`fold ${f + 1}: model ${(buf.length / 1e6).toFixed(2)} MB, ${model.header.nRows} feature rows`);
    const scorer = evaluateInto(model, held, lexicon, gazetteerKb(true));
    pooled.merge(scorer);
    const s = scorer.scores();
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    printScores(`fold ${f + 1}/${k}: train ${train.length} sentences, held-out ${held.length} (${secs} s)`, s);
    folds.push(s);
  }
  const mean = meanScores(folds);
  printScores(`mean over ${folds.length} of ${k} folds (P/R/F1 averaged per fold; gold/pred summed)`, mean);
  const all = pooled.scores();
  process.stdout.write(
    `pooled over all held-out folds: P ${(all.precision * 100).toFixed(2)} R ${(all.recall * 100).toFixed(2)} F1 ${(all.f1 * 100).toFixed(2)}\n`,
  );
  return { ...jsonOf(mean), folds: folds.map(jsonOf), pooled: jsonOf(all) };
}

/** Per-fold averages of P/R/F1 (micro and per type); counts are summed. */
function meanScores(folds: readonly NerScores[]): NerScores {
  const avg = (get: (s: NerScores) => PRF): PRF => {
    const xs = folds.map(get);
    const m = (f: (p: PRF) => number): number => xs.reduce((a, p) => a + f(p), 0) / xs.length;
    const sum = (f: (p: PRF) => number): number => xs.reduce((a, p) => a + f(p), 0);
    return {
      precision: m((p) => p.precision),
      recall: m((p) => p.recall),
      f1: m((p) => p.f1),
      tp: sum((p) => p.tp),
      fp: sum((p) => p.fp),
      fn: sum((p) => p.fn),
    };
  };
  const perType = {} as Record<NerType, PRF>;
  for (const t of TYPES) perType[t] = avg((s) => s.perType[t]);
  return { ...avg((s) => s), perType };
}
