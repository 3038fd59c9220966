/**
 * Control for the scale-out benchmark: how well does this machine run N copies of the analysis
 * itself? N plain Node processes each load the default pipeline, wait until all are loaded, then
 * analyse their share of 10kgnad (article i goes to process i mod N) — no queue, no database,
 * no serialisation. The ratio rate(N) / rate(1) is the ceiling any store or queue design can reach
 * here; `bench/scale.ts` measures the real workers against it.
 *
 *   npm run build && node dist/bench/cpu-scale.js [--procs 1,2] [--rounds 3] [--limit N]
 *
 * Rounds alternate the process counts (1, 2, 1, 2, …) so that a drift of the host affects both
 * alike; the median rate per count is reported.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { loadDefaultConfig, Pipeline } from "../src/pipeline/analyze.js";
import { arg, median } from "./args.js";
import { loadGnad } from "./gnad.js";

interface ChildMsg {
  ready?: true;
  done?: { articles: number; cpuMs: number };
}

/** Child: load, say ready, wait for "go", analyse articles k, k+n, …, report. */
function child(k: number, n: number, limit: number): void {
  const all = loadGnad();
  const articles = (limit ? all.slice(0, limit) : all).filter((_, i) => i % n === k);
  const pipeline = new Pipeline(loadDefaultConfig());
  pipeline.run(new Doc({ text: "Kim Jong-un sagte am Mittwoch, Nordkorea werde Russland unterstützen." }));
  process.on("message", (m) => {
    if (m !== "go") return;
    const c0 = process.cpuUsage();
    for (const a of articles) pipeline.run(new Doc({ text: a.text }));
    const c = process.cpuUsage(c0);
    const msg: ChildMsg = { done: { articles: articles.length, cpuMs: (c.user + c.system) / 1000 } };
    process.send?.(msg, () => process.exit(0));
  });
  const ready: ChildMsg = { ready: true };
  process.send?.(ready);
}

async function runOnce(n: number, limit: number): Promise<{ articles: number; seconds: number; cpuMs: number }> {
  const self = fileURLToPath(import.meta.url);
  const procs: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  const done: Promise<{ articles: number; cpuMs: number }>[] = [];
  for (let k = 0; k < n; k++) {
    const p = fork(self, ["--child", `${k}/${n}`, "--limit", String(limit)], { stdio: "inherit" });
    procs.push(p);
    ready.push(new Promise((r) => p.on("message", (m: ChildMsg) => m.ready && r())));
    done.push(
      new Promise((r, j) => {
        p.on("message", (m: ChildMsg) => m.done && r(m.done));
        p.on("exit", (code) => code !== 0 && j(new Error(`analysis process ${k} exited with ${code}`)));
      }),
    );
  }
  await Promise.all(ready);
  const t0 = performance.now();
  for (const p of procs) p.send("go");
  const results = await Promise.all(done);
  const seconds = (performance.now() - t0) / 1000;
  return {
    articles: results.reduce((a, r) => a + r.articles, 0),
    seconds,
    cpuMs: results.reduce((a, r) => a + r.cpuMs, 0),
  };
}

async function main(): Promise<void> {
  const childArg = arg("child", "");
  const limit = Number(arg("limit", "0"));
  if (childArg) {
    const [k, n] = childArg.split("/").map(Number);
    child(k, n, limit);
    return;
  }
  if (!loadGnad().length) {
    process.stdout.write("cpu-scale bench: skipped (../shared/data/10kgnad/test.csv not present)\n");
    return;
  }
  const counts = arg("procs", "1,2").split(",").map(Number);
  const rounds = Number(arg("rounds", "3"));
  const rates = new Map<number, number[]>(counts.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const n of counts) {
      const res = await runOnce(n, limit);
      const rate = res.articles / res.seconds;
      rates.get(n)?.push(rate);
      process.stdout.write(
        `cpu-scale: round ${r + 1}, ${n} process(es): ${res.articles} articles in ${res.seconds.toFixed(2)} s = ` +
          `${rate.toFixed(1)} articles/s (${(res.cpuMs / res.articles).toFixed(2)} ms CPU per article, V8 helper threads included)\n`,
      );
    }
  }
  const base = median(rates.get(1) ?? [Number.NaN]);
  const summary = counts.map((n) => {
    const m = median(rates.get(n) ?? []);
    return { procs: n, rates: rates.get(n), median: m, scaling: m / base };
  });
  for (const s of summary) {
    process.stdout.write(
      `cpu-scale: ${s.procs} process(es): median ${s.median.toFixed(1)} articles/s = ${s.scaling.toFixed(2)}× one\n`,
    );
  }
  process.stdout.write(`${JSON.stringify({ summary })}\n`);
}

main().catch((e) => {
  process.stderr.write(`cpu-scale bench: ${(e as Error).message}\n`);
  process.exit(1);
});
