import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";
import { analyze } from "../pipeline/analyze.js";

describe("agentless state acts", () => {
  it("gives an arrest without an agent to the police the clause names", () => {
    const evs = code(
      "Am Sonntag kam es zu einer Auseinandersetzung zwischen Polizei und Demonstranten und zur Festnahme eines Aktivisten.",
    );
    expect(evs.find((e) => e.type === "COERCE")).toMatchObject({ actor: "Polizei", target: "Aktivisten" });
  });
});

describe("state acts located in a place", () => {
  it("gives border controls in a region to the region's state, not as done to the region", () => {
    const evs = code("Am Montag begannen im Burgenland temporäre Grenzkontrollen.");
    expect(evs.filter((e) => e.type === "COERCE")).toEqual([expect.objectContaining({ actor: "AUT", target: null })]);
  });

  it("codes an agentless arrest of unnamed people in a named place as that state's act", () => {
    const evs = code("In Messina wurden sechs mutmaßliche Schlepper festgenommen.");
    expect(evs.find((e) => e.type === "COERCE")).toMatchObject({ actor: "ITA" });
  });

  it("does not make criticism voiced in a country the country's act", () => {
    const evs = code("Kritik im Gesetzesverfahren gab es auch in der Schweiz.");
    expect(evs.filter((e) => e.type === "ACCUSE" && e.actor === "CHE")).toEqual([]);
  });
});

describe("members of a body keep its actor kind", () => {
  it("codes police who force their way in, named as 'die Polizisten' of 'die Polizei', as coercion", () => {
    const evs = code(
      "Ankara – Die Polizei hat am Morgen eine Oppositionszeitung durchsucht. Dann drangen die Polizisten in die Redaktion ein.",
    );
    expect(evs.map((e) => e.type)).toEqual(["COERCE", "COERCE"]);
  });
});

describe("the genitive actor of an event noun", () => {
  it("is the body the coreference layer made of the whole description around it", () => {
    const doc = analyze({
      text: "Istanbul – Die Empörung über den Polizeieinsatz führte zu einem Protestauftritt der zerstrittenen Opposition.",
      published: "2025-10-15",
    });
    const protest = doc.events.find((e) => e.type === "PROTEST");
    expect(doc.entities.find((e) => e.id === protest?.actor)?.name).toBe("Opposition");
  });
});

describe("the dateline is no clause", () => {
  it("does not make the dateline's city the subject a pronoun stands for", () => {
    const evs = code("Kiew – Sie fordern ein hartes Vorgehen gegen die Separatisten.");
    expect(evs.filter((e) => e.actor === "Kiew" || e.actor === "UKR")).toEqual([]);
  });
});
