import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("speaker of a cue in a subordinate clause", () => {
  it("takes the subject after a conjunction that opens a verb-final clause", async () => {
    const doc = await run(
      "Während Bürgermeisterin Anna Keller ankündigte, den Plan prüfen zu lassen, stellte sich der Rat dagegen.",
    );
    expect(quoteWith(doc, "den Plan prüfen")?.speakerText).toBe("Bürgermeisterin Anna Keller");
  });

  it("takes the pronoun after the conjunction, not the subject of the main clause", async () => {
    const doc = await run("Die Anwohner haben gegen den Bau protestiert, da sie befürchten, der Lärm werde zunehmen.");
    expect(quoteWith(doc, "Lärm werde zunehmen")?.speakerText).toBe("sie");
  });

  it("takes the subject after a preposition with a relative pronoun, with or without the comma", async () => {
    const a = await run("Der Mann hinterließ einen Brief, in dem er verlangte, dass niemand die Polizei rufe.");
    expect(quoteWith(a, "niemand die Polizei")?.speakerText).toBe("er");
    const b = await run("Der Mann hinterließ einen Zettel in dem er verlangte, dass niemand die Polizei rufe.");
    expect(quoteWith(b, "niemand die Polizei")?.speakerText).toBe("er");
  });

  it("keeps a main clause opened by 'als' with its subject after the verb", async () => {
    const doc = await run("Als Begründung gab der Minister an, die Kosten seien zu hoch.");
    expect(quoteWith(doc, "Kosten seien")?.speakerText).toBe("der Minister");
    const conj = await run(
      "Als Beispiel nannte er die Proteste in der Stadt und führte aus, hier gebe es eine neue Entwicklung.",
    );
    expect(quoteWith(conj, "neue Entwicklung")?.speakerText).not.toBe("Beispiel");
  });
});
