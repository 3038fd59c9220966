import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("fixed holidays", () => {
  it("resolves the holiday's day in the year given by tense", () => {
    expect(values("Silvester wird gefeiert.", "2024-12-30")).toEqual([["Silvester", "2024-12-31"]]);
    expect(values("Weihnachten verbrachte der Papst in Rom.", "2025-01-10")).toEqual([["Weihnachten", "2024-12-25"]]);
    expect(values("Silvester 2023 war laut.")).toEqual([["Silvester 2023", "2023-12-31"]]);
  });

  it("holiday words inside compounds are not tagged", () => {
    expect(tagTimes("Der Weihnachtsmarkt öffnet.")).toEqual([]);
  });
});
