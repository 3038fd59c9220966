import { describe, expect, it } from "vitest";
import { code, one } from "./test-helpers.js";

describe("material cooperation: COOPERATE, AID, RETREAT", () => {
  it("codes an arms delivery as AID", () => {
    expect(one("Schweden liefert der Ukraine weitere Kampfflugzeuge.")).toMatchObject({
      type: "AID",
      actor: "SWE",
      target: "UKR",
    });
  });

  it("codes an extradition as COOPERATE", () => {
    expect(one("Spanien lieferte den Verdächtigen an Frankreich aus.")).toMatchObject({
      type: "COOPERATE",
      actor: "ESP",
      target: "FRA",
    });
  });

  it("codes a prisoner release with a separated particle (ließ … frei) as RETREAT", () => {
    expect(one("Venezuela ließ zwei amerikanische Staatsbürger frei.")).toMatchObject({
      type: "RETREAT",
      actor: "VEN",
      target: "USA",
    });
  });

  it("codes a troop withdrawal as RETREAT/withdraw", () => {
    expect(one("Frankreich zog seine Soldaten aus Niger ab.")).toMatchObject({
      type: "RETREAT",
      mode: "withdraw",
      actor: "FRA",
      target: "NER",
    });
  });

  it("marks an agreement refused with 'nirgends' or 'keinesfalls' as negated", () => {
    for (const text of [
      "Wien – Die Grünen werden dem Gesetz nirgends zustimmen.",
      "Wien – Die Grünen werden dem Gesetz keinesfalls zustimmen.",
    ])
      expect(code(text).find((e) => e.type === "AGREE")).toMatchObject({ negated: true });
  });

  it("marks aid that was not delivered as negated", () => {
    expect(one("Österreich hat der Ukraine keine Waffen geliefert.")).toMatchObject({
      type: "AID",
      negated: true,
      actor: "AUT",
      target: "UKR",
    });
  });

  it("marks a conditional withdrawal as hypothetical", () => {
    const evs = code("Wenn Russland seine Truppen aus Transnistrien abzieht, könnte Moldau die Grenze öffnen.");
    expect(evs.find((e) => e.type === "RETREAT")).toMatchObject({ actor: "RUS", hypothetical: true });
  });

  it("codes no event for goods a firm delivers or a ship rescued by nobody named", () => {
    expect(code("Der Onlinehändler liefert seine Pakete künftig auch sonntags aus.")).toEqual([]);
    expect(code("Die Preise für Strom sind im Sommer gesunken.")).toEqual([]);
  });

  it('codes liefern as AID only with a recipient (not "Windräder sollen Strom liefern", "die EU liefert nicht")', () => {
    expect(code("Im Bezirk Deutschlandsberg an der Grenze zu Kärnten sollen 13 Windräder Strom liefern.")).toEqual([]);
    expect(code("Die Regierungen in der EU liefern nicht.")).toEqual([]);
    expect(one("Deutschland liefert der Ukraine zwei weitere Patriot-Systeme.")).toMatchObject({
      type: "AID",
      actor: "DEU",
      target: "UKR",
    });
  });
});
