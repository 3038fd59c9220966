/**
 * `npm run bench`: the whole current pipeline over ../shared/data/10kgnad/test.csv
 * (1,028 real German articles). Prints words/s per core (one core: this process),
 * the time share of each stage, the tokens+sentences layer alone, and peak RSS.
 * Other benchmarks (corpus queries, …) run after it when their modules exist.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { textLayers } from "../src/pipeline/analyze.js";
import { GNAD_CSV, loadGnad, timePipeline } from "./gnad.js";

const countWords = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function main(): void {
  const articles = loadGnad();
  const texts = articles.map((a) => a.text);
  if (!texts.length) {
    process.stdout.write(`bench: ${GNAD_CSV} not found — the benchmark needs ../shared (skipped)\n`);
    return;
  }
  const words = texts.reduce((a, t) => a + countWords(t), 0);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  process.stdout.write(`corpus: 10kgnad test.csv — ${texts.length} articles, ${words} words, ${chars} characters\n`);
  const rounds = 3;
  const timing = timePipeline(articles, rounds);
  process.stdout.write(`pipeline: ${[...timing.stages.keys()].join(" → ")}\n`);
  process.stdout.write(
    `whole pipeline: ${(words / (timing.wall / 1000)).toFixed(0)} words/s on one core (${timing.wall.toFixed(0)} ms for the corpus, best of ${rounds}; ${(timing.wall / texts.length).toFixed(3)} ms/article)\n`,
  );
  process.stdout.write(`first article incl. loading tables/models: ${timing.coldMs.toFixed(0)} ms\n`);
  for (const [name, ms] of timing.stages) {
    process.stdout.write(
      `  ${name.padEnd(18)} ${ms.toFixed(1).padStart(9)} ms  ${((ms / timing.total) * 100).toFixed(1).padStart(5)}%\n`,
    );
  }

  // the text layer alone
  let bestLayer = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const text of texts) {
      const doc = new Doc({ text });
      textLayers(doc);
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
