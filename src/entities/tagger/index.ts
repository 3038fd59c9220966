/**
 * The statistical name tagger (averaged structured perceptron, BIO Viterbi) used by the
 * entities stage. `tagNames(doc, lexicon, kb)` returns typed name spans in token indices.
 *
 * The model (models/ner.de.bin) is trained by `lagebild train ner` on GermEval 2014
 * (CC BY 4.0) and loaded lazily once per process.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Doc } from "../../doc/doc.js";
import { tokenView } from "../../doc/token-view.js";
import type { Kb } from "../../kb/index.js";
import type { NerLexicon } from "../grammar.js";
import { alignWithKb } from "./gazetteer.js";
import { beginOf, L, type NerType, spansOf } from "./labels.js";
import { decodeModel, type LoadedModel } from "./model.js";
import { RuntimeFeatures } from "./runtime.js";
import { viterbi } from "./viterbi.js";

export type { NerType, Span } from "./labels.js";
export { LABELS } from "./labels.js";

export interface NameSpan {
  /** token index of the first token */
  start: number;
  /** token index after the last token */
  end: number;
  type: NerType;
}

const here = dirname(fileURLToPath(import.meta.url));

/** models/ner.de.bin, from src/entities/tagger or dist/src/entities/tagger. */
export function modelPath(): string {
  let dir = here;
  for (let k = 0; k < 6; k++) {
    const p = join(dir, "models", "ner.de.bin");
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return join(here, "..", "..", "..", "models", "ner.de.bin");
}

let loaded: LoadedModel | undefined;

/** Loads the shipped model once per process. */
export function loadModel(path?: string): LoadedModel {
  if (!loaded) {
    path ??= modelPath();
    if (!existsSync(path)) throw new Error(`NER model not found at ${path} (run \`lagebild train ner\`)`);
    loaded = decodeModel(readFileSync(path));
  }
  return loaded;
}

/**
 * Reusable decoding buffers for one model, with the language's word classes (`lexicon`) and the KB for the
 * gazetteer features (used only when the model was trained with them).
 */
export class Tagger {
  private readonly fz: RuntimeFeatures;
  private em = new Float32Array(64 * L);
  private out = new Uint8Array(64);
  constructor(
    readonly model: LoadedModel,
    readonly lexicon: NerLexicon,
    readonly kb: Kb | null,
  ) {
    this.fz = new RuntimeFeatures(model, lexicon, kb);
  }

  /** Labels of doc tokens [from, to) forming one sentence (words = their texts). */
  labels(doc: Doc, from: number, to: number, words: readonly string[]): Uint8Array {
    const n = to - from;
    if (this.out.length < n) {
      this.out = new Uint8Array(n * 2);
      this.em = new Float32Array(n * 2 * L);
    }
    this.fz.emissions(doc, from, to, words, this.em);
    const out = this.out.subarray(0, n);
    viterbi(this.em, n, this.model.scorer.trans, out);
    alignWithKb(out, this.fz.gaz, n, (t) => beginOf(t as NerType));
    return out;
  }

  /** Name spans of a whole doc, sentence by sentence. */
  tagDoc(doc: Doc): NameSpan[] {
    const toks = doc.tokens;
    const out: NameSpan[] = [];
    let i = 0;
    // the doc's shared token strings (the other stages' look-ups by these strings hash each only once)
    const text = tokenView(doc).text;
    while (i < toks.count) {
      const s = toks.sent[i];
      let j = i + 1;
      while (j < toks.count && toks.sent[j] === s) j++;
      const words = text.slice(i, j);
      for (const sp of spansOf(this.labels(doc, i, j, words), i)) out.push(sp);
      i = j;
    }
    return out;
  }
}

let tagger: Tagger | undefined;

/** Typed name spans (token indices, end exclusive) of the doc, per sentence, with the shipped model. */
export function tagNames(doc: Doc, lexicon: NerLexicon, kb: Kb | null): NameSpan[] {
  const m = loadModel();
  if (!tagger || tagger.model !== m || tagger.lexicon !== lexicon || tagger.kb !== kb)
    tagger = new Tagger(m, lexicon, kb);
  return tagger.tagDoc(doc);
}
