import { describe, expect, it } from "vitest";
import { sides } from "../lang/de/events/test-helpers.js";

describe("a rejection of an agreement is directed against the other side of it", () => {
  it("takes the other signatory when the actor's country signed it", () => {
    const evs = sides(
      "Bratislava – Der Vertrag zwischen Wien und Bratislava wurde schon im Juli unterzeichnet. Der slowakische Premier Robert Fico stellt das Abkommen nun aber infrage.",
    );
    const rej = evs.find((e) => e.type === "REJECT" && e.actor === "Robert Fico");
    expect(rej?.target).toBe("Wien");
  });

  it("takes those who made it when the critic is on neither side", () => {
    const evs = sides(
      "Brüssel – Die EU-Fischereiminister haben sich auf Fangquoten für die Nordsee geeinigt. Die Umweltorganisation Greenpeace kritisierte das Abkommen.",
    );
    const acc = evs.find((e) => e.type === "ACCUSE" && e.actor === "Greenpeace");
    expect(acc?.target).toBe("Europäische Union");
  });

  it("leaves the criticism of anything else to the discourse", () => {
    const evs = sides(
      "Brüssel – Die EU-Fischereiminister haben sich auf Fangquoten für die Nordsee geeinigt. Die Umweltorganisation Greenpeace kritisierte das Wetter.",
    );
    expect(evs.filter((e) => e.actor === "Greenpeace" && e.target === "Europäische Union")).toEqual([]);
  });
});
