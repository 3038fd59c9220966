/**
 * Writes or checks the golden outputs (see scripts/golden-lib.ts).
 *
 *   npm run golden                                   write test/golden/samples/*.json (33 sample articles)
 *   npm run golden -- --check                        compare instead of writing; exit 1 and list what moved
 *   npm run golden -- --corpus ../shared/data/10kgnad/test.csv [--check]
 *                                                    the same for one SHA-256 per article and layer
 *   npm run golden -- --corpus … --dump DIR          also write each article's layers to DIR/<index>.json
 *                                                    (outside the repo: to diff two trees' outputs)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  CORPUS_HASHES,
  CORPUS_PUBLISHED,
  corpusHashes,
  diffHashes,
  GOLDEN_LAYERS,
  goldenLayers,
  readCorpus,
  readSamples,
  SAMPLES_DIR,
  sampleFileText,
  sampleLayers,
} from "./golden-lib.js";

const args = process.argv.slice(2);
const flag = (n: string): boolean => args.includes(n);
const value = (n: string): string | undefined => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(["--check", "--corpus", "--dump"]);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i])) {
    process.stderr.write(`golden: unknown argument "${args[i]}" (see scripts/golden.ts)\n`);
    process.exit(2);
  }
  if (args[i] !== "--check") i++;
}

const check = flag("--check");
const corpus = value("--corpus");
const dump = value("--dump");

function samples(): number {
  const articles = readSamples();
  const moved: string[] = [];
  if (!check) {
    mkdirSync(SAMPLES_DIR, { recursive: true });
    const keep = new Set(articles.map((a) => `${a.id}.json`));
    for (const f of readdirSync(SAMPLES_DIR)) if (!keep.has(f)) rmSync(join(SAMPLES_DIR, f));
  }
  for (const a of articles) {
    const path = join(SAMPLES_DIR, `${a.id}.json`);
    const text = sampleFileText(sampleLayers(a));
    if (check) {
      const before = existsSync(path) ? readFileSync(path, "utf8") : "";
      if (before !== text) {
        const old = before ? (JSON.parse(before) as Record<string, unknown>) : {};
        const now = JSON.parse(text) as Record<string, unknown>;
        const layers = GOLDEN_LAYERS.filter((l) => JSON.stringify(old[l]) !== JSON.stringify(now[l]));
        moved.push(`${a.id} (${layers.join(", ") || "file"})`);
      }
    } else writeFileSync(path, text);
  }
  if (check) {
    if (moved.length)
      process.stdout.write(`samples: ${moved.length} of ${articles.length} moved:\n  ${moved.join("\n  ")}\n`);
    else process.stdout.write(`samples: all ${articles.length} unchanged\n`);
  } else process.stdout.write(`samples: wrote ${articles.length} files to ${SAMPLES_DIR}\n`);
  return moved.length;
}

function corpusRun(path: string): number {
  const file = resolve(path);
  if (!existsSync(file)) {
    process.stderr.write(`golden: ${file} does not exist\n`);
    process.exit(2);
  }
  const texts = readCorpus(file);
  if (dump) {
    mkdirSync(dump, { recursive: true });
    texts.forEach((t, i) => {
      writeFileSync(join(dump, `${i}.json`), `${JSON.stringify(goldenLayers(t, CORPUS_PUBLISHED), null, 1)}\n`);
    });
  }
  const t0 = performance.now();
  const hashes = corpusHashes(texts, (n) => {
    if (n % 100 === 0 && process.stderr.isTTY) process.stderr.write(`\r${n}/${texts.length} articles`);
  });
  if (process.stderr.isTTY) process.stderr.write("\r");
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (!check) {
    writeFileSync(CORPUS_HASHES, hashes);
    process.stdout.write(`corpus: wrote hashes of ${texts.length} articles to ${CORPUS_HASHES} (${secs} s)\n`);
    return 0;
  }
  const before = existsSync(CORPUS_HASHES) ? readFileSync(CORPUS_HASHES, "utf8") : "";
  const d = diffHashes(before, hashes);
  let n = d.missing;
  for (const [layer, ids] of d.moved) {
    n += ids.length;
    process.stdout.write(
      `corpus: ${layer} moved in ${ids.length} articles: ${ids.slice(0, 40).join(" ")}${ids.length > 40 ? " …" : ""}\n`,
    );
  }
  if (d.missing) process.stdout.write(`corpus: ${d.missing} article/layer lines present in one file only\n`);
  if (!n) process.stdout.write(`corpus: all ${texts.length} articles unchanged (${secs} s)\n`);
  return n;
}

const changed = corpus ? corpusRun(corpus) : samples();
process.exit(check && changed ? 1 : 0);
