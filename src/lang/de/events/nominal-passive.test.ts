import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";
import { code } from "./test-helpers.js";

describe("nominal events", () => {
  it("codes an event noun that is asserted, with its agent ('durch') and genitive patient", () => {
    expect(
      code("Die Festnahme des Bürgermeisters durch die türkische Polizei löste landesweite Proteste aus."),
    ).toEqual([expect.objectContaining({ type: "COERCE", actor: "TUR" })]);
  });

  it("reads the genitive of an intransitive event noun as its actor and 'gegen X' as its target", () => {
    expect(code("Die Drohung Moskaus gegen Finnland und Schweden löste in Helsinki Besorgnis aus.")).toContainEqual(
      expect.objectContaining({ type: "THREATEN", actor: "RUS", target: "FIN" }),
    );
  });

  it("codes 'zwischen X und Y' as one reciprocal event between them", () => {
    expect(code("Das Treffen zwischen Trump und Putin in Alaska dauerte knapp drei Stunden.")).toEqual([
      expect.objectContaining({ type: "CONSULT", actor: "USA", target: "RUS", reciprocal: true }),
    ]);
  });

  it("codes no event for a noun that is only the object of a verbal event or a background adjunct", () => {
    expect(code("Russland und China verurteilten den Angriff.").map((e) => e.type)).toEqual(["ACCUSE", "ACCUSE"]);
    expect(code("Nach dem Angriff dauerte die Sitzung bis in die Nacht.")).toEqual([]);
  });

  it("does not let an event noun act as the subject of a verb frame ('Die Sanktionen treffen …')", () => {
    expect(
      code("Die Sanktionen der EU gegen die russische Zentralbank treffen vor allem deren Devisenreserven."),
    ).toEqual([expect.objectContaining({ type: "SANCTION", target: "RUS" })]);
  });
});

describe("agentless passives", () => {
  it("makes a state act in a named state that state's act, with the subject as target", () => {
    expect(code("Zwölf Demokratieaktivisten wurden in Hongkong wegen einer verbotenen Versammlung angeklagt.")).toEqual(
      [expect.objectContaining({ type: "ACCUSE", actor: "HKG" })],
    );
  });

  it("leaves violence without a named agent without actor", () => {
    expect(code("Mehrere Dörfer im Jemen sind in der Nacht bombardiert worden.")).toEqual([
      expect.objectContaining({ type: "ASSAULT", actor: null, target: "YEM" }),
    ]);
  });
});

describe("agentless state acts without a place", () => {
  it("takes the dateline's state as the actor, as the document's entity for that country", () => {
    const doc = analyze({
      text: "Istanbul – Die Türkei steht vor der Wahl. Schon im September waren mehrere Firmen der Koza Ipek Holding durchsucht worden.",
      published: "2015-10-28",
    });
    const ev = doc.events.find((e) => e.type === "COERCE");
    expect(ev?.actorCountry).toBe("TUR");
    expect(doc.entities.find((x) => x.id === ev?.actor)?.name).toBe("Türkei");
  });
});
