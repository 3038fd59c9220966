import { describe, expect, it } from "vitest";
import { sides } from "./test-helpers.js";

describe("an example after a phrase is no participant of its own", () => {
  it("codes no threat against the example of what a warning is about ('Extremisten wie dem Islamischen Staat')", () => {
    const evs = sides(
      "Moskau – Russland hat vor einer wachsenden Gefahr von Chemiewaffen in den Händen von Extremistenorganisationen wie dem Islamischen Staat gewarnt.",
    );
    expect(evs.filter((e) => e.target === "Islamischer Staat")).toEqual([]);
  });

  it("still reads a party named without 'wie' as the one warned", () => {
    const evs = sides("Moskau – Russland hat die Nato vor einer Ausweitung ihrer Manöver gewarnt.");
    expect(evs.find((e) => e.type === "THREATEN")?.target).toBe("Nato");
  });
});
