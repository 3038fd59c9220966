import { describe, expect, it } from "vitest";
import { tagTimes } from "../testing.js";

describe("durations", () => {
  it.each([
    ["Die Sitzung dauerte zwei Stunden.", "zwei Stunden", "PT2H", ""],
    ["Seit mehr als drei Jahren herrscht Krieg.", "mehr als drei Jahren", "P3Y", "MORE_THAN"],
    ["Die Waffenruhe hielt nur 48 Stunden.", "48 Stunden", "PT48H", ""],
    ["Die Ermittlungen dauerten mehrere Monate.", "mehrere Monate", "PXM", ""],
    ["Die Sitzung wurde nach 40 Minuten unterbrochen.", "40 Minuten", "PT40M", ""],
    ["Seit Wochen streiten die Parteien.", "Wochen", "PXW", ""],
    ["Er hatte monatelang Schmerzen.", "monatelang", "PXM", ""],
    ["Nach rund zwei Jahren war es fertig.", "rund zwei Jahren", "P2Y", "APPROX"],
    ["Der dreitägige Besuch endete.", "dreitägige", "P3D", ""],
    ["Nach einer zweiwöchigen Pause ging es weiter.", "zweiwöchigen", "P2W", ""],
    ["Die 24-stündige Waffenruhe hielt.", "24-stündige", "PT24H", ""],
    ["Nach mehrjährigen Verhandlungen kam die Einigung.", "mehrjährigen", "PXY", ""],
  ])("%s", (text, span, value, mod) => {
    expect(tagTimes(text)).toContainEqual([span, value, "DURATION", mod]);
  });

  it("amounts and bare units are not durations", () => {
    expect(tagTimes("Die Aktie verlor 3,4 Prozent auf 120 Euro.")).toEqual([]);
    expect(tagTimes("Der 26-Jährige wurde verurteilt.")).toEqual([]);
    expect(tagTimes("Der 35-jährige Routinier ärgerte sich.")).toEqual([]);
    expect(tagTimes("Das war ein Tag für das Land.")).toEqual([]);
    expect(tagTimes("Er zog sich über mehrere Stunden hin.")).toEqual([["mehrere Stunden", "PTXH", "DURATION", ""]]);
  });

  it("ages are no durations", () => {
    expect(tagTimes("Der 53 Jahre alte Lenker wurde schwer verletzt.")).toEqual([]);
    expect(tagTimes("Ein 71 Jahre alter Pensionist ist abgestürzt.")).toEqual([]);
    expect(tagTimes("Die Frau, 34 Jahre alt, wurde festgenommen.")).toEqual([]);
    expect(tagTimes("Die Brücke ist mehr als 80 Jahre alt.")).toEqual([]);
    expect(tagTimes("Er starb im Alter von 83 Jahren in Graz.")).toEqual([]);
  });

  it("a period that is not an age stays a duration", () => {
    expect(tagTimes("Nach 20 Jahren im Amt ist der alte Bürgermeister zurückgetreten.")).toEqual([
      ["20 Jahren", "P20Y", "DURATION", ""],
    ]);
    expect(tagTimes("Die Haftstrafe von drei Jahren ist rechtskräftig.")).toEqual([
      ["drei Jahren", "P3Y", "DURATION", ""],
    ]);
  });
});
