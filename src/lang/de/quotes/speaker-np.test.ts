import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

// speaker spans: the mention the text gives for the speaker (SpkAtt's Source convention: the full NP with
// appositions and attached PPs, the pronoun itself when the sentence has one)
describe("speaker noun phrases", () => {
  it("reads the subject inside a verb-final wie-clause, with its apposition", async () => {
    const doc = await run(
      "Die Brücke bleibe gesperrt, wie der Sprecher der Stadtwerke, Hans Müller, am Montag mitteilte.",
    );
    expect(quoteWith(doc, "Brücke bleibe")?.speakerSpan?.text).toBe("der Sprecher der Stadtwerke, Hans Müller");
    const doc2 = await run("Die Brücke bleibt gesperrt, wie die Stadt gestern mitteilte.");
    expect(quoteWith(doc2, "Brücke bleibt")?.speakerText).toBe("die Stadt");
  });

  it("takes a comparison with wie for no cue", async () => {
    const doc = await run("Die Preise stiegen so schnell wie nie zuvor.");
    expect(doc.quotes).toHaveLength(0);
  });

  it("reads a name that starts with its particle, but not a von-PP", async () => {
    const doc = await run("Von der Leyen sagte, die Gespräche seien gut verlaufen.");
    expect(quoteWith(doc, "Gespräche seien")?.speakerText).toBe("Von der Leyen");
    const doc2 = await run("Von der Regierung wurde mitgeteilt, das Amt sei geschlossen.");
    expect(quoteWith(doc2, "Amt sei")?.speakerText).toBe("der Regierung");
  });

  it("keeps a capitalised adjective at the sentence start", async () => {
    const doc = await run("Russische Diplomaten erklärten, man sei zu Gesprächen bereit.");
    expect(quoteWith(doc, "Gesprächen bereit")?.speakerText).toBe("Russische Diplomaten");
  });

  it("keeps PPs in the constituent before the finite verb, and a dative after it is no speaker", async () => {
    const doc = await run("Vertreter aus anderen Ländern haben dem Minister vorgeworfen, die Zahlen zu beschönigen.");
    expect(quoteWith(doc, "Zahlen zu beschönigen")?.speakerText).toBe("Vertreter aus anderen Ländern");
    const doc2 = await run("Einige der Abgeordneten im Landtag haben erklärt, sie würden zustimmen.");
    expect(quoteWith(doc2, "würden zustimmen")?.speakerText).toBe("Einige der Abgeordneten im Landtag");
  });

  it("keeps a locative PP of a fronted subject before its apposition, not one after the verb", async () => {
    const doc = await run(
      "Der Korrespondent des Senders in Nairobi, Peter Brandt, berichtete, dass die Straßen gesperrt seien.",
    );
    expect(quoteWith(doc, "Straßen gesperrt")?.speakerText).toBe(
      "Der Korrespondent des Senders in Nairobi, Peter Brandt",
    );
    const doc2 = await run("Die Straßen seien gesperrt, sagte der Minister in Nairobi.");
    expect(quoteWith(doc2, "Straßen seien")?.speakerText).toBe("der Minister");
  });

  it("reads a fronted genitive adverbial as no subject, a subject with a genitive still as one", async () => {
    const doc = await run(
      "Des Weiteren verwies der Minister darauf, dass der Haushalt ausgeglichen sei. Bezüglich des Startortes meldete die Agentur, die Maschine sei in Jayapura gestartet.",
    );
    expect(quoteWith(doc, "Haushalt ausgeglichen")?.speakerText).toBe("der Minister");
    expect(quoteWith(doc, "Maschine sei")?.speakerText).toBe("die Agentur");
    const doc2 = await run("Die Zeitung des Verbands meldete, die Maschine sei in Jayapura gestartet.");
    expect(quoteWith(doc2, "Maschine sei")?.speakerText).toBe("Die Zeitung des Verbands");
  });

  it("reads an apposition that opens with an adjective, and a locative PP in a clause-initial frame", async () => {
    const doc = await run(
      "Die Lage sei ernst, sagte Charles Bouchard, kanadischer General und Kommandeur des Einsatzes. Nach Angaben des Bundesamtes in Flensburg stieg die Zahl der Zulassungen.",
    );
    expect(quoteWith(doc, "Lage sei ernst")?.speakerText).toBe(
      "Charles Bouchard, kanadischer General und Kommandeur des Einsatzes",
    );
    expect(quoteWith(doc, "Zahl der Zulassungen")?.speakerText).toBe("Angaben des Bundesamtes in Flensburg");
    // a frame inside the clause keeps the locative out: it is where the event happened
    const doc2 = await run("Die Zahl der Zulassungen stieg nach Angaben des Bundesamtes in Flensburg.");
    expect(quoteWith(doc2, "Zahl der Zulassungen")?.speakerText).toBe("Angaben des Bundesamtes");
  });

  it("reads a masculine outlet after 'der' as the subject, a feminine one as the addressee", async () => {
    const doc = await run("Später meldete der staatliche Radiosender, die Lage sei ruhig.");
    expect(quoteWith(doc, "Lage sei ruhig")?.speakerText).toBe("der staatliche Radiosender");
    const doc2 = await run("Die Lage sei ruhig, sagte der Minister der Zeitung „Bild“.");
    expect(quoteWith(doc2, "Lage sei ruhig")?.speakerText).toBe("der Minister");
  });

  it("reads a focus adverb before a subject with apposition, and a demonstrative after the verb", async () => {
    const doc = await run("Auch Winfried Hassemer, sein Stellvertreter, glaubt, dass ein Verfahren möglich sei.");
    expect(quoteWith(doc, "Verfahren möglich")?.speakerText).toBe("Winfried Hassemer, sein Stellvertreter");
    const doc2 = await run("In einem Interview sagte dieser, dass er zufrieden sei.");
    expect(quoteWith(doc2, "zufrieden sei")?.speakerText).toBe("dieser");
    // a demonstrative article before a noun is no pronoun speaker
    const doc3 = await run("In einem Interview sagte dieser Minister, dass er zufrieden sei.");
    expect(quoteWith(doc3, "zufrieden sei")?.speakerText).toBe("dieser Minister");
  });

  it("reads a fronted accusative as no speaker, a partitive 'Einer der' still as one", async () => {
    const doc = await run("Den Vorschlag kritisierte die Opposition, weil er unsozial sei.");
    expect(doc.quotes.some((q) => q.speakerText === "Den Vorschlag")).toBe(false);
    const doc2 = await run("Einer der Feuerwehrmänner sagte, das Haus sei verloren.");
    expect(quoteWith(doc2, "Haus sei verloren")?.speakerText).toBe("Einer der Feuerwehrmänner");
  });

  it("does not read a subject with its apposition before an auxiliary as a statement", async () => {
    const doc = await run(
      "Der Fraktionschef im Landtag, Wolfgang Jüttner, hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.",
    );
    expect(doc.quotes).toHaveLength(1);
    expect(quoteWith(doc, "Mandat niederzulegen")?.speakerText).toBe("Der Fraktionschef im Landtag, Wolfgang Jüttner");
    // a real inverted frame keeps its content before the comma
    const doc2 = await run("Die Lage ist ernst, hatte der Minister gestern gesagt.");
    expect(quoteWith(doc2, "Lage ist ernst")?.speakerText).toBe("der Minister");
  });

  it("takes the first conjunct's subject for a cue after 'und', not the object after the cue", async () => {
    const doc = await run(
      "Am Abend zogen Demonstranten vor den Sitz der Verwaltung und skandierten Parolen wie „Gefälschte Demokratie“.",
    );
    expect(quoteWith(doc, "Gefälschte Demokratie")?.speakerText).toBe("Demonstranten");
    // a pronoun after the verb is its own subject
    const doc2 = await run("Das Treffen war kurz, und danach sagte sie, die Gespräche seien gescheitert.");
    expect(quoteWith(doc2, "Gespräche seien")?.speakerText).toBe("sie");
  });

  it("prefers a subject with its apposition before the verb over the object after it", async () => {
    const doc = await run("Der Vorsitzende des Vereins, Peter Lang, hatte Meier aufgefordert, sein Amt niederzulegen.");
    expect(quoteWith(doc, "Amt niederzulegen")?.speakerText).toBe("Der Vorsitzende des Vereins, Peter Lang");
    // a fronted object with an infinitive clause: the pronoun after the verb stays the speaker
    const doc2 = await run(
      "Die Pläne der Regierung, die Steuern zu senken, bezeichnete er als „gefährlich und falsch“.",
    );
    expect(quoteWith(doc2, "gefährlich")?.speakerText).toBe("er");
  });

  it("takes the subject of the first conjunct, not its object, for a cue after und", async () => {
    const doc = await run(
      "Die Ministerin erwartet eine schnelle Entscheidung des Gerichts und gab bekannt, dass die Prüfung dauern werde.",
    );
    expect(quoteWith(doc, "Prüfung dauern")?.speakerText).toBe("Die Ministerin");
  });

  it("lets the document speak after 'heißt es in …', never 'es'", async () => {
    const doc = await run("Die Lage sei stabil, heißt es in einem Bericht der Behörde.");
    expect(quoteWith(doc, "Lage sei stabil")?.speakerText).toBe("einem Bericht der Behörde");
    const doc2 = await run("Die Lage sei stabil, heißt es.");
    const q = quoteWith(doc2, "Lage sei stabil");
    expect(q).toBeDefined();
    expect(q?.speakerText).toBeNull();
  });
});

describe("speaker noun phrase boundaries", () => {
  it("keeps a genitive without article and a quoted outlet name inside the source NP", async () => {
    const doc = await run("Nach Angaben französischer Behörden sei der Schaden gering.");
    expect(quoteWith(doc, "Schaden gering")?.speakerText).toBe("Angaben französischer Behörden");
    const doc2 = await run("Nach Angaben seines Anwalts sei der Mann unschuldig.");
    expect(quoteWith(doc2, "Mann unschuldig")?.speakerText).toBe("Angaben seines Anwalts");
    const doc3 = await run("Einem Bericht des Magazins „Der Beobachter“ zufolge sei die Firma pleite.");
    expect(quoteWith(doc3, "Firma pleite")?.speakerText).toBe("Einem Bericht des Magazins „Der Beobachter“");
  });

  it("does not read a predicative adjective after the speaker as a genitive", async () => {
    const doc = await run("Der Minister sagte später, die Lage sei ernst.");
    expect(quoteWith(doc, "Lage sei ernst")?.speakerText).toBe("Der Minister");
  });

  it("keeps an apposition closed by a colon after the verb", async () => {
    const doc = await run("Dann sagte Peter Lang, der Leiter des Amtes: „Wir haben alles getan, was möglich war.“");
    expect(quoteWith(doc, "alles getan")?.speakerText).toBe("Peter Lang, der Leiter des Amtes");
  });

  it("joins a name and its apposition when the closing comma is missing", async () => {
    const doc = await run("Rob Meier, Sekretär des Vereins sagte, nach dem Spiel hätten alle gelacht.");
    expect(quoteWith(doc, "alle gelacht")?.speakerText).toBe("Rob Meier, Sekretär des Vereins");
  });
});

describe("cue forms", () => {
  it("reads an infinitive cue under a modal or lassen", async () => {
    const doc = await run("Der Verband ließ am Abend verlauten, man sei enttäuscht.");
    const q = quoteWith(doc, "man sei enttäuscht");
    expect(q?.cue?.text).toBe("ließ am Abend verlauten");
    expect(q?.speakerText).toBe("Der Verband");
    const doc2 = await run("Auf Nachfrage musste die Ministerin betonen, dass es keine Zahlen gebe.");
    expect(quoteWith(doc2, "keine Zahlen")?.speakerText).toBe("die Ministerin");
  });

  it("does not read a modal with a non-cue infinitive as a statement", async () => {
    const doc = await run("Die Kinder wollen im Garten spielen.");
    expect(doc.quotes).toHaveLength(0);
  });

  it("reads 'fuhr fort' as a cue", async () => {
    const doc = await run("Der Bürgermeister trat vor die Presse. Er fuhr fort: „Das ist ein Skandal für die Stadt.“");
    const q = quoteWith(doc, "Skandal");
    expect(q?.cue?.text).toBe("fuhr fort");
    expect(q?.speakerText).toBe("Er");
  });
});

describe("nach + report noun", () => {
  it("reads investigation and statement nouns as sources", async () => {
    const doc = await run("Nach ersten Ermittlungen der Polizei war der Fahrer zu schnell unterwegs.");
    expect(quoteWith(doc, "Fahrer zu schnell")?.speakerText).toBe("ersten Ermittlungen der Polizei");
  });

  it("leaves a compound that only ends like a statement noun alone", async () => {
    const doc = await run("Nach der Unabhängigkeitserklärung feierten Tausende auf den Straßen.");
    expect(doc.quotes).toHaveLength(0);
  });
});

describe("clause-level frames and cues", () => {
  it("gives the content before 'so X' to X even when X has a relative clause with its own cue", async () => {
    const doc = await run(
      "Oft habe der Mann vor der Tür gewartet, so Müller, die auch angab, dass ihre Mandantin Angst gehabt habe.",
    );
    expect(quoteWith(doc, "vor der Tür")?.speakerText).toBe("Müller");
    expect(quoteWith(doc, "Mandantin Angst")?.speakerSpan?.text).toBe("die");
    expect(quoteWith(doc, "Mandantin Angst")?.speakerText).toBe("Müller");
  });

  it("reads a predicative attitude adjective with a clause as a cue, not one before a cue verb", async () => {
    const doc = await run("Der Trainer ist zuversichtlich, die Schweden schlagen zu können.");
    const q = quoteWith(doc, "Schweden schlagen");
    expect(q?.cue?.text).toBe("ist zuversichtlich");
    expect(q?.speakerText).toBe("Der Trainer");
    const doc2 = await run("Die Straße ist sicher, sagte der Bürgermeister.");
    expect(doc2.quotes).toHaveLength(1);
    expect(doc2.quotes[0].cue?.text).toBe("sagte");
  });

  it("keeps a fronted subordinate clause in the content of an inverted cue, but not a bare one", async () => {
    const doc = await run(
      "Als die Rebellen die Stadt einnahmen, töteten sie viele Zivilisten, teilten die Vereinten Nationen mit.",
    );
    expect(quoteWith(doc, "töteten sie")?.speakerText).toBe("die Vereinten Nationen");
    const doc2 = await run("Als er ankam, sagte der Minister nichts.");
    expect(doc2.quotes).toHaveLength(0);
  });

  it("limits a frame inside a relative or subordinate clause to that clause", async () => {
    const doc = await run(
      "In vielen Städten gibt es eine Umweltzone, die nach Einschätzung des Umweltamtes die Luft verbessern kann.",
    );
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text.startsWith("die nach Einschätzung")).toBe(true);
    const doc2 = await run("Das Beben lag nach Angaben der Behörde bei Stärke fünf.");
    expect(doc2.quotes[0].text).toBe("Das Beben lag nach Angaben der Behörde bei Stärke fünf");
  });
});

describe("subjects around adverbs and documents", () => {
  it("skips a focus adverb before the subject and a contrast adverb after it", async () => {
    const doc = await run("Auch Feinstein argumentierte, die Kandidatin habe viele Stimmen.");
    expect(quoteWith(doc, "viele Stimmen")?.speakerText).toBe("Feinstein");
    const doc2 = await run("Die Piloten hingegen sagen, der Kapitän trage die Verantwortung.");
    expect(quoteWith(doc2, "Kapitän trage")?.speakerText).toBe("Die Piloten");
    // a dative after "auch" is no subject
    const doc3 = await run("Auch einer Klage räumte er keine Chance ein, da die Gesetze eingehalten würden.");
    expect(quoteWith(doc3, "Gesetze eingehalten")?.speakerText).toBe("er");
  });

  it("lets the document speak in 'Auf der Homepage heißt es' and in an agentless passive", async () => {
    const doc = await run("Auf der Homepage des Vereins heißt es, die Feier falle aus.");
    expect(quoteWith(doc, "Feier falle aus")?.speakerText).toBe("der Homepage des Vereins");
    const doc2 = await run(
      "Zudem wird in einer Mitteilung der Organisation gefordert, dass die Regierung handeln müsse.",
    );
    expect(quoteWith(doc2, "Regierung handeln")?.speakerText).toBe("einer Mitteilung der Organisation");
  });
});

describe("speaker noun phrases with attributes and appositions", () => {
  it("reads a participle attribute inside a genitive (des am Montag zurückgetretenen …)", async () => {
    const doc = await run(
      "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt, die Sanierung werde Arbeitsplätze kosten.",
    );
    expect(quoteWith(doc, "Sanierung werde")?.speakerSpan?.text).toBe(
      "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois",
    );
  });

  it("keeps a locative PP before a name apposition in the speaker, but not a bare adverbial one", async () => {
    const doc = await run(
      "„Die Lage bleibt ernst“, sagte der Oberkommandierende der US-Streitkräfte im Irak, General George Casey.",
    );
    expect(quoteWith(doc, "Lage bleibt")?.speakerSpan?.text).toBe(
      "der Oberkommandierende der US-Streitkräfte im Irak, General George Casey",
    );
    const doc2 = await run("„Die Lage bleibt ernst“, sagte der Präsident in Moskau.");
    expect(quoteWith(doc2, "Lage bleibt")?.speakerSpan?.text).toBe("der Präsident");
  });

  it("reads names joined by und before zufolge", async () => {
    const doc = await run(
      "Die Erschütterungen waren Berichten der Sender Sky News und BBC zufolge bis London zu spüren.",
    );
    expect(quoteWith(doc, "Erschütterungen")?.speakerSpan?.text).toBe("Berichten der Sender Sky News und BBC");
    const doc2 = await run("Die Preise steigen und Experten zufolge bleibt das so.");
    expect(quoteWith(doc2, "bleibt das so")?.speakerSpan?.text).toBe("Experten");
  });
});

describe("a sentence-initial name that is also an adjective", () => {
  it("reads 'Kurz' as the speaker when the entities layer found the person there", async () => {
    const doc = await run(
      "Der österreichische Außenminister Sebastian Kurz besuchte Sarajevo. Kurz sagte, dass er nicht hoffe, dass es dazu komme.",
    );
    const q = quoteWith(doc, "nicht hoffe");
    expect(q?.speakerText).toBe("Kurz");
    expect(doc.entities.find((x) => x.id === q?.speaker)?.name).toBe("Sebastian Kurz");
    // the adjective stays no subject: "Kurz darauf sagte er, …"
    const doc2 = await run("Kurz darauf sagte er, die Lage sei ernst.");
    expect(quoteWith(doc2, "Lage sei ernst")?.speakerText).toBe("er");
  });
});
