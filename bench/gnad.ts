/**
 * Shared by the benchmarks: the 1,028 real articles of ../shared/data/10kgnad/test.csv and a
 * timed pipeline pass over them (best of N rounds, per-stage wall time).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../src/doc/index.js";
import { Pipeline } from "../src/pipeline/analyze.js";
import { parseCsv } from "../src/read/csv.js";

export const GNAD_CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));

export interface GnadArticle {
  category: string;
  text: string;
}

/** The articles, or [] when ../shared is absent (benchmarks then say they were skipped). */
export function loadGnad(): GnadArticle[] {
  if (!existsSync(GNAD_CSV)) return [];
  const out: GnadArticle[] = [];
  for (const rec of parseCsv(readFileSync(GNAD_CSV, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) out.push({ category: rec.fields[0] ?? "", text: rec.fields[1] });
  }
  return out;
}

export interface PipelineTiming {
  /** Per-stage milliseconds of the fastest round. */
  stages: Map<string, number>;
  /** Sum over stages of the fastest round. */
  total: number;
  /** Wall time of the fastest round (includes Doc creation). */
  wall: number;
  /** The first article, including loading tables and models. */
  coldMs: number;
}

/**
 * Runs the default pipeline `rounds` times over the articles; `onDoc` sees every analysed Doc of
 * the last round (for counts).
 */
export function timePipeline(
  articles: readonly GnadArticle[],
  rounds: number,
  published = "2025-09-04",
  onDoc?: (doc: Doc, article: GnadArticle) => void,
): PipelineTiming {
  const pipeline = new Pipeline();
  const t0 = performance.now();
  pipeline.run(new Doc({ text: articles[0].text, published }));
  const coldMs = performance.now() - t0;
  let best: PipelineTiming = { stages: new Map(), total: Number.POSITIVE_INFINITY, wall: 0, coldMs };
  for (let r = 0; r < rounds; r++) {
    const stages = new Map<string, number>();
    const start = performance.now();
    for (const a of articles) {
      const doc = pipeline.run(new Doc({ text: a.text, published }), stages);
      if (onDoc && r === rounds - 1) onDoc(doc, a);
    }
    const wall = performance.now() - start;
    const total = [...stages.values()].reduce((x, y) => x + y, 0);
    if (total < best.total) best = { stages, total, wall, coldMs };
  }
  return best;
}

/** "de.time.v1 0.73 ms/article vs. 8.1 ms/article for the other stages (+9.0 %)" */
export function stageShare(timing: PipelineTiming, stage: string, articles: number): string {
  const ms = timing.stages.get(stage) ?? 0;
  const rest = timing.total - ms;
  return (
    `${stage} ${(ms / articles).toFixed(3)} ms/article vs. ${(rest / articles).toFixed(3)} ms/article ` +
    `for the other stages (+${((ms / rest) * 100).toFixed(1)} %)`
  );
}
