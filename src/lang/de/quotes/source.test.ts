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

  it("makes no source of two quotation marks in a row after an outlet noun (an empty name)", async () => {
    const doc = await run("„Wir warten auf Sie“, sagte Putin laut der Nachrichtenagentur„ „Tass.");
    for (const e of doc.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    expect(doc.entities.some((e) => e.name === "")).toBe(false);
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

describe("channels named by a preposition", () => {
  it("takes an outlet the text introduced earlier as the channel after 'gegenüber' or 'in'", async () => {
    const doc = await run(
      "Die Ministerin kritisierte das Gesetz in der Wochenzeitung Tyden scharf. Gegenüber Tyden versicherte Jana Novak später, dass sie das Gesetz ändern werde. Die Reform sei überfällig, sagte der Abgeordnete Petr Maly am Montag in Tyden.",
    );
    expect(entityName(doc, quoteWith(doc, "das Gesetz ändern werde")?.source)).toBe("Tyden");
    expect(entityName(doc, quoteWith(doc, "Reform sei überfällig")?.source)).toBe("Tyden");
  });

  it("reads every name after a plural outlet noun as an outlet ('die Sender X und Y')", async () => {
    const doc = await run(
      "Im Gebäude sind die Sender Kanalmax und Radyo Bir untergebracht. Die Polizei habe keinen Befehl gehabt, sagte Ali Demir in Radyo Bir.",
    );
    expect(entityName(doc, quoteWith(doc, "keinen Befehl")?.source)).toBe("Radyo Bir");
  });

  it("takes a platform after 'auf' and Der Standard's own name in capitals", async () => {
    const doc = await run(
      "Jeremy Corbyn antwortete auf Twitter: Wir haben keine Zeit dafür, schrieb er. Das Problem wachse, sagt Anna Berger im Gespräch mit dem STANDARD.",
    );
    expect(entityName(doc, quoteWith(doc, "keine Zeit dafür")?.source)).toBe("Twitter");
    expect(entityName(doc, quoteWith(doc, "Problem wachse")?.source)).toBe("Der Standard");
  });

  it("does not make a name the text never introduced as an outlet a channel", async () => {
    const doc = await run("Die Reform sei überfällig, sagte Petr Maly am Montag in Brünn.");
    expect(quoteWith(doc, "Reform sei überfällig")?.source ?? null).toBeNull();
  });

  it("ends an outlet's name at a lower-case word ('in der Tageszeitung Sme infrage')", async () => {
    const doc = await run(
      "Der Premier stellt das Abkommen in der Tageszeitung Sme infrage. Gegenüber Sme versicherte Robert Fico, dass er das Votum achten werde.",
    );
    expect(entityName(doc, quoteWith(doc, "das Votum achten")?.source)).toBe("Sme");
  });

  it("does not read a word of a person's name as an outlet the knowledge base knows", async () => {
    const doc = await run(
      "Dem Magazin Science sagte Kristina Mena, die Lage sei ernst. Das Wasser sei verseucht, sagte Mena.",
    );
    expect(entityName(doc, quoteWith(doc, "Wasser sei verseucht")?.source)).not.toBe("MENA");
  });
});

describe("the same speaker's channel", () => {
  it("keeps the channel for the same speaker within two sentences", async () => {
    const doc = await run(
      "Ich bin unschuldig, erklärte der Aktivist Marco Rossi gegenüber der Nachrichtenagentur ANSA. Die Festnahme sei unbegründet. Auch das Ministerium habe sich eingeschaltet, wird Rossi zitiert.",
    );
    expect(entityName(doc, quoteWith(doc, "Ministerium habe sich")?.source)).toBe("ANSA");
  });

  it("does not give the channel to another speaker", async () => {
    const doc = await run(
      "Ich bin unschuldig, erklärte der Aktivist Marco Rossi gegenüber der Nachrichtenagentur ANSA. Die Festnahme sei unbegründet. Die Polizei habe korrekt gehandelt, sagte Polizeisprecher Hans Gruber.",
    );
    expect(quoteWith(doc, "korrekt gehandelt")?.source ?? null).toBeNull();
  });
});
