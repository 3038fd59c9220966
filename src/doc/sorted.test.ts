import { describe, expect, it } from "vitest";
import { firstStartingFrom } from "./sorted.js";

describe("the first span starting from a position", () => {
  const list = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];

  it("finds the first span at or after the position", () => {
    expect(firstStartingFrom(list, 0)).toBe(0);
    expect(firstStartingFrom(list, 5)).toBe(1);
    expect(firstStartingFrom(list, 6)).toBe(3);
  });

  it("gives the list's length when no span starts there or later", () => {
    expect(firstStartingFrom(list, 10)).toBe(4);
    expect(firstStartingFrom([], 3)).toBe(0);
  });
});
