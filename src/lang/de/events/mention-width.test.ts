import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";

/** The entity names of the actors of the events of type `type`. */
function actors(text: string, type: string): (string | undefined)[] {
  const doc = analyze({ text, published: "2016-05-20" });
  return doc.events.filter((e) => e.type === type).map((e) => doc.entities.find((x) => x.id === e.actor)?.name);
}

describe("of two mentions over the same tokens, the event reads the longer one", () => {
  it("takes the person of a party role compound, not the party named earlier ('HDP-Chef Selahattin Demirtaş')", () => {
    const text =
      "Die HDP sitzt seit 2015 im Parlament. HDP-Chef Selahattin Demirtaş forderte am Montag Neuwahlen in der Türkei.";
    expect(actors(text, "REQUEST")).toEqual(["Selahattin Demirtaş"]);
  });

  it("takes the ministry in a country compound, not the country named earlier ('das US-Justizministerium')", () => {
    const text =
      "Die USA sind der größte Markt des Konzerns. Das US-Justizministerium hat den Konzern Volkswagen wegen Betrugs verklagt.";
    expect(actors(text, "ACCUSE")).toEqual(["US-Justizministerium"]);
  });
});
