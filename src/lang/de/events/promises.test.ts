import { describe, expect, it } from "vitest";
import { sides } from "./test-helpers.js";

describe("a promise is an agreement only with someone or of something", () => {
  it("codes no event for a promise to no one named of no event ('verspricht, Politik für die Menschen zu machen')", () => {
    const evs = sides("Der Oppositionsführer Jeremy Corbyn verspricht, Politik für die Menschen zu machen.");
    expect(evs.filter((e) => e.type === "AGREE")).toEqual([]);
  });

  it("keeps a promise made to a named party", () => {
    const evs = sides("Bundeskanzler Friedrich Merz versprach der Ukraine weitere Hilfe.");
    expect(evs.filter((e) => e.type === "AGREE" || e.type === "AID").map((e) => e.target)).toContain("Ukraine");
  });

  it("keeps a promise whose complement is an event ('versprach, die Truppen abzuziehen')", () => {
    const evs = sides(
      "Der russische Präsident Wladimir Putin versprach am Montag, die Truppen aus der Region abzuziehen.",
    );
    expect(evs.length).toBeGreaterThan(0);
  });
});
