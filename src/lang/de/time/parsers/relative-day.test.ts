import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("relative days", () => {
  it.each([
    ["Gestern sagte die Sprecherin das.", "Gestern", "2025-09-03"],
    ["Vorgestern scheiterten die Gespräche.", "Vorgestern", "2025-09-02"],
    ["Die Kommission entscheidet heute.", "heute", "2025-09-04"],
    ["Das Parlament stimmt morgen ab.", "morgen", "2025-09-05"],
    ["Übermorgen folgt der Bundesrat.", "Übermorgen", "2025-09-06"],
    ["Gestern Abend wurde es bekannt.", "Gestern Abend", "2025-09-03TEV"],
    ["Heute Morgen fiel der Strom aus.", "Heute Morgen", "2025-09-04TMO"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("'am Morgen' is a part of day, not tomorrow", () => {
    expect(values("Am Morgen kam er an.")).toEqual([["Am Morgen", "2025-09-04TMO"]]);
    expect(tagTimes("Guten Morgen, sagte er.")).toEqual([]);
  });

  it("without a publication date: PAST_REF / PRESENT_REF / FUTURE_REF", () => {
    expect(values("Gestern und heute, nicht morgen.", null)).toEqual([
      ["Gestern", "PAST_REF"],
      ["heute", "PRESENT_REF"],
      ["morgen", "FUTURE_REF"],
    ]);
  });
});
