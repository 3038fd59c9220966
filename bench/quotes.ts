/**
 * Quote extraction speed: `node dist/bench/quotes.js` (after `npm run build`). Runs the default
 * pipeline over ../shared/data/10kgnad/test.csv and reports the time of de.quotes.v1 as a share of
 * the time of all other stages (budget: at most +30 % per article), plus quotes found per article.
 */
import { loadGnad, stageShare, timePipeline } from "./gnad.js";

const articles = loadGnad();
if (!articles.length) {
  process.stdout.write("bench quotes: ../shared/data/10kgnad/test.csv not found (skipped)\n");
} else {
  let quotes = 0;
  const timing = timePipeline(articles, 3, "2025-09-04", (doc) => {
    quotes += doc.quotes.length;
  });
  const n = articles.length;
  process.stdout.write(
    `quotes: ${n} articles, ${quotes} quotes (${(quotes / n).toFixed(2)}/article); ${stageShare(timing, "de.quotes.v1", n)}\n`,
  );
}
