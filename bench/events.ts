/**
 * Event coding speed: `node dist/bench/events.js` (after `npm run build`). Runs the default pipeline
 * over ../shared/data/10kgnad/test.csv (best of 3 passes) and reports the time of de.events.v1 as a
 * share of the time of all other stages (budget: at most +30 % per article), plus events per article
 * and per category (a rough check that sport/economy texts yield few events).
 */
import { loadGnad, stageShare, timePipeline } from "./gnad.js";

const articles = loadGnad();
if (!articles.length) {
  process.stdout.write("bench events: ../shared/data/10kgnad/test.csv not found (skipped)\n");
} else {
  const perCategory = new Map<string, { articles: number; events: number }>();
  let events = 0;
  const timing = timePipeline(articles, 3, "2016-06-01", (doc, a) => {
    events += doc.events.length;
    const c = perCategory.get(a.category) ?? { articles: 0, events: 0 };
    c.articles++;
    c.events += doc.events.length;
    perCategory.set(a.category, c);
  });
  const n = articles.length;
  process.stdout.write(
    `events: ${n} articles, ${events} events (${(events / n).toFixed(2)}/article); ${stageShare(timing, "de.events.v1", n)}\n`,
  );
  const cats = [...perCategory.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  process.stdout.write(
    `events per article by category: ${cats.map(([c, v]) => `${c} ${(v.events / v.articles).toFixed(2)}`).join(", ")}\n`,
  );
}
