import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { lexicon, lexiconPath } from "./index.js";

const L = lexicon();

function list(name: string): string[] {
  return readFileSync(new URL(`./${name}`, import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

describe("compiled table is in step with the team-written lists (re-run npm run build:lexicon after editing them)", () => {
  it("tags every closed-class word as OTHER", () => {
    const missing = list("function-words.txt").filter((w) => !L.pos(w).includes("OTHER"));
    expect(missing).toEqual([]);
  });

  it("tags every auxiliary/modal lemma as AUX", () => {
    const missing = list("aux-verbs.txt").filter((w) => !L.pos(w).includes("AUX"));
    expect(missing).toEqual([]);
  });

  it("tags every irregular comparative as ADJ", () => {
    const missing = list("irregular-adjectives.txt").filter((w) => !L.pos(w).includes("ADJ"));
    expect(missing).toEqual([]);
  });

  it("finds every key of the table by binary search, and no key that is absent", () => {
    const text = gunzipSync(readFileSync(lexiconPath())).toString("latin1");
    const lines = text.split("\n").slice(2, -1);
    expect(lines.length).toBe(L.size);
    const missing: string[] = [];
    const phantom: string[] = [];
    for (const line of lines) {
      const key = line.slice(0, line.indexOf("\t"));
      if (!L.isListed(key)) missing.push(key);
      if (L.isListed(`${key}\u00ff`)) phantom.push(key);
    }
    expect(missing).toEqual([]);
    expect(phantom).toEqual([]);
  });

  it("carries its provenance and licence in the header line", () => {
    const text = gunzipSync(readFileSync(lexiconPath())).toString("latin1");
    const header = text.slice(0, text.indexOf("\n"));
    expect(header).toMatch(/^# lagebild-lexicon v1; forms=\d+;/);
    expect(header).toContain("german-pos-dict");
    expect(header).toContain("CC BY-SA 4.0");
  });
});
