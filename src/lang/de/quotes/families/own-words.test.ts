import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../../quotes/test-helpers.js";

const speaker = (doc: Awaited<ReturnType<typeof run>>, key: string) =>
  doc.entities.find((e) => e.id === quoteWith(doc, key)?.speaker)?.name;

describe("own words without quotation marks", () => {
  it("reads a first-person sentence after a statement as the speaker's own words", async () => {
    const doc = await run(
      "Die Zusammenarbeit funktioniere gut, sagte Michael Stumpf. Ich lebe hier, meine Familie lebt hier. Ich liebe den Bezirk.",
    );
    expect(speaker(doc, "Ich lebe hier")).toBe("Michael Stumpf");
    expect(speaker(doc, "Ich liebe den Bezirk")).toBe("Michael Stumpf");
  });

  it("reads own words in a portrait whose last sentences still speak of the speaker heard earlier", async () => {
    const doc = await run(
      "Die Zusammenarbeit funktioniere gut, sagte Michael Stumpf. Er ist 27 Jahre alt. Die Partei hat viele junge Kandidaten. Das war schon 2005 so. Die erste Begegnung mit Strache hat Stumpf überzeugt. Ich habe ihn nur vom Fernsehen gekannt.",
    );
    expect(speaker(doc, "Ich habe ihn nur vom Fernsehen")).toBe("Michael Stumpf");
  });

  it("does not reach back to a speaker the last sentences no longer speak of", async () => {
    const doc = await run(
      "Die Zusammenarbeit funktioniere gut, sagte Michael Stumpf. Die Partei hat viele junge Kandidaten. Das war schon 2005 so. Der Bezirk ist groß. Die Wahl findet im Oktober statt. Ich habe ihn nur vom Fernsehen gekannt.",
    );
    expect(quoteWith(doc, "Ich habe ihn nur vom Fernsehen")).toBeUndefined();
  });

  it("does not read an author's 'unsere Gesellschaft' as someone's words", async () => {
    const doc = await run("Die Lage sei ernst, sagte Michael Stumpf. Das zeigt den Zustand unserer Gesellschaft.");
    expect(quoteWith(doc, "Zustand unserer")).toBeUndefined();
  });

  it("reads own words in a text whose only marks enclose a title", async () => {
    const doc = await run(
      'In der Serie "House of Cards" spielt sie die First Lady. Die Rolle war schwierig, erzählt Robin Wright. Es war frustrierend. Dann sah ich eine Dokumentation über Adler.',
    );
    expect(speaker(doc, "Dann sah ich")).toBe("Robin Wright");
  });

  it("does not read the verb 'meinen' as a first-person possessive", async () => {
    const doc = await run(
      "Die Polizei werde nur im Notfall eingreifen, sagte Regierungschef Leung. Damit kann er nur den Einsatz der Polizei meinen, aber die Demonstranten sehen das anders.",
    );
    expect(quoteWith(doc, "Einsatz der Polizei meinen")).toBeUndefined();
  });

  it("reads a quotation mark left unpaired as marked speech", async () => {
    const doc = await run(
      "„Wir hatten viele Anmeldungen für „Small-Business“ und ‚Sunrise‘. Die Nachfrage ist stark“, sagte Edmon Chung. Ich bin zufrieden mit dem Ergebnis.",
    );
    expect(quoteWith(doc, "Ich bin zufrieden")).toBeUndefined();
  });

  it("leaves first-person sentences alone in a text that marks its quotations", async () => {
    const doc = await run("„Die Lage ist ernst“, sagte Michael Stumpf. Ich lebe hier.");
    expect(quoteWith(doc, "Ich lebe hier")).toBeUndefined();
  });
});

describe("continued direct speech without quotation marks", () => {
  const text =
    "Wir sind über jede Entlastung froh, sagte ein Sprecher. Diejenigen, die blieben, werden gut behandelt, betonte Innenminister Nebojsa Stefanovic. Alle sind zufrieden mit dem Verhalten Serbiens.";

  it("continues an indicative statement with a present-tense sentence", async () => {
    const doc = await run(text);
    expect(speaker(doc, "Alle sind zufrieden")).toBe("Nebojsa Stefanovic");
  });

  it("stops at a question, at a person named or at a third-person pronoun", async () => {
    for (const next of [
      "Was bedeutet das für Serbien?",
      "Stefanovic ist seit 2014 Minister.",
      "Er gilt als Hardliner in der Regierung.",
    ]) {
      const doc = await run(`${text} ${next}`);
      expect(quoteWith(doc, next.slice(0, 12)), next).toBeUndefined();
    }
  });

  it("does not continue in a text that marks its quotations", async () => {
    const doc = await run(
      "„Wir sind froh“, sagte ein Sprecher. Diejenigen, die blieben, werden gut behandelt, betonte Innenminister Nebojsa Stefanovic. Alle sind zufrieden mit dem Verhalten Serbiens.",
    );
    expect(quoteWith(doc, "Alle sind zufrieden")).toBeUndefined();
  });
});
