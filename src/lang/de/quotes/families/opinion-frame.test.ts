import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../../quotes/test-helpers.js";

const speaker = (doc: Awaited<ReturnType<typeof run>>, key: string) =>
  doc.entities.find((e) => e.id === quoteWith(doc, key)?.speaker)?.name;

describe("opinion frames: (auch) für X ist …", () => {
  it("attributes a judgement after a clause-initial 'für X' and the copula to X", async () => {
    const doc = await run("Die SPÖ hat den Vorschlag zurückgewiesen. Auch für die Grünen ist so eine Maßnahme Unsinn.");
    expect(quoteWith(doc, "ist so eine Maßnahme Unsinn")).toBeDefined();
    expect(speaker(doc, "so eine Maßnahme Unsinn")).toMatch(/Grüne/);
  });

  it("ends the judgement before a dash or a subordinate clause", async () => {
    const doc = await run(
      "Für Italiens Premier Matteo Renzi ist das Ergebnis der Wahl ein Alarmsignal – auch wenn er davon ausgehe, dass Österreich die Beschlüsse respektieren wird.",
    );
    const q = quoteWith(doc, "ein Alarmsignal");
    expect(q?.text).toBe("ist das Ergebnis der Wahl ein Alarmsignal");
    expect(speaker(doc, "ein Alarmsignal")).toBe("Matteo Renzi");
  });

  it("leaves 'für' before no named person or organisation, before no copula or before a verbal predicate alone", async () => {
    for (const text of [
      "Für die Kinder ist das Essen in der Schule gratis.",
      "Für Österreich ist der Tourismus ein wichtiger Wirtschaftszweig.",
      "Für Matteo Renzi stimmten im Parlament 200 Abgeordnete.",
      "Für Eric Frenzel war es der elfte Sieg in Folge.",
      "Auch für die Grünen sind andere Möglichkeiten der Regierungsbildung beschränkt.",
    ]) {
      const doc = await run(text);
      expect(doc.quotes, text).toEqual([]);
    }
  });
});
