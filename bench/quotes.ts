/**
 * Quote extraction speed: `node dist/bench/quotes.js` (after `npm run build`). Runs the default
 * pipeline over ../shared/data/10kgnad/test.csv and reports the time of de.quotes.v1 as a share of
 * the time of all other stages (budget: at most +30 % per article), plus quotes found per article.
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
    process.stdout.write("bench quotes: ../shared/data/10kgnad/test.csv not found (skipped)\n");
    return;
  }
  const pipeline = new Pipeline();
  pipeline.run(new Doc({ text: texts[0], published: "2025-09-04" }));
  let best: Map<string, number> | null = null;
  let bestTotal = Number.POSITIVE_INFINITY;
  let quotes = 0;
  for (let r = 0; r < 3; r++) {
    const timings = new Map<string, number>();
    quotes = 0;
    for (const text of texts) {
      const doc = new Doc({ text, published: "2025-09-04" });
      pipeline.run(doc, timings);
      quotes += doc.quotes.length;
    }
    const total = [...timings.values()].reduce((a, b) => a + b, 0);
    if (total < bestTotal) {
      bestTotal = total;
      best = timings;
    }
  }
  const q = best?.get("de.quotes.v1") ?? 0;
  const rest = bestTotal - q;
  process.stdout.write(
    `quotes: ${texts.length} articles, ${quotes} quotes (${(quotes / texts.length).toFixed(2)}/article); ` +
      `de.quotes.v1 ${(q / texts.length).toFixed(3)} ms/article vs. ${(rest / texts.length).toFixed(3)} ms/article for the other stages ` +
      `(+${((q / rest) * 100).toFixed(1)} %)\n`,
  );
}

main();
