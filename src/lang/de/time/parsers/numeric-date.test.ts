import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("numeric dates", () => {
  it.each([
    ["Termin: 03.09.2025.", "03.09.2025", "2025-09-03"],
    ["Am 1.9.39 begann es.", "1.9.39", "1939-09-01"],
    ["Bis zum 30.9. müssen die Anträge vorliegen.", "30.9.", "2025-09-30"],
    ["Laut Bericht vom 2025-05-20 stieg die Quote.", "2025-05-20", "2025-05-20"],
    ["(red, 16. 5. 2016)", "16. 5. 2016", "2016-05-16"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("rejects impossible days, amounts and section numbers", () => {
    expect(tagTimes("Es waren 2,5 Prozent und 1.000 Soldaten.")).toEqual([]);
    expect(tagTimes("Siehe Kapitel 3.9. im Anhang.")).toEqual([]);
    expect(tagTimes("Der Wert 45.13. ist falsch.")).toEqual([]);
  });
});
