import { describe, expect, it } from "vitest";
import { type Group, MacroCounter, type Role, scoreOfficial } from "./eval.js";

const g = (msg: number[], source: number[], form = "Indirect"): Group => ({
  msg: new Set(msg),
  cue: new Set(),
  source: new Set(source),
  direct: form === "Direct",
  form,
});
const counters = (): Record<Role, MacroCounter> => ({
  msg: new MacroCounter(),
  cue: new MacroCounter(),
  source: new MacroCounter(),
});

describe("scoreOfficial (SpkAtt-2023 scorer's averaging)", () => {
  it("averages source precision over predictions with a source and recall over gold messages with one", () => {
    const out = counters();
    // gold 1 found with the right speaker; gold 2 missed; one spurious prediction with a speaker
    const gold = [g([1, 2, 3], [0]), g([10, 11], [9])];
    const pred = [g([1, 2, 3], [0]), g([20, 21], [19])];
    expect(scoreOfficial(gold, pred, out)).toBe(2);
    const src = out.source.prf();
    // the spurious prediction is paired with the missed gold message (zero overlap), as scipy pairs them:
    // pairs (1: P 1, R 1) and (2: P 0, R 0) → P 0.5, R 0.5
    expect(src.precision).toBeCloseTo(0.5);
    expect(src.recall).toBeCloseTo(0.5);
  });

  it("leaves precision undefined for a pair whose prediction names no speaker", () => {
    const out = counters();
    const gold = [g([1, 2, 3], [0]), g([10, 11], [9])];
    const pred = [g([1, 2, 3], [0]), g([10, 11], [])];
    scoreOfficial(gold, pred, out);
    const src = out.source.prf();
    expect(src.precision).toBeCloseTo(1);
    expect(src.recall).toBeCloseTo(0.5);
  });

  it("pairs messages by the best total overlap F1, not greedily by the largest overlap", () => {
    const out = counters();
    // overlap F1: A–X 0.89, A–Y 0.67, B–X 0.57, B–Y 0. Greedy pairs A–X and B–Y (0.89 in all);
    // the assignment pairs A–Y and B–X (1.24): message P (1 + 0.4) / 2, R (0.5 + 1) / 2
    const gold = [g([1, 2, 3, 4], [0]), g([3, 4], [5])];
    const pred = [g([1, 2, 3, 4, 9], [0]), g([1, 2], [5])];
    scoreOfficial(gold, pred, out);
    const msg = out.msg.prf();
    expect(msg.precision).toBeCloseTo(0.7);
    expect(msg.recall).toBeCloseTo(0.75);
  });
});
