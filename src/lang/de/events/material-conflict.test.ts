import { describe, expect, it } from "vitest";
import { code, one } from "./test-helpers.js";

describe("material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT", () => {
  it("codes a demonstration and resolves the crowd's country from the place", () => {
    expect(one("In Budapest demonstrierten Tausende gegen die Regierung.")).toMatchObject({
      type: "PROTEST",
      actor: "HUN",
    });
  });

  it("keeps the text of a collective actor when no country is clear", () => {
    expect(one("Demonstranten blockierten die Zufahrt zum Hafen.")).toMatchObject({
      type: "PROTEST",
      actor: "Demonstranten",
    });
  });

  it("resolves unnamed crowds and police to the dateline's country", () => {
    const evs = code(
      "Proteste in der Hauptstadt\n\nBukarest – Tausende Menschen haben am Sonntag gegen die Regierung demonstriert. Die Polizei nahm mehrere Demonstranten fest.",
    );
    expect(evs.find((e) => e.type === "PROTEST")).toMatchObject({ actor: "ROU" });
    expect(evs.find((e) => e.type === "COERCE")).toMatchObject({ actor: "ROU" });
  });

  it("codes sanctions via the noun frame and an expulsion of diplomats", () => {
    expect(one("Großbritannien verhängte Sanktionen gegen iranische Banken.")).toMatchObject({
      type: "SANCTION",
      actor: "GBR",
      target: "IRN",
    });
    expect(one("Estland wies einen russischen Diplomaten aus.")).toMatchObject({
      type: "SANCTION",
      mode: "expel",
      actor: "EST",
      target: "RUS",
    });
  });

  it("codes a deployment as MOBILIZE and arrests as COERCE", () => {
    expect(one("Die Türkei verlegte Truppen an die Grenze zu Syrien.")).toMatchObject({
      type: "MOBILIZE",
      actor: "TUR",
      target: "SYR",
    });
    expect(one("Die Polizei in Minsk nahm Dutzende Demonstranten fest.")).toMatchObject({
      type: "COERCE",
      actor: "BLR",
    });
  });

  it("codes an attack in the passive voice with the agent as actor", () => {
    expect(one("Charkiw wurde in der Nacht von russischen Drohnen angegriffen.")).toMatchObject({
      type: "ASSAULT",
      actor: "RUS",
      target: "UKR",
    });
  });

  it("codes shelling and air strikes with their targets", () => {
    expect(one("Die israelische Armee beschoss Stellungen der Hisbollah im Libanon.")).toMatchObject({
      type: "ASSAULT",
      actor: "ISR",
    });
    expect(one("Russland bombardierte die ukrainische Stadt Saporischschja.")).toMatchObject({
      type: "ASSAULT",
      actor: "RUS",
      target: "UKR",
    });
  });

  it("marks negated deployments and hypothetical attacks", () => {
    expect(one("Frankreich hat keine Soldaten in die Ukraine entsandt.")).toMatchObject({
      type: "MOBILIZE",
      negated: true,
      actor: "FRA",
    });
    const evs = code("Sollte China Taiwan angreifen, würden die USA eingreifen.");
    expect(evs.find((e) => e.type === "ASSAULT")).toMatchObject({ actor: "CHN", target: "TWN", hypothetical: true });
  });

  it("codes no event for a storm hitting a coast or a football win", () => {
    expect(code("Der Sturm traf am Morgen auf die Küste der Normandie.")).toEqual([]);
    expect(code("Union Berlin schlug den VfB Stuttgart mit 2:0.")).toEqual([]);
    expect(code("Die Notenbank erhöhte den Leitzins auf vier Prozent.")).toEqual([]);
  });

  it("codes 'sich Gefechte liefern' as fighting, not as a delivery (AID)", () => {
    const evs = code("Im Südosten liefern sich türkische Soldaten und kurdische Rebellen seit Tagen schwere Gefechte.");
    expect(evs.map((e) => e.type)).toEqual(["ASSAULT"]);
    expect(one("Die USA liefern Israel Waffen.")).toMatchObject({ type: "AID", actor: "USA", target: "ISR" });
  });

  it("does not read 'demonstrieren' with a thing for its object as a protest (Die Regierung demonstriert Einigkeit)", () => {
    expect(code("Die Regierung demonstriert bei der Ausweitung der Grenzkontrollen Einigkeit.")).toEqual([]);
    expect(code("Am Sonntag demonstrierten Tausende gegen die Regierung.").map((e) => e.type)).toEqual(["PROTEST"]);
  });
});
