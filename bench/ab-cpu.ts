/**
 * A/B of two built trees of this project on a shared machine: CPU seconds (process.cpuUsage) of one pass of the
 * default pipeline over the 10kGNAD test articles, the trees interleaved round by round (A, B, A, B, …) in fresh
 * processes, so that load from elsewhere falls on both alike. Prints each round and the medians.
 *
 *   npm run build && node dist/bench/ab-cpu.js --trees /path/to/treeA,/path/to/treeB [--rounds 4]
 *
 * Each tree must be built (its dist/src/pipeline/analyze.js and dist/src/doc/index.js are loaded). The articles are
 * read by this tree's reader, once per process.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { arg, median } from "./args.js";
import { loadGnad } from "./gnad.js";

interface PipelineLike {
  run(doc: unknown): unknown;
}
interface AnalyzeModule {
  Pipeline: new (config: unknown) => PipelineLike;
  loadDefaultConfig(): unknown;
}
interface DocModule {
  Doc: new (init: { text: string }) => unknown;
}

/** One pass in this process over the articles with TREE's pipeline; prints "cpu wall" in seconds. */
async function pass(tree: string): Promise<void> {
  const texts = loadGnad().map((a) => a.text);
  if (!texts.length) throw new Error("../shared/data/10kgnad/test.csv is missing");
  const an = (await import(pathToFileURL(`${tree}/dist/src/pipeline/analyze.js`).href)) as AnalyzeModule;
  const { Doc } = (await import(pathToFileURL(`${tree}/dist/src/doc/index.js`).href)) as DocModule;
  const cwd = process.cwd();
  process.chdir(tree); // the tree's data files are found from its own folder
  const p = new an.Pipeline(an.loadDefaultConfig());
  p.run(new Doc({ text: texts[0] })); // tables and models loaded before the clock starts
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) p.run(new Doc({ text }));
  const c = process.cpuUsage(c0);
  process.chdir(cwd);
  process.stdout.write(`${(c.user + c.system) / 1e6} ${(performance.now() - t0) / 1000}\n`);
}

function main(): void {
  const trees = arg("trees", "")
    .split(",")
    .filter(Boolean)
    .map((t) => resolve(t));
  const rounds = Number(arg("rounds", "4"));
  if (trees.length !== 2 || !(rounds >= 1)) {
    process.stderr.write("usage: node dist/bench/ab-cpu.js --trees A,B [--rounds N]\n");
    process.exitCode = 2;
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const cpu: number[][] = [[], []];
  for (let r = 1; r <= rounds; r++) {
    trees.forEach((tree, k) => {
      const out = execFileSync(process.execPath, [self, "--pass", tree], { encoding: "utf8" }).trim();
      const [c, w] = out.split(" ").map(Number);
      cpu[k].push(c);
      process.stdout.write(`round ${r} ${k ? "B" : "A"} ${tree}: ${c.toFixed(2)} s CPU, ${w.toFixed(2)} s wall\n`);
    });
  }
  const [a, b] = cpu.map(median);
  process.stdout.write(
    `median CPU: A ${a.toFixed(2)} s, B ${b.toFixed(2)} s (B/A ${((b / a - 1) * 100).toFixed(1)} %)\n`,
  );
}

const passTree = arg("pass", "");
if (passTree) await pass(passTree);
else main();
