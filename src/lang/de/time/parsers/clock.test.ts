import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("clock times and parts of the day", () => {
  it.each([
    ["Um 14.30 Uhr begann die Pressekonferenz.", "14.30 Uhr", "2025-09-04T14:30"],
    ["Um 4:45 Uhr fielen Schüsse.", "4:45 Uhr", "2025-09-04T04:45"],
    ["Um 4 Uhr 45 fielen Schüsse.", "4 Uhr 45", "2025-09-04T04:45"],
    ["Gegen 9 Uhr traf er ein.", "9 Uhr", "2025-09-04T09:00"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("a clock time takes the day named in its sentence", () => {
    expect(values("Am Freitag um 18 Uhr endet die Frist.", "2025-03-17")).toEqual([
      ["Freitag", "2025-03-21"],
      ["18 Uhr", "2025-03-21T18:00"],
    ]);
  });

  it("parts of the day with a date", () => {
    expect(tagTimes("Am Abend des 3. September kam er.")).toEqual([
      ["Am Abend des 3. September", "2025-09-03TEV", "TIME", ""],
    ]);
  });

  it("midnight and parts of the next or same day", () => {
    expect(values("Um Mitternacht fielen Schüsse.")).toEqual([["Mitternacht", "2025-09-04T24:00"]]);
    expect(values("Am 3. März griffen sie an, am nächsten Morgen zogen sie ab.")).toEqual([
      ["3. März", "2025-03-03"],
      ["am nächsten Morgen", "2025-03-04TMO"],
    ]);
  });

  it("numbers without 'Uhr' are not clock times", () => {
    expect(tagTimes("Der Vertrag von 2024 und der Sieg mit 2:1 zählen.")).toEqual([["2024", "2024", "DATE", ""]]);
  });

  it("unresolved day without a publication date", () => {
    expect(values("Um 11 Uhr beginnt es.", null)).toEqual([["11 Uhr", "XXXX-XX-XXT11:00"]]);
  });
});
