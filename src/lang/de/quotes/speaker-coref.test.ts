import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

const speakerName = (doc: Awaited<ReturnType<typeof run>>, key: string) =>
  doc.entities.find((e) => e.id === quoteWith(doc, key)?.speaker)?.name;

describe("speakers through the coreference layer", () => {
  it("gives 'erklärte die Ministerin' the minister the article named", async () => {
    const doc = await run(
      "Innenministerin Johanna Mikl-Leitner besuchte Spielfeld. Die Kontrollen würden verschärft, erklärte die Ministerin.",
    );
    expect(speakerName(doc, "Kontrollen würden")).toBe("Johanna Mikl-Leitner");
    // the mention as written stays the speaker span (SpkAtt's Source)
    expect(quoteWith(doc, "Kontrollen würden")?.speakerSpan?.text).toBe("die Ministerin");
  });

  it("resolves a pronoun speaker by gender, not to the last speaker", async () => {
    const doc = await run(
      "Werner Faymann sagte, man werde reden. Johanna Mikl-Leitner war skeptisch. Sie erklärte, Zäune seien möglich.",
    );
    expect(speakerName(doc, "Zäune seien")).toBe("Johanna Mikl-Leitner");
  });

  it("gives a pronoun after a statement to its speaker, not to a person named only inside it", async () => {
    const doc = await run(
      "Frank Bsirske ist Verdi-Chef. Er sprach vor der Zentrale. Verdi könne den Streik lange durchhalten, sagte Bsirske. Das Management mit Konzernchef Frank Appel fahre den Laden vor die Wand. Wir werden das nicht hinnehmen, unterstrich er.",
    );
    expect(speakerName(doc, "Wir werden das nicht hinnehmen")).toBe("Frank Bsirske");
  });

  it("keeps the pronoun's own antecedent when its gender does not fit the last speaker", async () => {
    const doc = await run(
      "Er sei zufrieden, sagte Werner Faymann. Johanna Mikl-Leitner habe recht, sagte Faymann weiter. Sie erklärte, Zäune seien möglich.",
    );
    expect(speakerName(doc, "Zäune seien")).toBe("Johanna Mikl-Leitner");
  });

  it("reads 'ich' outside quotation marks before an inverted cue as part of the statement", async () => {
    const doc = await run(
      "Michael Stumpf kandidiert. Ich glaube, dass wir gewinnen können, sagt der 27 Jahre junge Bezirksrat.",
    );
    expect(quoteWith(doc, "Ich glaube")).toBeDefined();
    expect(speakerName(doc, "Ich glaube")).toBe("Michael Stumpf");
  });

  it("takes 'X weiter:' as a colon frame", async () => {
    const doc = await run("Michael Stumpf kandidiert. Stumpf weiter: Ich bin überzeugt, dass wir vorne liegen.");
    expect(speakerName(doc, "Ich bin überzeugt")).toBe("Michael Stumpf");
  });
});
