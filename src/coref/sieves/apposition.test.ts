import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("apposition sieve", () => {
  it("links a phrase set off by commas after a name to that name", () => {
    const doc = corefDoc("Igor Konaschenkow, der Sprecher des Ministeriums, bestätigte den Angriff.");
    expect(mention(doc, "der Sprecher des Ministeriums")).toEqual({ entity: "Igor Konaschenkow", via: "apposition" });
  });

  it("links a title right before a name and remembers the role for a later role noun", () => {
    const doc = corefDoc(
      "Innenministerin Johanna Mikl-Leitner kündigte neue Kontrollen an. Die Ministerin verwies auf die Lage an der Grenze.",
    );
    expect(mention(doc, "Innenministerin")).toMatchObject({ entity: "Johanna Mikl-Leitner" });
    expect(mention(doc, "Die Ministerin")).toEqual({ entity: "Johanna Mikl-Leitner", via: "role-in-text" });
  });

  it("sets the type of a name the KB does not know from the title before it", () => {
    const doc = corefDoc("Die US-Ratingagentur Moodys hat die Lage der Banken als schwierig bezeichnet.");
    expect(doc.entities.find((e) => e.name === "Moodys")?.type).toBe("ORG");
  });

  it("gives a plural title's head to every coordinated name, so a later description is the most recent of them", () => {
    const doc = corefDoc(
      "In dem Gebäude sind die Sender Kanaltürk und Bugün TV untergebracht. Die Polizei wollte den Sender abschalten.",
    );
    expect(mention(doc, "den Sender")).toEqual({ entity: "Bugün TV", via: "description" });
  });

  it("gives nothing to names only set off by commas after a title", () => {
    const doc = corefDoc(
      "In dem Gebäude ist der Sender Kanaltürk, Bugün TV ist weiter entfernt. Die Polizei wollte den Sender abschalten.",
    );
    expect(mention(doc, "den Sender")).toEqual({ entity: "Kanaltürk", via: "description" });
  });
});
