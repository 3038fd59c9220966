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
});
