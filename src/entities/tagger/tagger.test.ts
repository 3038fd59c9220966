import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Doc } from "../../doc/index.js";
import { sharedKb } from "../../kb/index.js";
import { german } from "../../lang/de/index.js";
import { textLayers } from "../../pipeline/analyze.js";
import { trainNer } from "./cli.js";
import { parseCorpus, type Sentence, tagsToLabels } from "./corpus.js";
import { extractFeatures, FeatureScratch, MAXF } from "./features.js";
import { loadModel, Tagger, tagNames } from "./index.js";
import { allowed, L, LABELS, spansOf } from "./labels.js";
import { decodeModel, encodeModel } from "./model.js";
import { featurizeCorpus, trainPerceptron } from "./perceptron.js";
import { docOfTokens } from "./sentences.js";
import { ALLOWED, viterbi } from "./viterbi.js";

function featuresOf(words: string[]): Set<number>[] {
  const n = words.length;
  const feats = new Uint32Array(n * MAXF);
  const counts = new Uint8Array(n);
  const zero = new Int32Array(n);
  extractFeatures(words, zero, zero, zero, new Uint32Array(n), null, feats, counts, new FeatureScratch());
  return words.map((_, i) => new Set(feats.subarray(i * MAXF, i * MAXF + counts[i])));
}

describe("feature extraction", () => {
  it("gives each token a bounded, duplicate-free set of hashed features", () => {
    const fs = featuresOf(["Wladimir", "Putin", "traf", "die", "EU-Kommission", "."]);
    for (const f of fs) {
      expect(f.size).toBeGreaterThan(15);
      expect(f.size).toBeLessThanOrEqual(MAXF);
    }
  });

  it("is deterministic and depends on the context words", () => {
    const a = featuresOf(["Herr", "Putin", "sagte"]);
    const b = featuresOf(["Herr", "Putin", "sagte"]);
    const c = featuresOf(["Präsident", "Putin", "sagte"]);
    expect([...a[1]]).toEqual([...b[1]]);
    const onlyA = [...a[1]].filter((x) => !c[1].has(x));
    // prev word, prev word × shape, bigram — but word, affix and shape features are shared
    expect(onlyA.length).toBeGreaterThan(0);
    expect(onlyA.length).toBeLessThan(a[1].size / 2);
  });

  it("adds hyphen-part features only to hyphenated compounds", () => {
    const [hy] = featuresOf(["EU-Kommission"]);
    const [plain] = featuresOf(["Kommission"]);
    const [hy2] = featuresOf(["Nato-Kommission"]);
    // the last part "kommission" is shared by both compounds but not by the plain word's features
    const sharedHy = [...hy].filter((x) => hy2.has(x) && !plain.has(x));
    expect(sharedHy.length).toBeGreaterThan(0);
  });

  it("marks the sentence-initial position (capitalised 'Die' first vs. inside)", () => {
    const first = featuresOf(["Die", "Partei"])[0];
    const inside = featuresOf(["Und", "Die", "Partei"])[1];
    expect([...first].some((x) => !inside.has(x))).toBe(true);
  });
});

describe("GermEval/CoNLL reading and tag mapping", () => {
  it("maps OTH to MISC and *deriv/*part to O, and IO tags to BIO", () => {
    expect([...tagsToLabels(["B-OTH", "I-OTH", "B-LOCderiv", "B-ORGpart", "O"])].map((y) => LABELS[y])).toEqual([
      "B-MISC",
      "I-MISC",
      "O",
      "O",
      "O",
    ]);
    expect([...tagsToLabels(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"])].map((y) => LABELS[y])).toEqual([
      "B-PER",
      "I-PER",
      "O",
      "B-LOC",
      "B-LOC",
    ]);
  });

  it("parses GermEval comment lines and columns", () => {
    const text = "#\thttp://x\t[2009-10-23]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tlacht\tO\tO\n\n";
    const s = parseCorpus(text);
    expect(s).toHaveLength(1);
    expect(s[0].tokens).toEqual(["Angela", "Merkel", "lacht"]);
    expect(spansOf(s[0].labels)).toEqual([{ start: 0, end: 2, type: "PER" }]);
  });
});

/** Emission and transition scores for n tokens from a seeded linear congruential generator (reproducible). */
function randomScores(n: number, seed: number): { em: Float32Array; trans: Float32Array } {
  let x = seed;
  const r = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648 - 0.5;
  };
  const em = Float32Array.from({ length: n * L }, () => r() * 10);
  const trans = Float32Array.from({ length: (L + 1) * L }, () => r());
  return { em, trans };
}

describe("BIO-constrained Viterbi decoding", () => {
  it("never outputs I-X after O or after another type, whatever the scores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        const { em, trans } = randomScores(n, seed);
        const out = new Uint8Array(n);
        viterbi(em, n, trans, out);
        let prev = -1;
        for (let i = 0; i < n; i++) {
          expect(allowed(prev, out[i])).toBe(true);
          prev = out[i];
        }
      }),
    );
  });

  it("finds the best-scoring allowed path (all paths of up to three tokens tried)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        const { em, trans } = randomScores(n, seed);
        let best = Number.NEGATIVE_INFINITY;
        for (let code = 0; code < L ** n; code++) {
          let score = 0;
          let prev = -1;
          for (let i = 0, c = code; i < n; i++, c = Math.floor(c / L)) {
            const y = c % L;
            score = allowed(prev, y) ? score + trans[(prev + 1) * L + y] + em[i * L + y] : Number.NEGATIVE_INFINITY;
            prev = y;
          }
          best = Math.max(best, score);
        }
        const out = new Uint8Array(n);
        viterbi(em, n, trans, out);
        let got = 0;
        for (let i = 0; i < n; i++) got += trans[(i ? out[i - 1] + 1 : 0) * L + out[i]] + em[i * L + out[i]];
        expect(got).toBeCloseTo(best, 4);
      }),
    );
  });

  it("prefers a valid B-I path over a greedy invalid O → I-PER", () => {
    const em = new Float32Array(2 * L);
    em[0] = 1; // O at token 0
    em[1] = 0.9; // B-PER at token 0
    em[L + 2] = 5; // I-PER at token 1 (only valid after B-PER/I-PER)
    const out = new Uint8Array(2);
    viterbi(em, 2, new Float32Array((L + 1) * L), out);
    expect([LABELS[out[0]], LABELS[out[1]]]).toEqual(["B-PER", "I-PER"]);
    expect(ALLOWED[(0 + 1) * L + 2]).toBe(0);
  });
});

function synthetic(): Sentence[] {
  const names = ["Anna Berg", "Karl Stein", "Lena Wolf", "Otto Fink"];
  const places = ["Rom", "Oslo", "Lima", "Kairo"];
  const out: Sentence[] = [];
  for (const n of names)
    for (const p of places) {
      const [f, l] = n.split(" ");
      for (const verb of ["reiste", "flog", "fuhr"]) {
        const tokens = [f, l, verb, "nach", p, "."];
        out.push({ tokens, labels: tagsToLabels(["B-PER", "I-PER", "O", "O", "B-LOC", "O"]) });
      }
    }
  return out;
}

/** The German word classes; no gazetteer features in the synthetic models. */
const lexicon = german().entities.ner;
const sources = { lexicon, kb: null };

describe("averaged perceptron training", () => {
  it("learns a tiny synthetic corpus and generalises to unseen name/place combinations", () => {
    const sents = synthetic();
    const dense = trainPerceptron(featurizeCorpus(sents, sources, null), { epochs: 5, hashBits: 16, clusters: null });
    const model = decodeModel(
      encodeModel(
        dense,
        { _source: "test", trainedOn: "synthetic", epochs: 5, featureSet: "t", gazetteer: false },
        null,
      ),
    );
    const tagger = new Tagger(model, lexicon, null);
    const tokens = ["Otto", "Berg", "reiste", "nach", "Lima", "."];
    const labels = tagger.labels(docOfTokens(tokens), 0, tokens.length, tokens);
    expect(spansOf(labels)).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 4, end: 5, type: "LOC" },
    ]);
  });

  it.each(["perceptron", "crf", "mix"] as const)(
    "trainNer (%s, entity memory) writes a model that tags unseen combinations",
    (learner) => {
      const buf = trainNer(synthetic(), {
        epochs: 4,
        hashBits: 16,
        clusters: null,
        names: null,
        lexicon,
        gazetteer: null,
        memory: true,
        dropWord: 0.2,
        bags: 2,
        learner,
        c2: 0.1,
        eta: 0.1,
        trainedOn: "synthetic",
      });
      const model = decodeModel(buf);
      expect(model.memory?.size).toBe(8);
      expect(model.header.featureSet).toContain("entity memory");
      const tokens = ["Lena", "Stein", "flog", "nach", "Oslo", "."];
      const labels = new Tagger(model, lexicon, null).labels(docOfTokens(tokens), 0, tokens.length, tokens);
      expect(spansOf(labels)).toEqual([
        { start: 0, end: 2, type: "PER" },
        { start: 4, end: 5, type: "LOC" },
      ]);
    },
  );

  it("trainNer is reproducible for a seed and draws differently for another seed", () => {
    const train = (seed: number): Buffer =>
      trainNer(synthetic(), {
        epochs: 3,
        hashBits: 16,
        clusters: null,
        names: null,
        lexicon,
        gazetteer: null,
        memory: false,
        dropWord: 0.3,
        dropFeature: 0.25,
        seed,
        bags: 1,
        learner: "perceptron",
        trainedOn: "synthetic",
      });
    const a = train(13);
    expect(train(13).equals(a)).toBe(true);
    expect(train(14).equals(a)).toBe(false);
    expect(decodeModel(a).header.featureSet).toContain("feature dropout 0.25");
  });

  it("round-trips a model through the binary file: same emission scores up to int16 quantisation", () => {
    const sents = synthetic();
    const corpus = featurizeCorpus(sents, sources, null);
    const dense = trainPerceptron(corpus, { epochs: 2, hashBits: 16, clusters: null });
    const clusters = new Map([["Rom", (1 << 20) | (2 << 10) | 3]]);
    const buf = encodeModel(
      dense,
      { _source: "test", trainedOn: "synthetic", epochs: 2, featureSet: "t", gazetteer: false },
      clusters,
    );
    const m = decodeModel(buf);
    expect(m.header.trainedOn).toBe("synthetic");
    expect(m.clusters?.get("Rom")).toBe((1 << 20) | (2 << 10) | 3);
    const n = corpus.offsets[1];
    const a = new Float32Array(n * L);
    const b = new Float32Array(n * L);
    dense.emissions(corpus.feats, corpus.counts, n, MAXF, a);
    m.scorer.emissions(corpus.feats, corpus.counts, n, MAXF, b);
    for (let i = 0; i < a.length; i++) expect(b[i] / m.header.scale).toBeCloseTo(a[i], 2);
  });

  it("rejects a file that is not a model", () => {
    expect(() => decodeModel(Buffer.from("not gzip"))).toThrow();
  });
});

describe("the shipped model (models/ner.de.bin)", () => {
  it("tags 'Wladimir Putin traf Xi Jinping in Peking.' as PER, PER, LOC", () => {
    loadModel();
    const doc = new Doc({ text: "Wladimir Putin traf Xi Jinping in Peking." });
    textLayers(doc);
    const spans = tagNames(doc, lexicon, sharedKb()).map((s) => [
      doc.slice(doc.tokens.start[s.start], doc.tokens.end[s.end - 1]),
      s.type,
    ]);
    expect(spans).toEqual([
      ["Wladimir Putin", "PER"],
      ["Xi Jinping", "PER"],
      ["Peking", "LOC"],
    ]);
  });
});
