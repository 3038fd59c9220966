import { describe, expect, it } from "vitest";
import { entityOf, link, tags } from "../lang/de/entities/testing.js";

// Names are invented (the KB knows none of them); the countries are the texts' own.
describe("countries of unlinked names from their organisation and list neighbours", () => {
  it("gives a person the country of the organisation in an apposition before or after the name", () => {
    const cases: [string, string][] = [
      ["Berlin und Paris streiten. Das sagte der Chef des deutschen Verbandes Bitkum, Marco Fratzu, am Montag.", "DEU"],
      [
        "Berlin und Paris streiten. Das sagte Marco Fratzu, der stellvertretende Leiter des deutschen Verbandes Bitkum.",
        "DEU",
      ],
    ];
    for (const [text, want] of cases) {
      const ents = link(
        text,
        "2016-03-10",
        tags(text, [
          ["Bitkum", "ORG"],
          ["Marco Fratzu", "PER"],
        ]),
      );
      expect(entityOf(ents, "Bitkum")?.country, text).toBe(want);
      expect(entityOf(ents, "Marco Fratzu")?.country, text).toBe(want);
    }
  });

  it("gives a person the country of the party in brackets after the name ('Gaby Schaunu (SPÖ)')", () => {
    const text = "In Graz brachte Finanzreferentin Gaby Schaunu (SPÖ) den Antrag ein.";
    const ents = link(text, "2016-03-10", tags(text, [["Gaby Schaunu", "PER"]]));
    expect(entityOf(ents, "Gaby Schaunu")?.country).toBe("AUT");
  });

  it("gives a person the country in brackets after the name, by name or ISO code ('X (Deutschland)', 'Y (MKD)')", () => {
    const text =
      "Kugelstoßen: Gold für Joa Kovak (USA), Silber für Davo Sturl (Deutschland), Schiedsrichter Alek Stavro (MKD).";
    const ents = link(
      text,
      "2015-08-30",
      tags(text, [
        ["Joa Kovak", "PER"],
        ["Davo Sturl", "PER"],
        ["Alek Stavro", "PER"],
      ]),
    );
    expect(entityOf(ents, "Joa Kovak")?.country).toBe("USA");
    expect(entityOf(ents, "Davo Sturl")?.country).toBe("DEU");
    expect(entityOf(ents, "Alek Stavro")?.country).toBe("MKD");
  });

  it("takes no country from a bracket that is no country code or holds more than a name ('X (XQZ)', 'X (Deutschland, 56)')", () => {
    const text = "Es sprachen Joa Kovak (XQZ) und Davo Sturl (Deutschland, 56) in Rom.";
    const ents = link(
      text,
      "2015-08-30",
      tags(text, [
        ["Joa Kovak", "PER"],
        ["Davo Sturl", "PER"],
      ]),
    );
    expect(entityOf(ents, "Joa Kovak")?.country).toBeNull();
    expect(entityOf(ents, "Davo Sturl")?.country).toBeNull();
  });

  it("gives a place set relative to a KB place that place's country ('Amygdala, nordwestlich von Athen')", () => {
    const text =
      "Sie kamen in das Lager von Amygdala, nordwestlich von Athen, und nach Tschenkowo, 20 Kilometer westlich von Smolensk.";
    const ents = link(
      text,
      "2015-11-01",
      tags(text, [
        ["Amygdala", "LOC"],
        ["Tschenkowo", "LOC"],
      ]),
    );
    expect(entityOf(ents, "Amygdala")?.country).toBe("GRC");
    expect(entityOf(ents, "Tschenkowo")?.country).toBe("RUS");
  });

  it("takes no country from a direction word without a place after it or with another name between ('südlich der Hauptstadt')", () => {
    const text =
      "Sie kamen nach Amygdala südlich der Hauptstadt und nach Tschenkowo, Wolgast und westlich von Smolensk.";
    const ents = link(
      text,
      "2015-11-01",
      tags(text, [
        ["Amygdala", "LOC"],
        ["Tschenkowo", "LOC"],
        ["Wolgast", "PER"],
      ]),
    );
    expect(entityOf(ents, "Amygdala")?.country).toBeNull();
    expect(entityOf(ents, "Tschenkowo")?.country).toBeNull();
  });

  it("takes no country from an organisation after a name in the dative ('sagte X der Zeitung Y')", () => {
    const text =
      "Berlin und Havanna streiten. Das sagte Miria Leivu der deutschen Zeitung Blattu. Auch Elia Sanchu, am Montag der deutschen Zeitung Blattu.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Miria Leivu", "PER"],
        ["Elia Sanchu", "PER"],
        ["Blattu", "ORG"],
      ]),
    );
    expect(entityOf(ents, "Blattu")?.country).toBe("DEU");
    expect(entityOf(ents, "Miria Leivu")?.country).toBeNull();
    expect(entityOf(ents, "Elia Sanchu")?.country).toBeNull();
  });

  it("gives an unlinked place the country of the places listed with it", () => {
    const text = "Berlin und Rom streiten. In den Bezirken – Neusiedlu, Eisenstadt, Mattersu – wird kontrolliert.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Neusiedlu", "LOC"],
        ["Mattersu", "LOC"],
      ]),
    );
    expect(entityOf(ents, "Neusiedlu")?.country).toBe("AUT");
    expect(entityOf(ents, "Mattersu")?.country).toBe("AUT");
  });

  it("types a name after a compound class noun and takes the country of its prefix ('US-Ratingagentur')", () => {
    const text =
      "Kiew und Wien streiten. Die US-Ratingagentur Moodu senkt die Note. Das Außenministerium, Kaspu, schweigt.";
    const ents = link(text, "2016-03-10", tags(text, [["Moodu", "LOC"]]));
    expect(entityOf(ents, "Moodu")?.type).toBe("ORG");
    expect(entityOf(ents, "Moodu")?.country).toBe("USA");
  });

  it("reads a name ending in an organisation noun as an organisation, with the country of its adjective", () => {
    const text = "Rom und Wien streiten. Das Italienisches Außenministerium schweigt dazu.";
    const ents = link(text, "2016-03-10", tags(text, [["Italienisches Außenministerium", "LOC"]]));
    const e = entityOf(ents, "Italienisches Außenministerium");
    expect(e?.type).toBe("ORG");
    expect(e?.country).toBe("ITA");
  });

  it("keeps a person named in apposition to an organisation noun a person ('Chefin der Staatsholding, X')", () => {
    const text = "In Wien betonte die Chefin der Staatsholding, Marta Obernu, den Plan.";
    const ents = link(text, "2016-03-10", tags(text, [["Marta Obernu", "PER"]]));
    expect(entityOf(ents, "Marta Obernu")?.type).toBe("PER");
  });
});

describe("names as the first part of a compound", () => {
  it("links a KB person's surname in a compound when the evidence singles the person out ('Merkel-Regierung')", () => {
    const ents = link("In Berlin sprach die Merkel-Regierung über Deutschland.", "2016-03-10");
    expect(entityOf(ents, "Merkel")?.wikidata).toBe("Q567");
  });

  it("leaves a role compound without a name after it to the person it names ('sagte der Merkel-Berater.')", () => {
    const text = "In Berlin sprach der Verband Bitkum. Das sagte der Merkel-Berater. Das sagte der Bitkum-Präsident.";
    const ents = link(text, "2016-03-10", tags(text, [["Bitkum", "ORG"]]));
    expect(entityOf(ents, "Merkel")).toBeUndefined();
    expect(entityOf(ents, "Bitkum")?.mentions).toHaveLength(1);
  });

  it("does not link a common word that is also a surname in a compound ('Kurz-Besuch')", () => {
    const ents = link("In Berlin gab es einen Kurz-Besuch.", "2016-03-10");
    expect(entityOf(ents, "Kurz")).toBeUndefined();
  });

  it("gives a person the country of an organisation the article named before heading their role ('Bitkum-Expertin')", () => {
    const text = "Der deutsche Verband Bitkum fragte. Das erklärte Bitkum-Expertin Julia Miosgu.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Bitkum", "ORG"],
        ["Julia Miosgu", "PER"],
      ]),
    );
    expect(entityOf(ents, "Bitkum")?.mentions).toHaveLength(1);
    expect(entityOf(ents, "Julia Miosgu")?.country).toBe("DEU");
  });
});

describe("countries from demonyms, city adjectives and generic state organs", () => {
  it("gives a person the country of a demonym right before the name or referring back to them", () => {
    const text =
      "In Wien siegte der Kolumbianer Carlo Baccu. Die Studie stammt von Arjen Hoekstu aus Twente. Damit malt der Niederländer ein düsteres Bild.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Carlo Baccu", "PER"],
        ["Arjen Hoekstu", "PER"],
      ]),
    );
    expect(entityOf(ents, "Carlo Baccu")?.country).toBe("COL");
    expect(entityOf(ents, "Arjen Hoekstu")?.country).toBe("NLD");
  });

  it("takes no country from a plural demonym after a noun, nor when two persons could be meant", () => {
    const text =
      "Die Studie stammt von Arjen Hoekstu. Die Mehrheit der Niederländer ist dagegen. Karl Bonu traf Paul Fenu. Dann sprach der Niederländer.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Arjen Hoekstu", "PER"],
        ["Karl Bonu", "PER"],
        ["Paul Fenu", "PER"],
      ]),
    );
    for (const n of ["Arjen Hoekstu", "Karl Bonu", "Paul Fenu"])
      expect(entityOf(ents, n)?.country ?? null, n).toBeNull();
  });

  it("gives an organisation named with a large city's adjective that city's country ('Wiener Stadtwerke Holding')", () => {
    const text =
      "Berlin und Rom streiten. Das Unternehmen gehört zur Wiener Stadtwerke Holding. Auch Bayer Leverkusu spielt.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Wiener Stadtwerke Holding", "ORG"],
        ["Bayer Leverkusu", "ORG"],
      ]),
    );
    expect(entityOf(ents, "Wiener Stadtwerke Holding")?.country).toBe("AUT");
    expect(entityOf(ents, "Bayer Leverkusu")?.country ?? null).toBeNull();
  });

  it("reads 'der Kongress' in an article about another country as that country's, unlinked", () => {
    const gtm = link(
      "In Guatemala hob der Kongress die Immunität auf. Guatemala wählt, Guatemala feiert.",
      "2015-09-02",
    );
    const k = entityOf(gtm, "Kongress");
    expect(k?.country).toBe("GTM");
    expect(k?.kbId ?? null).toBeNull();
    const usa = link("In Washington stimmte der Kongress ab. Die USA streiten.", "2015-09-02");
    expect(entityOf(usa, "Kongress")?.country).toBe("USA");
  });
});
