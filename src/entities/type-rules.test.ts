import { describe, expect, it } from "vitest";
import { entityOf, link, tags } from "../lang/de/entities/testing.js";

describe("types from the text around a name (issue 18)", () => {
  it("drops the article the tagger took into a span and links a one-word MISC to the one organisation of that name", () => {
    const text = "In Österreich sind alle optimistisch. Trotzdem: Die OeNB rechnet mit Wachstum.";
    const ents = link(text, "2016-01-20", tags(text, [["Die OeNB", "MISC"]]));
    const e = entityOf(ents, "OeNB");
    expect(e?.type).toBe("ORG");
    expect(e?.country).toBe("AUT");
    expect(e?.wikidata).toBe("Q670723");
  });

  it("keeps the article of a name that begins with a common word ('Die Welt')", () => {
    const text = "In Berlin berichtete Die Welt über den Streit.";
    const ents = link(text, "2016-01-20", tags(text, [["Die Welt", "ORG"]]));
    expect(entityOf(ents, "Die Welt")).toBeDefined();
  });

  it("types a one-word place or person listed only with organisations as an organisation ('Nationalbank, Wifo und IHS')", () => {
    const text = "Gefragt wurden Nationalbank, Wifo und IHS in Wien.";
    const ents = link(
      text,
      "2016-01-20",
      tags(text, [
        ["Wifo", "LOC"],
        ["IHS", "ORG"],
      ]),
    );
    expect(entityOf(ents, "Wifo")?.type).toBe("ORG");
  });

  it("leaves a place listed with places a place ('Wien, Graz und Linz')", () => {
    const text = "Gefragt wurden Wien, Graz und Wifu in Österreich.";
    const ents = link(text, "2016-01-20", tags(text, [["Wifu", "LOC"]]));
    expect(entityOf(ents, "Wifu")?.type).toBe("LOC");
  });

  it("reads a one-word 'person' after a place-only preposition as a place ('in Piräeus eintraf')", () => {
    const text = "Die Fähre, die in Piräeus eintraf, war voll.";
    const ents = link(text, "2016-01-20", tags(text, [["Piräeus", "PER"]]));
    expect(entityOf(ents, "Piräeus")?.type).toBe("LOC");
  });

  it("keeps a person after 'in' when a noun follows ('in Goethes Faust') or after 'nach' ('nach Merkul')", () => {
    const text = "Das steht in Goethes Faust. Nach Merkul sprach Kohlu.";
    const ents = link(
      text,
      "2016-01-20",
      tags(text, [
        ["Goethes", "PER"],
        ["Merkul", "PER"],
      ]),
    );
    expect(entityOf(ents, "Goethes")?.type).toBe("PER");
    expect(entityOf(ents, "Merkul")?.type).toBe("PER");
  });

  it("reads a country adjective before a ministry or embassy as that country's body ('das italienische Außenministerium')", () => {
    const text = "Auch das italienische Außenministerium und die türkische Botschaft haben sich gemeldet.";
    const ents = link(text, "2016-04-26");
    const m = entityOf(ents, "italienische Außenministerium");
    expect(m?.type).toBe("ORG");
    expect(m?.country).toBe("ITA");
    expect(entityOf(ents, "türkische Botschaft")?.country).toBe("TUR");
  });

  it("leaves 'die italienische Regierung' a country adjective", () => {
    const ents = link("Die italienische Regierung hat sich gemeldet.", "2016-04-26");
    expect(entityOf(ents, "italienische Regierung")).toBeUndefined();
    expect(ents.find((e) => e.wikidata === "Q38")).toBeDefined();
  });

  it("reads a place's name after an outlet noun as the outlet ('der Tageszeitung Österreich')", () => {
    const text = "Das sagte Faymann der Tageszeitung Österreich. Österreich schließt die Grenze.";
    const ents = link(text, "2016-01-20");
    const outlet = ents.find((e) => e.type === "ORG" && e.name === "Österreich");
    expect(outlet?.mentions.length).toBe(1);
    expect(outlet?.wikidata).toBeNull();
    expect(ents.find((e) => e.wikidata === "Q40")?.mentions.length).toBe(1);
  });

  it("reads a compass prefix before a place as a part of it ('Südosteuropa', 'Ostukraine', 'Nordtiroler')", () => {
    const text =
      "Der Transit durch Südosteuropa und die Kämpfe in der Ostukraine. Auf Nordtiroler Seite bleibt man hart.";
    const ents = link(text, "2016-04-26");
    expect(entityOf(ents, "Südosteuropa")?.type).toBe("LOC");
    expect(entityOf(ents, "Südosteuropa")?.country).toBeNull();
    expect(entityOf(ents, "Ostukraine")?.country).toBe("UKR");
    expect(entityOf(ents, "Nordtiroler")?.name).toBe("Nordtirol");
  });

  it("gives a region's part no country from the dateline, and reads no compound without a place ('Südstaaten')", () => {
    const text = "Treffen. Wien – In Nordafrika und in den Südstaaten wird gewählt. Österreich und Wien schauen zu.";
    const ents = link(text, "2016-04-26");
    expect(entityOf(ents, "Nordafrika")?.country).toBeNull();
    expect(entityOf(ents, "Südstaaten")).toBeUndefined();
  });

  it("reads an abbreviation with inner capitals and a word after an organisation noun as names ('(PiS)', 'Partei Lider')", () => {
    const text =
      "In Polen regiert die Partei Recht und Gerechtigkeit (PiS). In Guatemala blieb die Partei Lider fern. Die Lider zuckten.";
    const ents = link(text, "2016-01-20");
    expect(entityOf(ents, "PiS")?.wikidata).toBe("Q156874");
    expect(entityOf(ents, "Lider")?.type).toBe("ORG");
    expect(ents.filter((e) => e.mentions.some((m) => m.text === "Lider")).flatMap((e) => e.mentions).length).toBe(1);
  });
});
