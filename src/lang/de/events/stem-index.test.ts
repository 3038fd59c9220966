import { describe, expect, it } from "vitest";
import { endsWithStem, StemIndex } from "./tables.js";

describe("stem index", () => {
  const stems = ["kritik", "angriff", "lob", "skandal", "vorwurf", "protest", "eu", "drohung"];
  const index = new StemIndex(stems, (s) => s);
  const words = [
    "kritik",
    "kritiken",
    "polizeikritik",
    "angriffe",
    "raketenangriffen",
    "lob",
    "eigenlob",
    "lobes",
    "skandals",
    "vorwürfe",
    "protestes",
    "eu",
    "bedrohung",
    "x",
    "",
  ];
  it.each(words)("finds for %j exactly the stems endsWithStem accepts", (w) => {
    const got = [...new Set(index.matches(w).map((m) => m.stem))].sort();
    expect(got).toEqual(stems.filter((s) => endsWithStem(w, s)).sort());
  });
  it("reports each entry's position in the list", () => {
    expect(index.matches("raketenangriff").map((m) => m.order)).toEqual([1]);
  });
});
