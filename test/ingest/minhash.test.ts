import { describe, expect, it } from "vitest";
import { BANDS, bandKeys, minhash, SHINGLE, similarity } from "../../src/store/minhash.js";

const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => `wort${(i * 7919 + seed * 104729) % 100003}`).join(" ");

function exactJaccard(a: string, b: string): number {
  const sh = (t: string) => {
    const w = t.toLowerCase().split(/\s+/);
    const s = new Set<string>();
    for (let i = 0; i + SHINGLE <= w.length; i++) s.add(w.slice(i, i + SHINGLE).join(" "));
    return s;
  };
  const x = sh(a);
  const y = sh(b);
  let inter = 0;
  for (const v of x) if (y.has(v)) inter++;
  return inter / (x.size + y.size - inter);
}

describe("MinHash near-duplicate signatures", () => {
  it("estimate the Jaccard similarity of word 5-shingles within a few points", () => {
    const a = words(400, 1);
    const w = a.split(" ");
    for (let i = 0; i < w.length; i += 40) w[i] = `neu${i}`;
    const b = w.join(" ");
    const sa = minhash(a);
    const sb = minhash(b);
    if (!sa || !sb) throw new Error("no signature");
    expect(Math.abs(similarity(sa, sb) - exactJaccard(a, b))).toBeLessThan(0.12);
  });

  it("are identical for identical texts (case and punctuation aside) and far apart for unrelated ones", () => {
    const a = words(200, 2);
    const sa = minhash(a) as Uint32Array;
    expect(similarity(sa, minhash(`${a.toUpperCase()}!`) as Uint32Array)).toBe(1);
    expect(similarity(sa, minhash(words(200, 3)) as Uint32Array)).toBeLessThan(0.2);
    expect(bandKeys(sa)).toHaveLength(BANDS);
    expect(minhash(" … ")).toBeNull();
  });
});
