import { describe, expect, it } from "vitest";
import { sides } from "./test-helpers.js";

describe("a body the coreference layer made of a description is a side of events", () => {
  it("takes 'die internationale Gemeinschaft' after a preposition as the target", () => {
    const evs = sides(
      "Belgrad – Serbien werde sich an die internationale Gemeinschaft mit der Bitte um Unterstützung wenden.",
    );
    expect(evs.find((e) => e.type === "REQUEST")?.target).toBe("Internationale Gemeinschaft");
  });

  it("takes a body named in a genitive attribute as the side spoken of", () => {
    const evs = sides("Wien – Der Abgeordnete Thomas Havranek kritisierte den Bericht der Griss-Kommission.");
    expect(evs.find((e) => e.type === "ACCUSE")?.target).toBe("Griss-Kommission");
  });

  it("makes no actor of such a body as a bare subject ('Die Feuerwehr konnte … bergen')", () => {
    const evs = sides("Wien – Die Feuerwehr konnte am Montag nur noch den leblosen Körper des Mannes bergen.");
    expect(evs).toEqual([]);
  });
});

describe("a person named only by a noun as an object is the target", () => {
  it("takes 'einen Verdächtigen' as the one the police arrested", () => {
    expect(sides("Wien – Die Polizei nahm am Montag einen Verdächtigen fest.")).toEqual([
      { type: "COERCE", actor: "Polizei", target: "Verdächtige" },
    ]);
  });
});
