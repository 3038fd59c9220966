/**
 * Event coding speed: `node dist/bench/events.js` (after `npm run build`). Runs the default pipeline
 * over ../shared/data/10kgnad/test.csv (best of 3 passes) and reports the time of de.events.v1 as a
 * share of the time of all other stages (budget: at most +30 % per article), plus events per article
 * and per category (a rough check that sport/economy texts yield few events).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { Pipeline } from "../src/pipeline/analyze.js";
import { parseCsv } from "../src/read/csv.js";

const CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));

function loadGnad(): { category: string; text: string }[] {
  if (!existsSync(CSV)) return [];
  const out: { category: string; text: string }[] = [];
  for (const rec of parseCsv(readFileSync(CSV, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) out.push({ category: rec.fields[0] ?? "", text: rec.fields[1] });
  }
  return out;
}

function main(): void {
  const articles = loadGnad();
  if (!articles.length) {
    process.stdout.write("bench events: ../shared/data/10kgnad/test.csv not found (skipped)\n");
    return;
  }
  const pipeline = new Pipeline();
  pipeline.run(new Doc({ text: articles[0].text, published: "2016-06-01" }));
  let best: Map<string, number> | null = null;
  let bestTotal = Number.POSITIVE_INFINITY;
  const perCategory = new Map<string, { articles: number; events: number }>();
  let events = 0;
  for (let r = 0; r < 3; r++) {
    const timings = new Map<string, number>();
    events = 0;
    perCategory.clear();
    for (const a of articles) {
      const doc = new Doc({ text: a.text, published: "2016-06-01" });
      pipeline.run(doc, timings);
      events += doc.events.length;
      const c = perCategory.get(a.category) ?? { articles: 0, events: 0 };
      c.articles++;
      c.events += doc.events.length;
      perCategory.set(a.category, c);
    }
    const total = [...timings.values()].reduce((x, y) => x + y, 0);
    if (total < bestTotal) {
      bestTotal = total;
      best = timings;
    }
  }
  const ev = best?.get("de.events.v1") ?? 0;
  const rest = bestTotal - ev;
  const n = articles.length;
  process.stdout.write(
    `events: ${n} articles, ${events} events (${(events / n).toFixed(2)}/article); ` +
      `de.events.v1 ${(ev / n).toFixed(3)} ms/article vs. ${(rest / n).toFixed(3)} ms/article for the other stages ` +
      `(+${((ev / rest) * 100).toFixed(1)} %)\n`,
  );
  const cats = [...perCategory.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  process.stdout.write(
    `events per article by category: ${cats.map(([c, v]) => `${c} ${(v.events / v.articles).toFixed(2)}`).join(", ")}\n`,
  );
}

main();
