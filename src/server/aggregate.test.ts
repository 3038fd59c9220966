import { describe, expect, it } from "vitest";
import { bucketize, fillGaps, isCooperation } from "./aggregate.js";

describe("bucketize", () => {
  it("splits cooperation from conflict and fills empty months", () => {
    const b = bucketize(
      [
        { type: "AGREE", date: "2025-01-10" },
        { type: "ASSAULT", date: "2025-01-11" },
        { type: "ACCUSE", date: "2025-03-01" },
        { type: "AID", date: null },
      ],
      "month",
    );
    expect(b).toEqual([
      { period: "2025-01", cooperation: 1, conflict: 1, count: 2 },
      { period: "2025-02", cooperation: 0, conflict: 0, count: 0 },
      { period: "2025-03", cooperation: 0, conflict: 1, count: 1 },
    ]);
  });
  it("steps weeks across a year boundary", () => {
    const b = bucketize(
      [
        { type: "CONSULT", date: "2024-12-23" },
        { type: "CONSULT", date: "2025-01-06" },
      ],
      "week",
    );
    expect(b.map((x) => x.period)).toEqual(["2024-W52", "2025-W01", "2025-W02"]);
  });
  it("counts REQUEST as conflict and RETREAT as cooperation (PLOVER quads)", () => {
    expect(isCooperation("REQUEST")).toBe(false);
    expect(isCooperation("RETREAT")).toBe(true);
  });
});

describe("fillGaps", () => {
  it("inserts zero buckets with the same numeric fields between the first and last period", () => {
    const b = fillGaps(
      [
        { period: "2025-11", cooperation: 1, conflict: 0, score: 3.5, label: "x" },
        { period: "2025-09", cooperation: 0, conflict: 2, score: -4, label: "y" },
      ],
      "month",
    );
    expect(b.map((x) => x.period)).toEqual(["2025-09", "2025-10", "2025-11"]);
    expect(b[1]).toEqual({ period: "2025-10", cooperation: 0, conflict: 0, score: 0 });
  });
  it("leaves a single bucket alone", () => {
    expect(fillGaps([{ period: "2025", cooperation: 1 }], "year")).toEqual([{ period: "2025", cooperation: 1 }]);
  });
});
