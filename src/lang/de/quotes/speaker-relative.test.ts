import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("a subject with a relative clause before the verb", () => {
  it("speaks when it is an organisation or person and the NP after the verb is a thing", async () => {
    const doc = await run(
      "Der NDR, der die Umfrage in Auftrag gegeben hatte, begründete die Einblendungen damit, dass die Zuschauer informiert werden müssten.",
    );
    expect(quoteWith(doc, "Zuschauer informiert")?.speakerText).toBe("Der NDR");
  });

  it("does not take a fronted thing with a relative clause for the speaker", async () => {
    const doc = await run(
      "Die Entscheidung, die am Montag fiel, begrüßte der Bundeskanzler Olaf Scholz mit den Worten, sie sei überfällig.",
    );
    expect(quoteWith(doc, "sei überfällig")?.speakerText).not.toBe("Die Entscheidung");
  });
});

describe("a relative pronoun as speaker", () => {
  it("names and links the antecedent before the comma, keeping the pronoun as the mention", async () => {
    const doc = await run("Den Vorsitz hat Hans Meier, der erklärte, die Lage sei ernst.");
    const q = quoteWith(doc, "Lage sei ernst");
    expect(q?.speakerSpan?.text).toBe("der");
    expect(q?.speakerText).toBe("Hans Meier");
    expect(doc.entities.find((x) => x.id === q?.speaker)?.name).toBe("Hans Meier");
  });
});
