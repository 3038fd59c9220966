import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CORPUS_HASHES,
  corpusHashes,
  DEFAULT_CORPUS,
  diffHashes,
  readCorpus,
  readSamples,
  SAMPLES_DIR,
  sampleFileText,
  sampleLayers,
} from "../../scripts/golden-lib.js";

const REGENERATE = "if the change is meant, run `npm run golden` and say in the commit why the outputs moved";

describe("golden outputs of the 33 sample articles", () => {
  const articles = readSamples();
  it("has one golden file per sample article", () => {
    expect(articles.length).toBe(33);
    for (const a of articles) expect(existsSync(join(SAMPLES_DIR, `${a.id}.json`)), a.id).toBe(true);
  });
  for (const a of articles) {
    it(`reproduces the layers of ${a.id}`, () => {
      const want = readFileSync(join(SAMPLES_DIR, `${a.id}.json`), "utf8");
      expect(sampleFileText(sampleLayers(a)), REGENERATE).toBe(want);
    });
  }
});

const HAS_CORPUS = existsSync(DEFAULT_CORPUS) && existsSync(CORPUS_HASHES);
const CORPUS_REASON = HAS_CORPUS ? "" : " (skipped: ../shared/data/10kgnad is not present on this machine)";
describe.skipIf(!HAS_CORPUS)(`golden hashes of the 1,028 10kGNAD articles${CORPUS_REASON}`, () => {
  it("reproduces every article's layers (hash per article and layer)", () => {
    const d = diffHashes(readFileSync(CORPUS_HASHES, "utf8"), corpusHashes(readCorpus(DEFAULT_CORPUS)));
    const moved = [...d.moved].map(
      ([layer, ids]) => `${layer}: ${ids.length} articles (${ids.slice(0, 10).join(" ")})`,
    );
    expect(moved, `${REGENERATE} (npm run golden -- --corpus ${DEFAULT_CORPUS})`).toEqual([]);
    expect(d.missing).toBe(0);
  }, 600_000);
});
