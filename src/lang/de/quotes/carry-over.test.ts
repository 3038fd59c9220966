import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("carry-over of Konjunktiv I sentences", () => {
  it("gives a following Konjunktiv I sentence to the last speaker", async () => {
    const doc = await run(
      "Der Sprecher des Ministeriums sagte, die Gespräche seien gescheitert. Man werde sich davon nicht beeindrucken lassen.",
    );
    const q = quoteWith(doc, "nicht beeindrucken");
    expect(q?.kind).toBe("indirect");
    expect(q?.cue).toBeNull();
    expect(q?.speakerText).toBe("Der Sprecher des Ministeriums");
  });

  it("does not carry over an indicative sentence", async () => {
    const doc = await run("Der Sprecher sagte, die Gespräche seien gescheitert. Am Abend regnete es in der Stadt.");
    expect(quoteWith(doc, "regnete")).toBeUndefined();
  });

  it("does not treat the article 'eine' as Konjunktiv I", async () => {
    const doc = await run("Der Sprecher sagte, die Gespräche seien gescheitert. Eine Delegation reiste ab.");
    expect(quoteWith(doc, "Delegation")).toBeUndefined();
  });
  it("carries reportive 'soll/sollen' sentences over to the last speaker", async () => {
    const doc = await run(
      "Die Polizei sagte, der Täter sei geflohen. Er soll zuvor zwei Autos gestohlen haben. Außerdem sollen zwei Menschen verletzt worden sein.",
    );
    expect(quoteWith(doc, "zwei Autos gestohlen")?.speakerText).toBe("Die Polizei");
    expect(quoteWith(doc, "zwei Menschen verletzt")?.speakerText).toBe("Die Polizei");
  });

  it("does not read 'soll' as reported without a speaker just before", async () => {
    const doc = await run("Die Brücke soll im Jahr 2030 fertig sein. Ich soll morgen kommen.");
    expect(doc.quotes).toEqual([]);
  });
  it("joins a run of cue-less reported sentences of one speaker into one statement", async () => {
    const doc = await run(
      "Der Physiker sagte, die Lage sei ernst. Die Daten seien unzureichend. Man arbeite an einer Lösung. Am Abend regnete es.",
    );
    const q = quoteWith(doc, "Die Daten seien unzureichend");
    expect(q?.text).toBe("Die Daten seien unzureichend. Man arbeite an einer Lösung.");
    expect(q?.speakerText).toBe("Der Physiker");
    expect(quoteWith(doc, "die Lage sei ernst")?.text).toBe("die Lage sei ernst");
    expect(quoteWith(doc, "regnete")).toBeUndefined();
  });

  it("gives a carry-over sentence to a named subject of the sentence right before it, not an older speaker", async () => {
    const text =
      "„Wir sind zufrieden“, sagte Bürgermeister Klaus Weber am Montag. Die Deutsche Bahn prüft den Vorfall noch.";
    const doc = await run(`${text} Der Zug sei zu schnell gewesen.`);
    expect(quoteWith(doc, "zu schnell gewesen")?.speakerText).toBe("Die Deutsche Bahn");
    // a subject that is no named agent leaves the last speaker in place
    const doc2 = await run(
      "„Wir sind zufrieden“, sagte Bürgermeister Klaus Weber am Montag. Der Zug fuhr danach weiter. Der Zug sei zu schnell gewesen.",
    );
    expect(quoteWith(doc2, "zu schnell gewesen")?.speakerText).toBe("Bürgermeister Klaus Weber");
  });

  it("gives a carry-over sentence to the subject of a speech-act verb right before it, not of any verb", async () => {
    const doc = await run(
      "Der Minister sagte, die Lage sei ernst. Die Stadtreinigung äußerte Zweifel an der Darstellung. Für ein Jahr sei es rechtens, Abfälle zu lagern.",
    );
    expect(quoteWith(doc, "Abfälle zu lagern")?.speakerText).toBe("Die Stadtreinigung");
    const doc2 = await run(
      "Der Minister sagte, die Lage sei ernst. Der Zug verließ den Bahnhof. Die Strecke sei gesperrt.",
    );
    expect(quoteWith(doc2, "Strecke sei gesperrt")?.speakerText).toBe("Der Minister");
  });

  it("does not read a planning or duty 'sollen' (passive or modal infinitive at the end) as reported", async () => {
    const doc = await run(
      "Der Direktor sagte, der Test sei gescheitert. Der Test soll im Mai wiederholt werden. Die Sirenen sollen dann auch nachts heulen können.",
    );
    expect(doc.quotes).toHaveLength(1);
    const doc2 = await run("Der Direktor sagte, der Test sei gescheitert. Dabei sollen zwei Sirenen ausgefallen sein.");
    expect(quoteWith(doc2, "Sirenen ausgefallen")?.speakerText).toBe("Der Direktor");
  });

  it("does not carry over a narrator's hedge with a modal in Konjunktiv II", async () => {
    const doc = await run(
      "Der Sprecher sagte, die Gespräche seien gescheitert. Das könnte sich als teurer Fehler erweisen.",
    );
    expect(quoteWith(doc, "teurer Fehler")).toBeUndefined();
    // a Konjunktiv II of sein/haben/werden after reported speech still carries over
    const doc2 = await run(
      "Der Sprecher sagte, die Gespräche seien gescheitert. Eine Einigung wäre nur mit neuen Vorschlägen möglich.",
    );
    expect(quoteWith(doc2, "Einigung wäre")?.speakerText).toBe("Der Sprecher");
  });

  it("does not read a verb-final 'sollen' in a relative clause as reportive", async () => {
    const text = "Der Minister sagte, die Reform komme im Mai.";
    const doc = await run(`${text} Das Gesetz erlaubt Fachkräfte aus dem Ausland, die Lehrer unterstützen sollen.`);
    expect(quoteWith(doc, "Fachkräfte aus dem Ausland")).toBeUndefined();
    const doc2 = await run(`${text} Außerdem sollen die Schulen mehr Geld erhalten.`);
    expect(quoteWith(doc2, "Schulen mehr Geld")?.speakerText).toBe("Der Minister");
  });

  it("does not read a sentence-initial noun that looks like a Konjunktiv I form as reported", async () => {
    const text = "Der Sprecher sagte, der Passagier sei betrunken gewesen.";
    const doc = await run(`${text} Versuche, den Mann zu beruhigen, schlugen fehl.`);
    expect(quoteWith(doc, "zu beruhigen")).toBeUndefined();
    const doc2 = await run(`${text} Ende Mai töteten Soldaten neun Aktivisten.`);
    expect(quoteWith(doc2, "neun Aktivisten")).toBeUndefined();
    // a fronted noun before a real Konjunktiv I form still carries over
    const doc3 = await run(`${text} Folge des Streits sei eine lange Verspätung.`);
    expect(quoteWith(doc3, "lange Verspätung")?.speakerText).toBe("Der Sprecher");
  });

  it("does not read first-person forms in -e as Konjunktiv I in a sentence with 'ich'", async () => {
    // (a text that marks its speech: the "ich" sentence is then no unmarked own words either — see own-words.test.ts;
    // a title in marks alone, "Der Film heißt „Heimat“", leaves the speech unmarked)
    const text = "„Wir sind froh“, sagte der Produzent. Die Regisseurin sagte, der Film sei fertig.";
    const doc = await run(`${text} Ich arbeite an einem neuen Projekt und plane einen Kurzfilm.`);
    expect(quoteWith(doc, "Kurzfilm")).toBeUndefined();
    const doc2 = await run(`${text} Tatsächlich fühle ich mich eher herausgefordert.`);
    expect(quoteWith(doc2, "herausgefordert")).toBeUndefined();
    // without "ich" the same form is Konjunktiv I
    const doc3 = await run(`${text} Sie plane einen Kurzfilm.`);
    expect(quoteWith(doc3, "Kurzfilm")?.speakerText).toBe("Die Regisseurin");
  });

  it("does not read a form that is also a third-person indicative of another verb as Konjunktiv I", async () => {
    const text = "Der Sprecher sagte, der Fahrer sei müde gewesen.";
    const doc = await run(`${text} Trotzdem raste der Wagen über die Kreuzung.`);
    expect(quoteWith(doc, "über die Kreuzung")).toBeUndefined();
    const doc2 = await run(`${text} Trotzdem raste er über die Kreuzung, habe ein Zeuge beobachtet.`);
    expect(quoteWith(doc2, "über die Kreuzung")).toBeDefined();
  });
});

describe("carry-over with demnach", () => {
  it("marks 'demnach' as cue and source mention and keeps the carried-over speaker", async () => {
    const doc = await run(
      "Die Kämpfer töteten mehrere hundert Zivilisten, teilten die Vereinten Nationen mit. Demnach hätten sich die Menschen in eine Kirche geflüchtet.",
    );
    const q = quoteWith(doc, "in eine Kirche");
    expect(q?.cue?.text).toBe("Demnach");
    expect(q?.speakerSpan?.text).toBe("Demnach");
    expect(q?.speakerText).toBe("die Vereinten Nationen");
    expect(q?.text.startsWith("hätten")).toBe(true);
  });

  it("lets a cited report speak for a demnach sentence", async () => {
    const doc = await run(
      "Einem Reuters-Bericht zufolge sei die Lage ernst. Demnach habe die Armee neue Truppen entsandt.",
    );
    const q = quoteWith(doc, "neue Truppen");
    expect(q?.speakerSpan?.text).toBe("Demnach");
    expect(q?.speakerText).toBe("Reuters");
  });
});

describe("carry-over: the previous sentence's subject as speaker", () => {
  it("takes no fronted object and no passive subject for the speaker", async () => {
    const doc = await run(
      "Besondere Probleme sah die Luftfahrtbehörde bei der Wartung. Auch sei die Dokumentation nicht erfolgt.",
    );
    expect(quoteWith(doc, "Dokumentation")?.speakerText ?? "").not.toBe("Besondere Probleme");
    const doc2 = await run(
      "Alle Beamten wurden in einer Anweisung aufgefordert, die Stadt zu verlassen. Grund dafür sei eine Warnung vor Anschlägen.",
    );
    expect(quoteWith(doc2, "Grund dafür")?.speakerText ?? "").not.toBe("Alle Beamten");
  });

  it("still takes a person or organisation subject of the previous sentence", async () => {
    const doc = await run("Die Polizei prüft den Brief. Der Mann habe darin seine Tat angekündigt.");
    expect(quoteWith(doc, "Tat angekündigt")?.speakerText).toBe("Die Polizei");
  });
});

describe("carry-over: a sentence-initial name is no verb", () => {
  it("does not read 'Google' before a finite verb as Konjunktiv I of 'googeln'", async () => {
    const doc = await run("Google wirft seine Macht in den Ring. Google versucht dies mit einem Hinweis zu erklären.");
    expect(doc.quotes).toEqual([]);
    // a Konjunktiv I verb after the name still carries over
    const doc2 = await run("Der Sprecher sagte, man prüfe das. Google stelle keine Daten bereit.");
    expect(quoteWith(doc2, "keine Daten")?.speakerText).toBe("Der Sprecher");
  });
});
