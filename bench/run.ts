/**
 * `npm run bench`: the whole current pipeline over ../shared/data/10kgnad/test.csv
 * (1,028 real German articles). Prints words/s per core (one core: this process),
 * the time share of each stage, the tokens+sentences layer alone, and peak RSS.
 * Other benchmarks (corpus queries, …) run after it when their modules exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { Pipeline } from "../src/pipeline/analyze.js";
import { parseCsv } from "../src/read/csv.js";
import { splitSentences } from "../src/tokens/sentences.js";
import { tokenize } from "../src/tokens/tokenize.js";

const CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));

export function loadGnadTexts(): string[] {
  if (!existsSync(CSV)) return [];
  const texts: string[] = [];
  for (const rec of parseCsv(readFileSync(CSV, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) texts.push(rec.fields[1]);
  }
  return texts;
}

const countWords = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function main(): void {
  const texts = loadGnadTexts();
  if (!texts.length) {
    process.stdout.write(`bench: ${CSV} not found — the benchmark needs ../shared (skipped)\n`);
    return;
  }
  const words = texts.reduce((a, t) => a + countWords(t), 0);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  process.stdout.write(`corpus: 10kgnad test.csv — ${texts.length} articles, ${words} words, ${chars} characters\n`);

  const t0 = performance.now();
  const pipeline = new Pipeline();
  process.stdout.write(`pipeline: ${pipeline.stages.map((s) => s.name).join(" → ")}\n`);
  // first article: cold (loads models and tables)
  pipeline.run(new Doc({ text: texts[0], published: "2025-09-04" }));
  const coldMs = performance.now() - t0;

  const rounds = 3;
  let best = Number.POSITIVE_INFINITY;
  let bestTimings = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    const timings = new Map<string, number>();
    const start = performance.now();
    for (const text of texts) pipeline.run(new Doc({ text, published: "2025-09-04" }), timings);
    const ms = performance.now() - start;
    if (ms < best) {
      best = ms;
      bestTimings = timings;
    }
  }
  const total = [...bestTimings.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `whole pipeline: ${(words / (best / 1000)).toFixed(0)} words/s on one core (${best.toFixed(0)} ms for the corpus, best of ${rounds}; ${(best / texts.length).toFixed(3)} ms/article)\n`,
  );
  process.stdout.write(`first article incl. loading tables/models: ${coldMs.toFixed(0)} ms\n`);
  for (const [name, ms] of bestTimings) {
    process.stdout.write(
      `  ${name.padEnd(18)} ${ms.toFixed(1).padStart(9)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%\n`,
    );
  }

  // the text layer alone
  let bestLayer = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const text of texts) {
      const doc = new Doc({ text });
      tokenize(doc);
      splitSentences(doc);
    }
    bestLayer = Math.min(bestLayer, performance.now() - start);
  }
  process.stdout.write(`tokens+sentences alone: ${(words / (bestLayer / 1000)).toFixed(0)} words/s on one core\n`);
  process.stdout.write(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
}

main();
const extra = new URL("./corpus.js", import.meta.url);
if (existsSync(fileURLToPath(extra))) {
  const mod = (await import(extra.href)) as { runCorpusBench?: () => Promise<void> };
  if (mod.runCorpusBench) await mod.runCorpusBench();
}
