import { describe, expect, it } from "vitest";
import { SpanBlocks } from "./span-blocks.js";

describe("SpanBlocks", () => {
  const spans = [
    { start: 10, end: 20, id: "a" },
    { start: 500, end: 1100, id: "long" },
    { start: 3000, end: 3005, id: "far" },
  ];
  const blocks = new SpanBlocks<(typeof spans)[number]>();
  for (const s of spans) blocks.add(s);

  it("finds a span that crosses several blocks from any offset inside it", () => {
    const ids = (from: number, to: number) => [...new Set([...blocks.near(from, to)].map((s) => s.id))].sort();
    expect(ids(900, 905)).toEqual(["long"]);
    expect(ids(15, 15)).toEqual(["a", "long"]); // same block as the start of "long"
    expect(ids(3001, 3002)).toEqual(["far"]);
  });

  it("reads no block beyond the range asked for", () => {
    expect([...blocks.near(2000, 2100)]).toEqual([]);
    expect([...blocks.near(99_999, 100_000)]).toEqual([]);
  });

  it("reads blocks backwards from an offset, nearest first", () => {
    const seen = [...blocks.blocksBefore(1050)].map((b) => b.map((s) => s.id));
    expect(seen[0]).toEqual(["long"]);
    expect(seen[seen.length - 1]).toEqual(["a", "long"]);
  });
});
