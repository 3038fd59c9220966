/**
 * NER tagger benchmark: `npm run build && node dist/bench/ner.js`.
 * Tokenises and sentence-splits the 1,028 articles of ../shared/data/10kgnad/test.csv with our
 * tokenizer (not timed), then times `tagNames` (features incl. gazetteer and lexicon lookups,
 * emission scoring, Viterbi) over all of them on one core. Also prints model size and load time.
 */
import { statSync } from "node:fs";
import { Doc } from "../src/doc/index.js";
import { loadModel, modelPath, tagNames } from "../src/entities/tagger/index.js";
import { kbMissing, sharedKb } from "../src/kb/index.js";
import { german } from "../src/lang/de/index.js";
import { textLayers } from "../src/pipeline/analyze.js";
import { GNAD_CSV, loadGnad } from "./gnad.js";

function ms(t0: number): string {
  return (performance.now() - t0).toFixed(1);
}

function main(): void {
  const path = modelPath();
  let t0 = performance.now();
  const model = loadModel();
  const loadMs = ms(t0);
  t0 = performance.now();
  const gaz = model.header.gazetteer && !kbMissing() ? sharedKb() : null;
  const kbMs = ms(t0);
  t0 = performance.now();
  const lexicon = german().entities.ner;
  lexicon.wordClass("Haus");
  const lexMs = ms(t0);
  process.stdout.write(
    `model: ${path} — ${(statSync(path).size / 1e6).toFixed(2)} MB, ${model.header.nRows} feature rows, ` +
      `${model.clusters?.size ?? 0} cluster words; load ${loadMs} ms` +
      `${gaz ? `; knowledge base load ${kbMs} ms` : ""}; lexicon load ${lexMs} ms\n`,
  );
  const articles = loadGnad();
  if (!articles.length) {
    process.stdout.write(`bench ner: ${GNAD_CSV} not found — the benchmark needs ../shared (skipped)\n`);
    return;
  }
  const docs: Doc[] = [];
  let tokens = 0;
  for (const { text } of articles) {
    const doc = new Doc({ text });
    textLayers(doc);
    docs.push(doc);
    tokens += doc.tokens.count;
  }
  process.stdout.write(`corpus: 10kgnad test.csv — ${docs.length} articles, ${tokens} tokens (our tokenizer)\n`);
  tagNames(docs[0], lexicon, gaz); // warm-up
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let spans = 0;
  for (let r = 0; r < 3; r++) {
    spans = 0;
    const s = performance.now();
    const c = process.cpuUsage();
    for (const d of docs) spans += tagNames(d, lexicon, gaz).length;
    best = Math.min(best, performance.now() - s);
    const cu = process.cpuUsage(c);
    bestCpu = Math.min(bestCpu, (cu.user + cu.system) / 1000);
  }
  const rate = (msec: number): string => Math.round(tokens / (msec / 1000)).toLocaleString("en");
  process.stdout.write(
    `tagNames: ${rate(best)} tokens/s wall, ${rate(bestCpu)} tokens/s per CPU-second (one thread; ` +
      `best of 3: ${best.toFixed(0)} ms wall, ${bestCpu.toFixed(0)} ms CPU, ${spans} name spans)\n`,
  );
}

main();
