import { describe, expect, it } from "vitest";
import type { Span } from "./labels.js";
import { NerScorer } from "./score.js";

const sp = (start: number, end: number, type: Span["type"]): Span => ({ start, end, type });

describe("strict span+type NER scoring", () => {
  it("counts exact matches only: partial overlap and wrong type are both a false positive and a false negative", () => {
    const s = new NerScorer();
    s.add(
      [sp(0, 2, "PER"), sp(4, 5, "LOC"), sp(7, 9, "ORG")],
      [sp(0, 2, "PER"), sp(4, 5, "ORG"), sp(7, 8, "ORG"), sp(10, 11, "MISC")],
    );
    const r = s.scores();
    expect([r.tp, r.fp, r.fn]).toEqual([1, 3, 2]);
    expect(r.precision).toBeCloseTo(1 / 4);
    expect(r.recall).toBeCloseTo(1 / 3);
    expect(r.f1).toBeCloseTo((2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3));
    expect(r.perType.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.perType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(r.perType.ORG).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(r.perType.MISC).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
  });

  it("sums counts over sentences (micro average), not per-sentence F1", () => {
    const s = new NerScorer();
    s.add([sp(0, 1, "LOC")], [sp(0, 1, "LOC")]);
    s.add([sp(0, 1, "LOC"), sp(2, 3, "LOC"), sp(4, 5, "LOC")], []);
    const r = s.scores();
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(0.25);
  });

  it("scores empty gold and empty prediction as zero, not NaN", () => {
    const r = new NerScorer().scores();
    expect([r.precision, r.recall, r.f1]).toEqual([0, 0, 0]);
  });
});
