import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";
import { code } from "./test-helpers.js";

describe("events from statements", () => {
  it("codes an evaluating statement as an event of its speaker against the party it names, with the quote as evidence", () => {
    const doc = analyze({
      text: "„Die EU hat in der Flüchtlingsfrage völlig versagt“, sagte der ungarische Außenminister Szijjártó.",
      published: "2016-03-01",
    });
    const ev = doc.events.find((e) => e.type === "ACCUSE");
    expect(ev?.actorCountry).toBe("HUN");
    expect(doc.entities.find((x) => x.id === ev?.target)?.name).toMatch(/Europäische Union|EU/);
    expect(ev?.quote).toBe(doc.quotes[0]?.id);
  });

  it("makes a statement that names no party an event against the party the text was about", () => {
    const evs = code(
      "Die Polizei hat in Istanbul die Zentrale eines Senders gestürmt. „Das ist alles rechtswidrig“, sagte der Oppositionsführer Kılıçdaroğlu.",
    );
    expect(evs.find((e) => e.type === "ACCUSE")).toMatchObject({ target: "TUR" });
  });

  it("marks a statement event negated when a negation stands before its word", () => {
    const evs = code("„Das ist kein Skandal“, sagte der ungarische Außenminister Szijjártó.");
    expect(evs.find((e) => e.type === "ACCUSE")).toMatchObject({ actor: "HUN", negated: true });
  });

  it("types an evaluation clause by its evaluative word, and codes none without one", () => {
    expect(code("Der ungarische Regierungschef Orbán nannte den Bericht des EU-Parlaments einen Skandal.")).toEqual([
      expect.objectContaining({ type: "ACCUSE", actor: "HUN" }),
    ]);
    expect(code("Die Grünen bezeichneten den Vorschlag der ÖVP als Unsinn.")).toEqual([
      expect.objectContaining({ type: "REJECT" }),
    ]);
    expect(code("Der ungarische Regierungschef Orbán nannte den Bericht des EU-Parlaments sehr lang.")).toEqual([]);
  });

  it("takes the target of a rejection without a named party from the sentence before", () => {
    const doc = analyze({
      text: "FPÖ und ÖVP haben die Verankerung des Bargelds in der Verfassung vorgeschlagen. Die SPÖ hat dies als wirkungslos zurückgewiesen.",
      published: "2016-03-01",
    });
    const ev = doc.events.find((e) => e.type === "REJECT");
    expect(doc.entities.find((x) => x.id === ev?.target)?.name).toMatch(/FPÖ|ÖVP/);
  });
});

describe("sense and frame checks", () => {
  it("codes no threat for 'drohen' of a thing that looms, but one for a threatening agent", () => {
    expect(code("Bosnien-Herzegowina droht im Herbst die Staatspleite.")).toEqual([]);
    expect(code("Russland drohte der Ukraine mit Vergeltung.")).toEqual([
      expect.objectContaining({ type: "THREATEN", actor: "RUS", target: "UKR" }),
    ]);
  });

  it("codes police storming a building as coercion, not assault", () => {
    expect(code("Die Polizei hat in Istanbul die Zentrale eines regierungskritischen Senders gestürmt.")).toEqual([
      expect.objectContaining({ type: "COERCE", actor: "TUR" }),
    ]);
  });

  it("makes an unnamed body the coreference layer keeps an entity the event's actor", () => {
    const doc = analyze({
      text: "Die Polizei hat in Istanbul die Zentrale eines regierungskritischen Senders gestürmt.",
      published: "2015-10-28",
    });
    const ev = doc.events[0];
    expect(doc.entities.find((x) => x.id === ev?.actor)?.name).toBe("Polizei");
    expect(ev?.actorCountry).toBe("TUR");
  });
});
