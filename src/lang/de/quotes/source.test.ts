import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

const entityName = (doc: Awaited<ReturnType<typeof run>>, id: string | null | undefined) =>
  doc.entities.find((e) => e.id === id)?.name ?? null;

describe("source chain", () => {
  it("takes the agency after 'laut der Nachrichtenagentur X' as source", async () => {
    const doc = await run("„Wir warten auf Sie“, sagte der Präsident laut der staatlichen Nachrichtenagentur Tass.");
    const q = quoteWith(doc, "Wir warten auf Sie");
    expect(q?.speakerText).toBe("der Präsident");
    expect(entityName(doc, q?.source)).toBe("Tass");
  });

  it("takes the outlet of 'sagte X der Zeitung Y' as source, not as part of the speaker", async () => {
    const doc = await run("Die Lage sei dramatisch, sagte der Minister der Zeitung „Tagesspiegel“.");
    const q = quoteWith(doc, "Lage sei dramatisch");
    expect(q?.speakerText).toBe("der Minister");
    expect(entityName(doc, q?.source)).toBe("Tagesspiegel");
  });

  it("lets later 'demnach' quotes inherit a cited report", async () => {
    const doc = await run(
      "Einem Reuters-Bericht zufolge trafen sich beide am Abend. „Wir sind Freunde“, sagte der Gast demnach. Später regnete es.",
    );
    const q = quoteWith(doc, "Wir sind Freunde");
    expect(entityName(doc, q?.source)).toBe("Reuters");
    expect(q?.speakerText).toBe("der Gast");
  });

  it("does not give a source to a quote without outlet or demnach", async () => {
    const doc = await run(
      "Einem Reuters-Bericht zufolge trafen sich beide. Am Tag darauf sagte der Gast, er sei müde.",
    );
    expect(quoteWith(doc, "er sei müde")?.source).toBeNull();
  });
  it("reads a postposed 'nach' after a report or opinion noun, not a spatial 'nach'", async () => {
    const doc = await run("Eigenen Angaben nach hat die Firma 300 Mitarbeiter. Nach dem Spiel ging er nach Hause.");
    const q = quoteWith(doc, "hat die Firma 300 Mitarbeiter");
    expect(q?.speakerText).toBe("Eigenen Angaben");
    expect(q?.cue?.text).toBe("nach");
    expect(quoteWith(doc, "Hause")).toBeUndefined();
  });
  it("keeps the outlet genitive of a report noun inside the source NP", async () => {
    const doc = await run("Nach einem Bericht der Zeitung The Jakarta Post gelang ihm die Flucht.");
    expect(quoteWith(doc, "gelang ihm die Flucht")?.speakerText).toBe("einem Bericht der Zeitung The Jakarta Post");
  });
  it("links a possessive opinion frame ('seiner Meinung nach') to the last person", async () => {
    const doc = await run(
      "Der Grünen-Politiker Wolfgang Wieland kritisierte das Gesetz. Seiner Meinung nach sei die Verhältnismäßigkeit nicht gewahrt.",
    );
    const q = quoteWith(doc, "Verhältnismäßigkeit");
    expect(q?.speakerText).toBe("Seiner Meinung");
    expect(doc.entities.find((x) => x.id === q?.speaker)?.name).toBe("Wolfgang Wieland");
  });
});

describe("quoting outlets: X zitiert Y", () => {
  const sourceName = (doc: Awaited<ReturnType<typeof run>>, id: string | null | undefined) =>
    doc.entities.find((x) => x.id === id)?.name;

  it("gives the quoted person as speaker and the citing outlet as source", async () => {
    const doc = await run("CNN zitierte Gaddafi mit den Worten: „Ich zähle auf meine Anhänger.“");
    const q = quoteWith(doc, "meine Anhänger");
    expect(q?.speakerText).toBe("Gaddafi");
    expect(sourceName(doc, q?.source)).toBe("CNN");
    // a person quoting a person keeps the subject as speaker
    const doc2 = await run("Er zitierte Goethe: „Mehr Licht!“");
    expect(quoteWith(doc2, "Mehr Licht")?.speakerText).toBe("Er");
  });

  it("takes the subject of a passive 'wird zitiert' as the speaker", async () => {
    const doc = await run("Der Minister wird mit den Worten zitiert: „Wir bleiben hart.“");
    expect(quoteWith(doc, "bleiben hart")?.speakerText).toBe("Der Minister");
  });

  it("reads no lower-case verb after an outlet noun as the outlet's name", async () => {
    const doc = await run("Die Zeitung zitiert einen Sprecher mit den Worten: „Wir bleiben.“");
    expect(doc.entities.map((x) => x.name)).not.toContain("zitiert");
    const doc2 = await run("Er sagte der Agentur dpa, er komme.");
    expect(sourceName(doc2, quoteWith(doc2, "er komme")?.source)).toBe("Deutsche Presse-Agentur");
  });
});
