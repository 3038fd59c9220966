import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("seasons, quarters and half-years", () => {
  it.each([
    ["Im Frühjahr stiegen die Preise.", "Frühjahr", "2025-SP"],
    ["Im Herbst soll gewählt werden.", "Herbst", "2025-FA"],
    ["Im Sommer 2026 soll die Strecke öffnen.", "Sommer 2026", "2026-SU"],
    ["Im Herbst vergangenen Jahres zerbrach die Koalition.", "Herbst vergangenen Jahres", "2024-FA"],
    ["Im dritten Quartal wuchs die Wirtschaft.", "dritten Quartal", "2025-Q3"],
    ["Im 4. Quartal 2026 ist es fertig.", "4. Quartal 2026", "2026-Q4"],
    ["Im zweiten Halbjahr rechnet es mit Wachstum.", "zweiten Halbjahr", "2025-H2"],
    ["Im laufenden Quartal wächst nichts.", "laufenden Quartal", "2025-Q3"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("winter in a past clause in March is the winter that began in December", () => {
    expect(values("Im Winter waren die Straßen gesperrt.", "2025-03-17")).toEqual([["Winter", "2024-WI"]]);
  });

  it("seasons as names or in compounds are not times", () => {
    expect(tagTimes("Herr Winter und Frau Sommer führen die Liste an.")).toEqual([]);
    expect(tagTimes("Das Frühjahrsgutachten fällt verhalten aus.")).toEqual([]);
  });
});
