/**
 * Time tagging speed: `node dist/bench/time.js` (after `npm run build`). Runs the default pipeline
 * over ../shared/data/10kgnad/test.csv and reports the time of de.time.v1 as a share of the time of
 * all other stages (budget: at most +15 % per article), plus expressions found per article.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { Pipeline } from "../src/pipeline/analyze.js";
import { parseCsv } from "../src/read/csv.js";

const CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));

function loadGnadTexts(): string[] {
  if (!existsSync(CSV)) return [];
  const texts: string[] = [];
  for (const rec of parseCsv(readFileSync(CSV, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) texts.push(rec.fields[1]);
  }
  return texts;
}

function main(): void {
  const texts = loadGnadTexts();
  if (!texts.length) {
    process.stdout.write("bench time: ../shared/data/10kgnad/test.csv not found (skipped)\n");
    return;
  }
  const pipeline = new Pipeline();
  const t0 = performance.now();
  pipeline.run(new Doc({ text: texts[0], published: "2025-09-04" }));
  const coldMs = performance.now() - t0;
  let best: Map<string, number> | null = null;
  let bestTotal = Number.POSITIVE_INFINITY;
  let times = 0;
  for (let r = 0; r < 5; r++) {
    const timings = new Map<string, number>();
    times = 0;
    for (const text of texts) {
      const doc = new Doc({ text, published: "2025-09-04" });
      pipeline.run(doc, timings);
      times += doc.times.length;
    }
    const total = [...timings.values()].reduce((a, b) => a + b, 0);
    if (total < bestTotal) {
      bestTotal = total;
      best = timings;
    }
  }
  const t = best?.get("de.time.v1") ?? 0;
  const rest = bestTotal - t;
  process.stdout.write(
    `time: ${texts.length} articles, ${times} expressions (${(times / texts.length).toFixed(2)}/article); ` +
      `de.time.v1 ${(t / texts.length).toFixed(3)} ms/article vs. ${(rest / texts.length).toFixed(3)} ms/article for the other stages ` +
      `(+${((t / rest) * 100).toFixed(1)} %); first article incl. loading: ${coldMs.toFixed(0)} ms\n`,
  );
}

main();
