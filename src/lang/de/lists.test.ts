import { describe, expect, it } from "vitest";
import { WordLists } from "./lists.js";

describe("WordLists (named lists in one data file)", () => {
  const w = new WordLists("time/parsers/duration.tsv");

  it("reads a list's entries, multi-word ones included", () => {
    expect(w.set("plural-unit").has("wochen")).toBe(true);
    expect(w.map("mod").get("mehr als")).toBe("MORE_THAN");
  });

  it("keeps every value column in file order", () => {
    const c = new WordLists("time/parsers/relative-period.tsv").rows("compound");
    expect(c.get("vortag")).toEqual(["D", "-1", "true"]);
    expect([...c.keys()][0]).toBe("vorjahr");
  });

  it("refuses a list the file lacks (a typo in a list name is an error, not an empty list)", () => {
    expect(() => w.set("plural-units")).toThrow(/no list "plural-units"/);
  });
});
