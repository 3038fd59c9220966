/**
 * Linear time on big inputs: builds texts of the given sizes from 10kGNAD articles (test.csv,
 * concatenated with blank lines between them, repeated as needed) and times the default
 * pipeline on each, per stage, in this process (one run per size; the first run warms up the
 * tables on a small article). Prints seconds, seconds per MB and the ratio of the largest to the
 * smallest seconds-per-MB (the bar: within 1.5×). CPU seconds (process.cpuUsage, all threads) are printed
 * beside the wall time: on a shared machine they are the steadier figure.
 *
 *   npm run build && node dist/bench/big-analyze.js [--sizes 5,10,20] [--write DIR]
 *
 * --write DIR also writes the inputs as DIR/gnad-<N>mb.txt (for `lagebild analyze` by hand).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../src/doc/index.js";
import { loadDefaultConfig, Pipeline } from "../src/pipeline/analyze.js";
import { arg } from "./args.js";
import { loadGnad } from "./gnad.js";

/** A text of about `mb` MB (UTF-8) made of whole 10kGNAD articles. */
export function gnadText(mb: number): string {
  const articles = loadGnad();
  if (!articles.length) throw new Error("../shared/data/10kgnad/test.csv is missing");
  const want = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < want; i++) {
    const t = articles[i % articles.length].text;
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  return parts.join("\n\n");
}

function main(): void {
  const sizes = arg("sizes", "5,10,20").split(",").map(Number);
  const out = arg("write", "");
  const pipeline = new Pipeline(loadDefaultConfig());
  pipeline.run(new Doc({ text: "Kim Jong-un sagte am Mittwoch, Nordkorea werde Russland unterstützen." }));
  const rows: { mb: number; s: number; cpu: number }[] = [];
  for (const mb of sizes) {
    const text = gnadText(mb);
    if (out) writeFileSync(join(out, `gnad-${mb}mb.txt`), text);
    const timings = new Map<string, number>();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const doc = pipeline.run(new Doc({ text }), timings);
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    rows.push({ mb, s, cpu });
    const stages = [...timings].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(", ");
    console.log(
      `${mb} MB: ${s.toFixed(1)} s wall (${(s / mb).toFixed(2)} s/MB), ${cpu.toFixed(1)} s CPU (${(cpu / mb).toFixed(2)} s/MB), ${doc.sentences.length} sentences, ${doc.quotes.length} quotes, ${doc.events.length} events, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB — ${stages}`,
    );
  }
  const ratio = (per: number[]) => (Math.max(...per) / Math.min(...per)).toFixed(2);
  console.log(
    `s/MB max/min: ${ratio(rows.map((r) => r.s / r.mb))}× wall, ${ratio(rows.map((r) => r.cpu / r.mb))}× CPU`,
  );
}

if (process.argv[1]?.endsWith("big-analyze.js")) main();
