import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("years, decades and centuries", () => {
  it.each([
    ["Der Verteidigungsvertrag von 2024 gilt.", "2024", "2024"],
    ["Der Vertrag stammt aus dem Jahr 1990.", "Jahr 1990", "1990"],
    ["Die Stadt wurde 1945 zerstört.", "1945", "1945"],
    ["Die Schlacht fand 480 v. Chr. statt.", "480 v. Chr.", "BC0480"],
    ["In den 1990er Jahren wuchs die Stadt.", "1990er Jahren", "199"],
    ["In den 90er-Jahren wuchs die Stadt.", "90er-Jahren", "199"],
    ["In den zwanziger Jahren wuchs die Stadt.", "zwanziger Jahren", "192"],
    ["Im 20. Jahrhundert wurde sie zerstört.", "20. Jahrhundert", "19"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("reads year spans as two years", () => {
    expect(values("Im Winterkrieg 1939/1940 und 1912/13 geschah das.")).toEqual([
      ["1939", "1939"],
      ["1940", "1940"],
      ["1912", "1912"],
      ["13", "1913"],
    ]);
  });

  it("does not read quantities, page numbers or codes as years", () => {
    expect(tagTimes("Die Tabelle nennt 2024 Soldaten und 1939 Fahrzeuge.")).toEqual([]);
    expect(tagTimes("Auf Seite 2024 steht es, Nummer 2019 fehlt.")).toEqual([]);
    expect(tagTimes("Die Richtlinie 2012/34/EU gilt.")).toEqual([]);
    expect(tagTimes("Es kostet 2024 Euro.")).toEqual([]);
    expect(tagTimes("Die Fraktion stimmte mit 312 zu 298 Stimmen.")).toEqual([]);
  });
});
