import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("reported speech with an NP or PP content", () => {
  it("reads 'sprach von X' as a statement of the subject", async () => {
    const doc = await run("Eine Reporterin des Senders sprach von 800 verbrannten Autos.");
    const q = quoteWith(doc, "von 800 verbrannten Autos");
    expect(q?.kind).toBe("indirect");
    expect(q?.speakerText).toBe("Eine Reporterin des Senders");
    expect(q?.cue?.text).toBe("sprach");
  });

  it("reads 'warnte vor X' and 'forderte X' with a time expression between verb and content", async () => {
    const doc = await run("Die Vereinten Nationen forderten am Montag einen sofortigen Waffenstillstand.");
    expect(quoteWith(doc, "einen sofortigen Waffenstillstand")?.speakerText).toBe("Die Vereinten Nationen");
    const doc2 = await run("Der Außenminister warnte vor einer weiteren Eskalation.");
    expect(quoteWith(doc2, "vor einer weiteren Eskalation")?.cue?.text).toBe("warnte");
  });

  it("reads 'bezeichnete X als Y' and 'kritisierte die Entscheidung als Y'", async () => {
    const doc = await run(
      "Sie bezeichnet diese Lösung als Irrweg. Die Opposition kritisierte die Entscheidung als Fehler.",
    );
    expect(quoteWith(doc, "diese Lösung als Irrweg")?.speakerText).toBe("Sie");
    expect(quoteWith(doc, "die Entscheidung als Fehler")?.speakerText).toBe("Die Opposition");
  });

  it("ignores praise of people, pronoun objects and topic-only frames", async () => {
    const doc = await run(
      "Die Kanzlerin lobte die Helfer. Der Minister kritisierte ihn. Der Präsident sprach mit Journalisten. Er sprach über die Lage.",
    );
    expect(doc.quotes).toEqual([]);
  });

  it("ignores a speech-act verb outside the frame table and a cue verb without its listed complement", async () => {
    const doc = await run("Der Minister besuchte die Stadt. Die Polizei berichtete am Abend.");
    expect(doc.quotes).toEqual([]);
  });
  it("reads a particle verb from its base form and a contracted preposition", async () => {
    const doc = await run(
      "Die Premierministerin sagte weitere Hilfe zu. Die Regierung forderte die Bürger zum Kampf gegen die Armut auf.",
    );
    expect(quoteWith(doc, "weitere Hilfe")?.cueParts?.map((c) => c.text)).toEqual(["sagte", "zu"]);
    expect(quoteWith(doc, "zum Kampf gegen die Armut")?.speakerText).toBe("Die Regierung");
  });

  it("takes an outlet with a quoted name before the verb as the speaker, and no date as content", async () => {
    const doc = await run("Der Fernsehsender „Silverbird“ berichtete von der Bergung der Opfer.");
    expect(quoteWith(doc, "von der Bergung")?.speakerText).toBe("Der Fernsehsender „Silverbird“");
    const doc2 = await run("Die Zeitung berichtete vom 7. April 2024.");
    expect(doc2.quotes).toEqual([]);
  });
  it("reads 'das'/'diese' before a noun as an article, alone as a pronoun", async () => {
    const doc = await run("Die Opposition forderte das neue Gesetz. Die Regierung forderte das.");
    expect(quoteWith(doc, "das neue Gesetz")?.speakerText).toBe("Die Opposition");
    expect(doc.quotes).toHaveLength(1);
  });

  it("reads assumption and expectation frames: 'geht von X aus', 'rechnet mit X'", async () => {
    const doc = await run("Die Polizei geht von Brandstiftung aus. Der Verband rechnet mit einem deutlichen Rückgang.");
    const q = quoteWith(doc, "von Brandstiftung");
    expect(q?.speakerText).toBe("Die Polizei");
    expect(q?.cueParts?.map((c) => c.text)).toEqual(["geht", "aus"]);
    expect(quoteWith(doc, "mit einem deutlichen Rückgang")?.speakerText).toBe("Der Verband");
    // a movement or a building is no assumption
    const doc2 = await run("Der Zug geht um acht Uhr aus dem Bahnhof. Die Firma rechnete die Kosten ab.");
    expect(doc2.quotes).toEqual([]);
  });

  it("reads assessment frames: 'hält X für Y', 'stufte X als Y ein', 'bezifferte X auf Y'", async () => {
    const doc = await run(
      "Die Opposition hält das Gesetz für verfassungswidrig. Das Amt stufte die Gruppe als extremistisch ein. Der Konzern bezifferte den Schaden auf zwei Millionen Euro.",
    );
    expect(quoteWith(doc, "das Gesetz für verfassungswidrig")?.speakerText).toBe("Die Opposition");
    expect(quoteWith(doc, "die Gruppe als extremistisch")?.speakerText).toBe("Das Amt");
    expect(quoteWith(doc, "den Schaden auf zwei Millionen")?.speakerText).toBe("Der Konzern");
    // "halten" without "für" (a speech, a position) and "einstufen" without "als" are no assessment
    const doc2 = await run("Die Kanzlerin hielt eine Rede im Bundestag. Die Mannschaft hält die Führung.");
    expect(doc2.quotes).toEqual([]);
  });

  it("reads stance and prediction frames: 'plädierte für X', 'sagten X voraus'", async () => {
    const doc = await run(
      "Der Minister plädierte für eine schnelle Reform. Die Meteorologen sagten für die kommenden Tage heftige Gewitter voraus.",
    );
    expect(quoteWith(doc, "für eine schnelle Reform")?.speakerText).toBe("Der Minister");
    expect(quoteWith(doc, "heftige Gewitter")?.cueParts?.map((c) => c.text)).toEqual(["sagten", "voraus"]);
    // "plädieren" without its PP, "sagen … voraus" is no plain "sagen" with an object
    const doc2 = await run("Der Anwalt plädierte am Montag. Die Zeugin sagte vor Gericht aus.");
    expect(doc2.quotes).toEqual([]);
  });

  it("leaves out frames whose object names a known fact or a request, and a bare object of 'kritisieren'", async () => {
    const doc = await run(
      "Die Feuerwehr bestätigte den Vorfall. Der Minister bestritt die Vorwürfe. Die Polizei bittet um Hinweise. Der Verband rief zu einer Demonstration auf. Die Regierung kritisierte das Verfahren. Der Konzern wies die Vorwürfe zurück.",
    );
    expect(doc.quotes).toEqual([]);
    // with the assessment "X als Y" the same verbs carry a content
    const doc2 = await run(
      "Die Regierung kritisierte das Verfahren als unfair. Der Konzern wies die Vorwürfe als haltlos zurück.",
    );
    expect(quoteWith(doc2, "das Verfahren als unfair")?.speakerText).toBe("Die Regierung");
    expect(quoteWith(doc2, "die Vorwürfe als haltlos")?.speakerText).toBe("Der Konzern");
  });

  it("does not read another particle verb of the cue's base as the base frame: 'sprach sich für X aus'", async () => {
    const doc = await run("Die Ministerin sprach sich gegen die Anwendung von Gewalt aus.");
    expect(doc.quotes).toEqual([]);
    const doc2 = await run("Die Ministerin sprach von einer Anwendung von Gewalt.");
    expect(quoteWith(doc2, "von einer Anwendung von Gewalt")?.speakerText).toBe("Die Ministerin");
  });
});

describe("reported speech: the frame's PP and the object's head", () => {
  it("keeps the von-PP of 'sprechen von' out of an inverted speaker", async () => {
    const doc = await run("In einem Interview sprach Angela Merkel von der Möglichkeit einer großen Koalition.");
    const q = quoteWith(doc, "Möglichkeit einer großen Koalition");
    expect(q?.speakerText).toBe("Angela Merkel");
    expect(q?.text).toBe("von der Möglichkeit einer großen Koalition");
  });

  it("reads an object whose genitive or von-PP names a person as content, a person object not", async () => {
    const doc = await run("Die Schutzgemeinschaft forderte am Mittwoch den Rücktritt von Heinrich von Pierer.");
    expect(quoteWith(doc, "den Rücktritt")?.speakerText).toBe("Die Schutzgemeinschaft");
    const doc2 = await run("Die Opposition verurteilte den Kanzler Olaf Scholz.");
    expect(doc2.quotes).toEqual([]);
  });
});

describe("reported assessments with als", () => {
  it("reads a fronted object or als-phrase as part of the content", async () => {
    const doc = await run("Die Tat bezeichnete er als sinnlos. Als Beispiel nannte die NASA die Ausbeutung von Gasen.");
    expect(quoteWith(doc, "als sinnlos")?.text).toBe("Die Tat bezeichnete er als sinnlos");
    expect(quoteWith(doc, "als sinnlos")?.speakerText).toBe("er");
    expect(quoteWith(doc, "Ausbeutung")?.speakerText).toBe("die NASA");
  });

  it("reads 'nennt als X Y' with the als-phrase right after the verb", async () => {
    const doc = await run("Der Flughafen nennt als Hauptursache des Booms die gute Entwicklung von Ryanair.");
    expect(quoteWith(doc, "Hauptursache")?.speakerText).toBe("Der Flughafen");
  });

  it("takes a pronoun before als as the object and the first conjunct's subject as the speaker", async () => {
    const doc = await run(
      "Die Opposition wies die Änderungen strikt zurück und bezeichnete sie als verfassungswidrig.",
    );
    expect(quoteWith(doc, "verfassungswidrig")?.speakerText).toBe("Die Opposition");
  });
});

describe("reported assessments with a predicate noun", () => {
  it("reads 'nannte X einen Y' but not a plain object or a name given", async () => {
    const doc = await run("Der Kommissar nannte den Beschluss einen fairen Kompromiss.");
    expect(quoteWith(doc, "fairen Kompromiss")?.speakerText).toBe("Der Kommissar");
    const doc2 = await run("Er nannte die Zahl der Opfer. Die Eltern nannten ihr Kind Anna.");
    expect(doc2.quotes).toEqual([]);
  });
});

describe("reported announcements and references", () => {
  it("reads 'gab X bekannt' and 'verwies auf X' as statements, not a bare 'gab bekannt'", async () => {
    const doc = await run(
      "Die Staatsanwaltschaft gab am Montag die Einstellung des Verfahrens bekannt. Ein Militärsprecher verwies auf die schlechten Wetterbedingungen.",
    );
    expect(quoteWith(doc, "Einstellung des Verfahrens")?.cueParts?.map((c) => c.text)).toEqual(["gab", "bekannt"]);
    expect(quoteWith(doc, "schlechten Wetterbedingungen")?.speakerText).toBe("Ein Militärsprecher");
    const doc2 = await run("Die Polizei gab das bekannt. Er verwies auf ihn.");
    expect(doc2.quotes).toEqual([]);
  });
});

describe("reported frames that need an agent, and coordinated verbs", () => {
  it("reads 'verwies auf' of a person or organisation, not of a thing", async () => {
    const doc = await run("Der Sprecher verwies auf die schlechten Wetterbedingungen.");
    expect(quoteWith(doc, "Wetterbedingungen")?.speakerText).toBe("Der Sprecher");
    const doc2 = await run("Ein Fossilfund verweist auf die Ursprünge dieser Praxis.");
    expect(doc2.quotes).toEqual([]);
  });

  it("ends the content before a second conjunct with its own verb", async () => {
    const doc = await run("Die Anwälte beklagen gravierende Fehler und fordern den Freispruch ihres Mandanten.");
    expect(quoteWith(doc, "gravierende Fehler")?.text).toBe("gravierende Fehler");
    expect(quoteWith(doc, "Freispruch")?.speakerText).toBe("Die Anwälte");
    const doc2 = await run("Er forderte einen Aufnahmestopp und eine Schließung der Grenze.");
    expect(quoteWith(doc2, "Aufnahmestopp")?.text).toBe("einen Aufnahmestopp und eine Schließung der Grenze");
  });
});

describe("reported frames with fronted or leading constituents", () => {
  it("reads a PP before the object ('vermutet hinter X eine Y', 'befürchtet als Folge X einen Y')", async () => {
    const doc = await run("Gleichzeitig vermutet er hinter den Ausschreitungen eine zentrale Organisation.");
    expect(quoteWith(doc, "zentrale Organisation")?.speakerText).toBe("er");
    const doc2 = await run("Die Gewerkschaft befürchtet als Folge der Übernahme einen Abbau von Arbeitsplätzen.");
    expect(quoteWith(doc2, "Abbau von Arbeitsplätzen")?.speakerText).toBe("Die Gewerkschaft");
  });

  it("reads 'nannte es den schwärzesten Tag' (a definite predicate after a pronoun object)", async () => {
    const doc = await run("Der Abgeordnete nannte es den schwärzesten Tag für die Demokratie.");
    expect(quoteWith(doc, "schwärzesten Tag")?.speakerText).toBe("Der Abgeordnete");
  });

  it("reads the frame's PP fronted before an inverted subject, but prefers one after the verb", async () => {
    const doc = await run("Mit einer Wetterberuhigung rechnet der Wetterdienst erst am Montag.");
    expect(quoteWith(doc, "Wetterberuhigung")?.cue?.text).toBe("rechnet");
    const doc2 = await run(
      "Vor der Abstimmung hat der Chef der Fraktion, Manfred Weber, vor einer humanitären Katastrophe gewarnt.",
    );
    expect(quoteWith(doc2, "humanitären Katastrophe")?.text).toBe("vor einer humanitären Katastrophe");
    expect(quoteWith(doc2, "humanitären Katastrophe")?.speakerText).toBe("der Chef der Fraktion, Manfred Weber");
    const doc3 = await run("Mit dem Zug fuhr der Minister nach Berlin.");
    expect(doc3.quotes).toEqual([]);
  });
});
