import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { textLayers } from "../pipeline/analyze.js";

function sents(text: string): string[] {
  const doc = new Doc({ text });
  textLayers(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence splitting", () => {
  it("splits at final punctuation before a capital", () => {
    expect(sents("Putin kam. Kim ging! Warum? Niemand weiß es.")).toEqual([
      "Putin kam.",
      "Kim ging!",
      "Warum?",
      "Niemand weiß es.",
    ]);
  });

  it("does not split after abbreviations, initials and ordinals", () => {
    expect(sents("Das betrifft z. B. Dr. Müller. Am 3. September sprach John F. Kennedy.")).toEqual([
      "Das betrifft z. B. Dr. Müller.",
      "Am 3. September sprach John F. Kennedy.",
    ]);
    expect(sents("Der 1. FC Köln gewann. Im 19. Jahrhundert war das anders.")).toHaveLength(2);
  });

  it("keeps a quote that ends in a period with its attribution", () => {
    expect(sents("„Wir kommen.“, sagte er. Dann ging er.")).toEqual(["„Wir kommen.“, sagte er.", "Dann ging er."]);
    expect(sents("»Warum?«, fragte sie. Keiner antwortete.")).toHaveLength(2);
  });

  it("ends a sentence after a quote that closes it", () => {
    expect(sents("„Ich komme wieder.“ Dann ging er.")).toEqual(["„Ich komme wieder.“", "Dann ging er."]);
  });

  it("ends a sentence after a spaced closing “ in text quoted with „", () => {
    expect(sents("Er sagte: „Es entspricht dem Gedanken. “ Ein Sprecher sagte, das sei gut.")).toEqual([
      "Er sagte: „Es entspricht dem Gedanken. “",
      "Ein Sprecher sagte, das sei gut.",
    ]);
  });

  it("treats a headline line without final punctuation as a sentence", () => {
    expect(sents("Putin: Verhältnis zu Nordkorea „vertrauensvoll“\n„Wir warten“, sagte er.")).toEqual([
      "Putin: Verhältnis zu Nordkorea „vertrauensvoll“",
      "„Wir warten“, sagte er.",
    ]);
  });

  it("keeps a dateline inside the first sentence", () => {
    expect(sents("Wien – Die Regierung tritt zurück. Neuwahlen folgen.")).toEqual([
      "Wien – Die Regierung tritt zurück.",
      "Neuwahlen folgen.",
    ]);
  });

  it("joins hard-wrapped lines of one sentence", () => {
    const text =
      "Die Bundesregierung hat am Mittwoch in Berlin beschlossen, die\nHilfen für die Ukraine deutlich zu erhöhen.";
    expect(sents(text)).toHaveLength(1);
  });

  it("does not split before a lower-case word", () => {
    expect(sents("Er sprach von ca. zehn Toten bzw. mehr Verletzten.")).toHaveLength(1);
  });

  it("handles empty and whitespace-only text", () => {
    expect(sents("")).toEqual([]);
    expect(sents("   \n  ")).toEqual([]);
  });
});

describe("sentence splitting by the document's language", () => {
  const split = (text: string, lang: string): string[] =>
    textLayers(new Doc({ text }), lang).sentences.map((s) => text.slice(s.start, s.end));

  it("keeps a day ordinal with its month in a language without word lists", () => {
    expect(split("The summit took place on 3. March. It ended without a deal.", "en")).toEqual([
      "The summit took place on 3. March.",
      "It ended without a deal.",
    ]);
    expect(split("He turned 18. She left.", "en")).toHaveLength(2);
  });

  it("applies German abbreviations only to German text", () => {
    expect(split("Das betrifft z. B. Dr. Müller. Er kam.", "de")).toHaveLength(2);
    // without German rules "Dr." is no abbreviation: a capital after it starts a sentence
    expect(split("Er traf Dr. Müller.", "en")).toHaveLength(2);
  });

  it("lets German word lists decide where they exist (auf Seite 3. Unverpixelt.)", () => {
    expect(split("Das Foto steht auf Seite 3. Unverpixelt.", "de")).toHaveLength(2);
  });
});
