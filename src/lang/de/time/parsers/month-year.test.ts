import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("month with or without year", () => {
  it.each([
    ["Im September 2024 begann der Prozess.", "September 2024", "2024-09"],
    ["Seit Juni vergangenen Jahres gilt das Gesetz.", "Juni vergangenen Jahres", "2024-06"],
    ["Die Wahl findet im Oktober statt.", "Oktober", "2025-10"],
    ["Im Oktober hatte er gewarnt.", "Oktober", "2024-10"],
    ["Im Feber war es mild.", "Feber", "2025-02"],
    ["Im vergangenen Dezember sank die Zahl.", "vergangenen Dezember", "2024-12"],
    ["Im Juni des Vorjahres stieg sie.", "Juni des Vorjahres", "2024-06"],
    ["Der Vertrag gilt ab Sept. 2026.", "Sept. 2026", "2026-09"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("without tense, a month lies within six months of the publication date", () => {
    expect(values("Die Zahlen für Jänner liegen vor.", "2025-03-17")).toEqual([["Jänner", "2025-01"]]);
    expect(values("Die Zahlen für Jänner liegen vor.", "2025-09-04")).toEqual([["Jänner", "2026-01"]]);
  });

  it("does not read names as months", () => {
    expect(tagTimes("Frau Mai leitet die Behörde.")).toEqual([]);
    expect(tagTimes("August Bebel gründete die Partei mit.")).toEqual([]);
  });

  it("keeps XXXX without a publication date", () => {
    expect(values("Im Oktober wird gewählt.", null)).toEqual([["Oktober", "XXXX-10"]]);
  });
});
