import { describe, expect, it } from "vitest";
import { Doc } from "../../doc/index.js";
import { sharedKb } from "../../kb/index.js";
import { german } from "../../lang/de/index.js";
import { textLayers } from "../../pipeline/analyze.js";
import { MAXF } from "./features.js";
import { loadModel } from "./index.js";
import { L } from "./labels.js";
import { RuntimeFeatures } from "./runtime.js";
import { Featurizer } from "./sentences.js";

const TEXT = [
  "Wladimir Putin traf Xi Jinping in Peking.",
  "Putin sagte, die EU-Kommission und die Nato-Partner hätten Russland gewarnt.",
  "Die Deutsche Bank meldet Gewinne; Bank-Chef Christian Sewing ist zufrieden.",
  "In Peking traf Putin den Außenamtssprecher der Volksrepublik China.",
  "Sagte Putin das?",
].join(" ");

/** Emission scores of every sentence: one-pass features (training path) and run-time features (own sums kept). */
function emissions(doc: Doc, run: RuntimeFeatures): { all: number[]; cached: number[] } {
  const model = loadModel();
  const kb = sharedKb();
  const fz = new Featurizer({ lexicon: german().entities.ner, kb }, model.clusters, model.names);
  fz.memory = model.memory;
  const all: number[] = [];
  const cached: number[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.count; ) {
    let j = i + 1;
    while (j < toks.count && toks.sent[j] === toks.sent[i]) j++;
    const words: string[] = [];
    for (let k = i; k < j; k++) words.push(doc.tokenText(k));
    const n = j - i;
    const a = new Float32Array(n * L);
    fz.run(doc, i, j, words);
    model.scorer.emissions(fz.feats, fz.counts, n, MAXF, a);
    const b = new Float32Array(n * L);
    run.emissions(doc, i, j, words, b);
    all.push(...a);
    cached.push(...b);
    i = j;
  }
  return { all, cached };
}

describe("run-time tagger features", () => {
  it("give the same emission scores as all features summed in one pass, also for forms seen before", () => {
    const model = loadModel();
    const doc = new Doc({ text: TEXT });
    textLayers(doc);
    const run = new RuntimeFeatures(model, german().entities.ner, sharedKb());
    const first = emissions(doc, run);
    expect(first.cached).toEqual(first.all);
    // second pass: every form's own sums come from the kept table
    const again = emissions(doc, run);
    expect(again.cached).toEqual(first.all);
    expect(first.all.some((x) => x !== 0)).toBe(true);
  });
});
