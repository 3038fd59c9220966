import { describe, expect, it } from "vitest";
import { sides } from "../lang/de/events/test-helpers.js";

describe("a person named only by an object pronoun is the target", () => {
  it("takes the dative pronoun of a nominal criticism as the one criticised", () => {
    const evs = sides(
      "London – Der Oppositionschef Keir Starmer schwieg bei der Debatte, was ihm heftige Kritik von Abgeordneten der Regierungspartei einbrachte.",
    );
    expect(evs.find((e) => e.type === "ACCUSE")).toMatchObject({ target: "Keir Starmer" });
  });

  it("takes the pronoun before a coordination of actors split at its commas", () => {
    const evs = sides(
      "Zuletzt stützte sich Präsident Alberto Fujimori nur noch auf die Armee, nachdem ihm die Kirche, die EU-Kommission, die Banken und die Unternehmer die kalte Schulter gezeigt hatten.",
    );
    expect(evs.find((e) => e.type === "REJECT")).toMatchObject({ target: "Alberto Fujimori" });
  });

  it("does not make a pronoun that stands for the actor the target", () => {
    const evs = sides("Wien – Innenminister Gerhard Karner stellte sich hinter die Polizei und lobte ihren Einsatz.");
    expect(evs.filter((e) => e.target === "Gerhard Karner")).toEqual([]);
  });
});

describe("a pronoun subject of a passive is the person coreference resolved it to", () => {
  it("takes the arrested person from the pronoun", () => {
    const evs = sides(
      "Brüssel – Der Terrorverdächtige Markus Huber war monatelang untergetaucht. Am Freitag wurde er in Molenbeek verhaftet.",
    );
    expect(evs.find((e) => e.type === "COERCE")).toMatchObject({ target: "Markus Huber" });
  });
});
