import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";
import { analyze } from "../pipeline/analyze.js";

describe("an agentless state act: where it happened and whom it was done to", () => {
  it("takes a city after a noun as the noun's attribute, not the passive's agent ('am Flughafen von Chicago')", () => {
    const evs = code("Washington – Hasan E. war im März am Flughafen von Chicago festgenommen worden.");
    expect(evs.find((e) => e.type === "COERCE")?.actor).toBe("USA");
  });

  it("takes a person named with the place they come from as the person, not the place", () => {
    const doc = analyze({
      text: "Wien – Der 39-jährige Schlepper aus Ungarn wurde am Montag festgenommen.",
      published: "2016-05-01",
    });
    const ev = doc.events.find((e) => e.type === "COERCE");
    expect(ev).toMatchObject({ actorCountry: "AUT", target: null, targetCountry: "HUN", targetText: "Schlepper" });
  });
});

describe("a person the text names only by a noun is the target of an agentless state act", () => {
  it("takes 'ein 30-jähriger Mann' as the one arrested", () => {
    const doc = analyze({
      text: "Wien – Ein 30-jähriger Mann wurde am Montag in Favoriten festgenommen.",
      published: "2016-05-01",
    });
    const ev = doc.events.find((e) => e.type === "COERCE");
    const target = doc.entities.find((e) => e.id === ev?.target);
    expect(target?.type).toBe("PER");
    expect(target?.mentions.map((m) => m.text).join(" ")).toContain("30-jähriger");
  });
});

describe("a person named only by a noun is of the country where the act happened", () => {
  it("gives the shot local politician the country of Caracas, and keeps the attackers as unknown", () => {
    const doc = analyze({ text: "Unbekannte erschossen in Caracas einen Lokalpolitiker.", published: "2016-05-01" });
    const ev = doc.events.find((e) => e.type === "ASSAULT");
    expect(ev).toMatchObject({ actorText: "Unbekannte", targetCountry: "VEN" });
    expect(doc.entities.find((e) => e.id === ev?.target)?.type).toBe("PER");
  });
});
