/**
 * Time tagging speed: `node dist/bench/time.js` (after `npm run build`). Runs the default pipeline
 * over ../shared/data/10kgnad/test.csv and reports the time of de.time.v1 as a share of the time of
 * all other stages (budget: at most +15 % per article), plus expressions found per article.
 */
import { loadGnad, stageShare, timePipeline } from "./gnad.js";

const articles = loadGnad();
if (!articles.length) {
  process.stdout.write("bench time: ../shared/data/10kgnad/test.csv not found (skipped)\n");
} else {
  let times = 0;
  const timing = timePipeline(articles, 5, "2025-09-04", (doc) => {
    times += doc.times.length;
  });
  process.stdout.write(
    `time: ${articles.length} articles, ${times} expressions (${(times / articles.length).toFixed(2)}/article); ` +
      `${stageShare(timing, "de.time.v1", articles.length)}; first article incl. loading: ${timing.coldMs.toFixed(0)} ms\n`,
  );
}
