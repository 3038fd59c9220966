/**
 * Entities linking benchmark: `npm run build && node dist/bench/entities.js`.
 * Tokenises the 1,028 articles of ../shared/data/10kgnad/test.csv (not timed), runs the tagger once
 * per article (not timed), then times the entities linking (KB matching, descriptors, surnames,
 * adjectives …) with and without the tagger spans on one core. Also prints the KB load time and size.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { Doc } from "../src/doc/index.js";
import type { TagSpan } from "../src/entities/context.js";
import { linkEntities } from "../src/entities/index.js";
import { taggerSpans } from "../src/entities/tagger-spans.js";
import { kbDataPath, sharedKb } from "../src/kb/index.js";
import { german } from "../src/lang/de/index.js";
import { textLayers } from "../src/pipeline/analyze.js";
import { GNAD_CSV, loadGnad } from "./gnad.js";

function main(): void {
  let t0 = performance.now();
  const k = sharedKb();
  const loadMs = performance.now() - t0;
  const dir = dirname(kbDataPath());
  let bytes = 0;
  for (const f of ["kb.de.json", "kb.de.entries.tsv", "kb.de.forms.tsv", "kb.de.firstMax.tsv"]) {
    if (existsSync(join(dir, f))) bytes += statSync(join(dir, f)).size;
  }
  process.stdout.write(
    `kb: ${(bytes / 1e6).toFixed(1)} MB, load ${loadMs.toFixed(1)} ms, entries ${JSON.stringify(k.counts())}\n`,
  );
  const articles = loadGnad();
  if (!articles.length) {
    process.stdout.write(`bench: ${GNAD_CSV} not found — needs ../shared (skipped)\n`);
    return;
  }
  const docs: Doc[] = [];
  for (const { text } of articles) {
    const doc = new Doc({ text });
    textLayers(doc);
    docs.push(doc);
  }
  const tokens = docs.reduce((n, d) => n + d.tokens.count, 0);
  const res = { grammar: german().entities, kb: k };
  let tags: TagSpan[][] = [];
  t0 = performance.now();
  let tagger = true;
  try {
    tags = docs.map((d) => taggerSpans(d, res.grammar.ner, k));
  } catch {
    tagger = false;
  }
  const tagMs = performance.now() - t0;
  // warm-up (memo tables, JIT), then timed runs
  for (const d of docs.slice(0, 100)) linkEntities(d, res, null, { tags: [] });
  const runs = 3;
  let cpu = process.cpuUsage();
  t0 = performance.now();
  let ents = 0;
  const forms: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    for (const d of docs) {
      const es = linkEntities(d, res, null, { tags: [] });
      if (r === 0) {
        ents += es.length;
        for (const e of es) for (const m of e.mentions) forms[m.form] = (forms[m.form] ?? 0) + 1;
      }
    }
  }
  const rulesMs = (performance.now() - t0) / runs;
  const rulesCpu = process.cpuUsage(cpu).user / 1000 / runs;
  cpu = process.cpuUsage();
  t0 = performance.now();
  let entsTagged = 0;
  for (let r = 0; r < runs; r++) {
    docs.forEach((d, i) => {
      const es = linkEntities(d, res, null, { tags: tags[i] ?? [] });
      if (r === 0) entsTagged += es.length;
    });
  }
  const taggedMs = (performance.now() - t0) / runs;
  const taggedCpu = process.cpuUsage(cpu).user / 1000 / runs;
  const per = (ms: number): string => `${((ms / docs.length) * 1000).toFixed(0)} µs/article`;
  const cpuPer = (ms: number): string => `CPU ${((ms / docs.length) * 1000).toFixed(0)} µs/article`;
  const tps = (ms: number): string => `${Math.round(tokens / (ms / 1000)).toLocaleString("en")} tokens/s`;
  process.stdout.write(
    `articles ${docs.length}, tokens ${tokens.toLocaleString("en")}\n` +
      `linking, KB + rules only:      ${per(rulesMs)} (${cpuPer(rulesCpu)}), ${tps(rulesMs)}, ${(ents / docs.length).toFixed(1)} entities/article, mention forms ${JSON.stringify(forms)}\n` +
      (tagger
        ? `linking with tagger spans:     ${per(taggedMs)} (${cpuPer(taggedCpu)}), ${tps(taggedMs)}, ${(entsTagged / docs.length).toFixed(1)} entities/article (tagger itself: ${per(tagMs)}, not included)\n`
        : "tagger model not installed: tagged run skipped\n"),
  );
}

main();
