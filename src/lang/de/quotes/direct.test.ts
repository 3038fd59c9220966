import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("direct quotes", () => {
  it("finds a quotation with the speaker after it („…“, sagte X)", async () => {
    const doc = await run("„Wir werden die Hilfe verdoppeln“, sagte die Ministerin am Dienstag in Berlin.");
    const q = quoteWith(doc, "Hilfe verdoppeln");
    expect(q?.kind).toBe("direct");
    expect(q?.text).toBe("Wir werden die Hilfe verdoppeln");
    expect(q?.speakerText).toBe("die Ministerin");
    expect(q?.cue?.text).toBe("sagte");
  });

  it("finds a quotation after a colon with the speaker before it", async () => {
    const doc = await run("Der Bürgermeister warnte: »Die Deiche halten nicht mehr lange.«");
    const q = quoteWith(doc, "Deiche halten");
    expect(q?.kind).toBe("direct");
    expect(q?.speakerText).toBe("Der Bürgermeister");
  });

  it("takes the subject of a clause without a cue verb before the colon", async () => {
    const doc = await run(
      "Milinkewitsch kritisierte die Haltung der Regierung scharf: „Das ist eine gezielte Provokation der Staatsmacht.“ Dabei griff sie den Präsidenten direkt an: „Ein Präsident, der das Recht bricht, kann nicht auf uns zählen.“",
    );
    const q = quoteWith(doc, "gezielte Provokation");
    expect(q?.speakerText).toBe("Milinkewitsch");
    expect(q?.cue?.text).toBe("kritisierte");
    expect(quoteWith(doc, "Recht bricht")?.speakerText).toBe("sie");
    // an object after the verb is not the speaker
    const doc2 = await run(
      "Am Abend erreichte den Minister ein Brief: „Wir fordern Ihren sofortigen Rücktritt, und zwar heute.“",
    );
    expect(quoteWith(doc2, "sofortigen Rücktritt")?.speakerText ?? null).toBeNull();
  });

  it("keeps the apposition of an inverted speaker out of the quotation", async () => {
    const doc = await run(
      "So sagte Olli Rehn, EU-Kommissar: „Man kann der Bevölkerung nicht einfach ein Gesetz vorsetzen.“",
    );
    const q = quoteWith(doc, "Gesetz vorsetzen");
    expect(q?.kind).toBe("direct");
    expect(q?.text).toBe("Man kann der Bevölkerung nicht einfach ein Gesetz vorsetzen.");
    expect(q?.speakerText).toBe("Olli Rehn, EU-Kommissar");
  });

  it("pairs quotation marks across sentence ends and in English style", async () => {
    const doc = await run(
      'Die Sprecherin sagte: "Das Werk bleibt offen. Niemand verliert seine Arbeit." Danach ging sie.',
    );
    const q = quoteWith(doc, "Das Werk bleibt offen");
    expect(q?.text).toBe("Das Werk bleibt offen. Niemand verliert seine Arbeit.");
    expect(q?.speakerText).toBe("Die Sprecherin");
  });

  it("gives a following quotation without a frame to the same speaker", async () => {
    const doc = await run(
      "„Ihre Soldaten haben mutig gekämpft“, so der Präsident. „Wir werden die Opfer nie vergessen.“",
    );
    const second = quoteWith(doc, "Opfer nie vergessen");
    expect(second?.kind).toBe("direct");
    expect(second?.speakerText).toBe("der Präsident");
  });

  it("does not report text without quotation marks or cues", async () => {
    const doc = await run("Die Regierung hat am Montag einen neuen Haushalt beschlossen. Er gilt ab Januar.");
    expect(doc.quotes).toEqual([]);
  });
});

describe("headline quotes", () => {
  it("reads 'Name: … „…“' as a statement of the name", async () => {
    const doc = await run(
      "Scholz: Lage in der Ukraine „sehr ernst und gefährlich“\nDer Kanzler äußerte sich in Berlin.",
    );
    const q = quoteWith(doc, "Lage in der Ukraine");
    expect(q?.kind).toBe("mixed");
    expect(q?.speakerText).toBe("Scholz");
  });

  it("does not read a colon after a common noun phrase as a headline quote", async () => {
    const doc = await run("Das Ergebnis: drei Tore in zehn Minuten.");
    expect(doc.quotes).toEqual([]);
  });

  it("does not take a topic label made of an unlisted compound for a speaker (Europapolitik: …)", async () => {
    const doc = await run("Europapolitik: Die SPD will mehr Geld für Brüssel.");
    expect(doc.quotes.map((q) => q.speakerText)).not.toContain("Europapolitik");
  });
});

describe("direct quotes with mixed quotation marks", () => {
  it("closes „ with a spaced ASCII or ” mark instead of running to the paragraph's end", async () => {
    const doc = await run(
      '„Das ist eine Größenordnung, die wir sonst nicht sehen ", zitiert der Sender den Polizeisprecher. Später sagte der Minister: „Wir gehen jetzt.“',
    );
    expect(quoteWith(doc, "Größenordnung")?.text).toBe("Das ist eine Größenordnung, die wir sonst nicht sehen");
    expect(quoteWith(doc, "Wir gehen jetzt")?.speakerText).toBe("der Minister");
    const doc2 = await run(
      "Er wurde stets „der Dicke ” genannt. Er sagte damals: „Lohnverzicht bringt den Arbeitslosen nichts.“ Dann ging er.",
    );
    expect(quoteWith(doc2, "Lohnverzicht")?.text).toBe("Lohnverzicht bringt den Arbeitslosen nichts.");
    expect(quoteWith(doc2, "genannt")).toBeUndefined();
  });

  it("does not let an orphan spaced “ open a quotation in a text quoted with „", async () => {
    const doc = await run(
      "„Nur dann haben Sie den Grundsatz „in dubio pro reo“ verstanden. “ Das Urteil wurde später bestätigt. Der Anwalt sagte: „Wir legen Revision ein.“",
    );
    expect(quoteWith(doc, "Urteil wurde")).toBeUndefined();
    expect(quoteWith(doc, "Revision ein")?.text).toBe("Wir legen Revision ein.");
  });

  it("still reads English-style “…” quotations in a text that also uses „", async () => {
    const doc = await run(
      "Der Sprecher sagte: „Wir prüfen das.“ Der Manager schrieb auf Englisch: “We will review the decision.” Mehr sagte er nicht.",
    );
    expect(quoteWith(doc, "We will review")?.text).toBe("We will review the decision.");
  });
});

describe("questions as statements", () => {
  it("reads 'fragte' as a cue for a quoted question and an ob-clause, not 'fragte nach dem Weg'", async () => {
    const doc = await run(
      "„Ist das wirklich nötig?“, fragte die Abgeordnete. Sie fragte den Minister, ob das Gesetz gelte.",
    );
    expect(quoteWith(doc, "wirklich nötig")?.speakerText).toBe("die Abgeordnete");
    expect(quoteWith(doc, "Gesetz gelte")?.cue?.text).toBe("fragte");
    const doc2 = await run("Der Tourist fragte nach dem Weg.");
    expect(doc2.quotes).toEqual([]);
    // a "Frage:" label and "sind gefragt" (= in demand) are no cues
    const doc3 = await run("Frage: Wie lange dauert das Verfahren?\nJetzt sind Experten gefragt, die das Land kennen.");
    expect(doc3.quotes).toEqual([]);
  });
});

describe("no statement without words", () => {
  it("emits no quote whose text holds no word (a score line, a content taken by the statement before)", async () => {
    const doc = await run(
      "Tore: 0:1 (12.) Beric, 0:2 (39.) Schaub\nDie Reihe, wie Acer seine Produkte nennt, wurde im Sommer ergänzt.",
    );
    for (const q of doc.quotes) expect(q.text).toMatch(/\p{L}/u);
    const doc2 = await run(
      "Die Regierung werde den Inhalt prüfen und entscheiden, wie mit dem Verlangen umzugehen sei, hieß es.",
    );
    for (const q of doc2.quotes) expect(q.text).toMatch(/\p{L}/u);
  });
});
