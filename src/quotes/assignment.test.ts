import { describe, expect, it } from "vitest";
import { maxAssignment } from "./assignment.js";

/** Best total over all injective row → column maps (rows ≤ cols), by brute force. */
function bruteBest(s: number[][]): number {
  const cols = s[0].length;
  const go = (i: number, used: Set<number>): number => {
    if (i === s.length) return 0;
    let best = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) {
      if (used.has(j)) continue;
      used.add(j);
      best = Math.max(best, s[i][j] + go(i + 1, used));
      used.delete(j);
    }
    return best;
  };
  return go(0, new Set());
}

const total = (s: number[][], pairs: [number, number][]) => pairs.reduce((a, [i, j]) => a + s[i][j], 0);

describe("maxAssignment", () => {
  it("prefers the pairing with the larger total over the greedy one", () => {
    // greedy takes (0,0)=0.9 and is left with (1,1)=0; the best pairing is (0,1)+(1,0) = 1.6
    const s = [
      [0.9, 0.8],
      [0.8, 0],
    ];
    expect(maxAssignment(s)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("pairs min(rows, cols) rows and columns, zero-score pairs included, as scipy does", () => {
    const wide = [[0, 0, 0.5]];
    expect(maxAssignment(wide)).toEqual([[0, 2]]);
    const tall = [[0], [0], [0]];
    expect(maxAssignment(tall)).toHaveLength(1);
    expect(maxAssignment([[0, 0]])).toHaveLength(1);
  });

  it("finds the optimum on random rectangular matrices", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rnd() * 5);
      const m = 1 + Math.floor(rnd() * 5);
      const s = Array.from({ length: n }, () => Array.from({ length: m }, () => (rnd() < 0.4 ? 0 : rnd())));
      const pairs = maxAssignment(s);
      expect(pairs).toHaveLength(Math.min(n, m));
      expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
      const best = n <= m ? bruteBest(s) : bruteBest(s[0].map((_, j) => s.map((r) => r[j])));
      expect(total(s, pairs)).toBeCloseTo(best, 9);
    }
  });

  it("returns no pairs for an empty matrix", () => {
    expect(maxAssignment([])).toEqual([]);
    expect(maxAssignment([[]])).toEqual([]);
  });
});
