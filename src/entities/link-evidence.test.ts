import { describe, expect, it } from "vitest";
import { entityOf, link, tags } from "../lang/de/entities/testing.js";

describe("linking on evidence (extended KB candidates)", () => {
  it("links a full name the extended KB knows, with its country and a link reason", () => {
    const ents = link("Mario Draghi sprach in Frankfurt über die Zinsen.", "2016-03-10");
    const e = entityOf(ents, "Mario Draghi");
    expect(e?.wikidata).toBe("Q294460");
    expect(e?.country).toBe("ITA");
    expect(e?.linkReason).toMatch(/full name/);
  });

  it("links a hyphen-less spelling of a double first name ('Heinz Christian Strache')", () => {
    const text = "Heinz Christian Strache kritisierte die Regierung in Wien.";
    const ents = link(text, "2016-03-10", tags(text, [["Heinz Christian Strache", "PER"]]));
    expect(entityOf(ents, "Heinz Christian Strache")?.wikidata).toBe("Q44733");
  });

  it("corrects the tagger's type when the KB knows a party ('Neos' tagged as a person)", () => {
    const text = "In Wien stimmten die Neos gegen den Antrag der Regierung in Österreich.";
    const ents = link(text, "2016-03-10", tags(text, [["Neos", "PER"]]));
    const e = entityOf(ents, "Neos");
    expect(e?.type).toBe("ORG");
    expect(e?.country).toBe("AUT");
    expect(e?.wikidata).toBe("Q13564543");
  });

  it("picks the party of the article's country among same-named parties ('Grünen' in an Austrian article)", () => {
    const text = "In Österreich kritisierten die Grünen den Plan. Wien und Graz protestierten, Österreich schweigt.";
    const ents = link(text, "2016-03-10", tags(text, [["Grünen", "ORG"]]));
    expect(entityOf(ents, "Grünen")?.country).toBe("AUT");
  });

  it("resolves a state organ by the country next to it ('des Schweizer Bundesrats' is not the German Bundesrat)", () => {
    const ents = link("Die Entscheidung des Schweizer Bundesrats fiel am Montag in Berlin.", "2016-03-10");
    const e = ents.find((x) => x.mentions.some((m) => m.text.endsWith("Bundesrats")));
    expect(e?.country).toBe("CHE");
    expect(e?.kbId).not.toBe("org:bundesrat");
  });

  it("keeps the country a word next to the party names ('die deutschen Grünen' in an Austrian article)", () => {
    const text = "In Österreich lobten die deutschen Grünen den Plan. Wien und Graz protestierten.";
    const ents = link(text, "2016-03-10", tags(text, [["Grünen", "ORG"]]));
    expect(entityOf(ents, "Grünen")?.country).toBe("DEU");
  });

  it("takes an organisation the extended KB knows by a longer name than a core place ('Wien Energie' is not Wien)", () => {
    const ents = link("Die Wien Energie erhöht die Preise in Österreich.", "2016-03-10");
    const e = entityOf(ents, "Wien Energie");
    expect(e?.type).toBe("ORG");
    expect(e?.wikidata).toBe("Q2568787");
  });

  it("does not link a one-word surname to a company of that name ('Hofer: Nein.' is not the supermarket chain)", () => {
    const text = "In Österreich wählt man. Hofer: Nein. Das sagte Hofer in Wien.";
    const ents = link(text, "2016-05-10", tags(text, [["Hofer", "ORG"]]));
    expect(ents.filter((e) => e.wikidata === "Q15815751")).toEqual([]);
  });

  it("does not link a brand whose name only differs in case or needs more words ('Classic', 'Champion')", () => {
    const text = "In Deutschland und den USA verkauft Classic weniger, Champion mehr. Deutschland staunt.";
    const ents = link(
      text,
      "2016-05-10",
      tags(text, [
        ["Classic", "ORG"],
        ["Champion", "ORG"],
      ]),
    );
    expect(ents.filter((e) => e.type === "ORG" && e.wikidata)).toEqual([]);
  });

  it("does not link a full name to a low-notability namesake of another country", () => {
    const text = "In Guatemala kandidiert Sandra Torres. Guatemala wählt im Herbst.";
    const ents = link(text, "2015-09-07", tags(text, [["Sandra Torres", "PER"]]));
    const e = entityOf(ents, "Sandra Torres");
    expect(e?.type).toBe("PER");
    expect(e?.wikidata).toBeNull();
  });

  it("does not link a person's full name to an organisation of the same name", () => {
    const text = "Der Ökonom Helmut Hofer vom IHS in Wien sieht das anders.";
    const ents = link(text, "2016-06-01", tags(text, [["Helmut Hofer", "PER"]]));
    const e = entityOf(ents, "Helmut Hofer");
    expect(e?.type).toBe("PER");
    expect(e?.wikidata ?? null).toBeNull();
  });

  it("links a bare surname only on evidence: the Austrian foreign minister on that date in an Austrian article", () => {
    const text = "In Wien sagte Kurz, Österreich werde die Grenze schützen.";
    const e = entityOf(link(text, "2016-01-20", tags(text, [["Kurz", "PER"]])), "Kurz");
    expect(e?.wikidata).toBe("Q2262885");
    expect(e?.linkReason).toMatch(/foreign_minister of AUT on 2016-01-20/);
  });

  it("does not link common surnames without evidence ('Kurz', 'Lee', 'Frank')", () => {
    for (const name of ["Kurz", "Lee", "Frank"]) {
      const text = `Das sagte ${name} am Montag.`;
      const ents = link(text, "2016-01-20", tags(text, [[name, "PER"]]));
      expect(entityOf(ents, name)?.wikidata ?? null).toBeNull();
    }
  });

  it("gives an unlinked name the country of an article that is clearly about one country", () => {
    const text = "In Wien und Graz sagte Thomas Irschuk, Österreich brauche Strom. Österreich zahlt.";
    const ents = link(text, "2016-03-10", tags(text, [["Thomas Irschuk", "PER"]]));
    expect(entityOf(ents, "Thomas Irschuk")?.country).toBe("AUT");
  });

  it("gives no country from the article when two countries are named about equally", () => {
    const text = "Berlin und Wien streiten. Thomas Irschuk vermittelt zwischen Deutschland und Österreich.";
    const ents = link(text, "2016-03-10", tags(text, [["Thomas Irschuk", "PER"]]));
    expect(entityOf(ents, "Thomas Irschuk")?.country).toBeNull();
  });

  it("gives an unlinked person the country of the party or company heading their role compound", () => {
    for (const text of [
      "Berlin, Paris und Wien streiten. Das sagte SPÖ-Bürgermeister Hans Lottru am Montag.",
      "Berlin, Paris und Wien streiten. Das sagte Hans Lottru, der SPÖ-Bürgermeister, am Montag.",
    ]) {
      const ents = link(text, "2016-03-10", tags(text, [["Hans Lottru", "PER"]]));
      expect(entityOf(ents, "Hans Lottru")?.country, text).toBe("AUT");
    }
  });

  it("takes no country from an international organisation or a place heading the role compound", () => {
    const text = "Berlin und Paris streiten. Das sagte Nato-Sprecher Hans Lottru. Auch Bayern-Trainer Karl Wendu.";
    const ents = link(
      text,
      "2016-03-10",
      tags(text, [
        ["Hans Lottru", "PER"],
        ["Karl Wendu", "PER"],
      ]),
    );
    expect(entityOf(ents, "Hans Lottru")?.country ?? null).toBeNull();
    expect(entityOf(ents, "Karl Wendu")?.country ?? null).toBeNull();
  });

  it("links the name after a class noun the tagger took into the span ('Mitte-Links-Partei CHP')", () => {
    const text = "In Ankara protestierte die Mitte-Links-Partei CHP gegen die Regierung der Türkei.";
    const ents = link(text, "2015-10-28", tags(text, [["Mitte-Links-Partei CHP", "ORG"]]));
    expect(ents.find((e) => e.mentions.some((m) => m.text.includes("CHP")))?.wikidata).toBe("Q19079");
  });

  it("links a name after a class noun only to an entity of that noun's type ('Universität Wienu' is no place)", () => {
    const text = "Das zeigt eine Studie der Universität Graz in Österreich.";
    const ents = link(text, "2015-10-28", tags(text, [["Universität Graz", "ORG"]]));
    const uni = ents.find((e) => e.mentions.some((m) => m.text.includes("Universität")));
    expect(uni?.type).toBe("ORG");
    expect(uni?.wikidata ?? null).toBeNull();
  });

  it("links a party in a compound by the article's country ('SPÖ-Bürgermeister')", () => {
    const ents = link("In Wien und Graz sagte der SPÖ-Bürgermeister, Österreich warte.", "2016-03-10");
    const spo = ents.find((e) => e.mentions.some((m) => m.text === "SPÖ"));
    expect(spo?.wikidata).toBe("Q179111");
  });

  it("links no party of a country the article does not name, nor the first part of a longer hyphenated name", () => {
    const text =
      "In Köln und Salzburg sagte FC-Torhüter Timo Hornu, Red-Bull-Chef Didi Mateschu und IG-Metall-Chef Jörg Hofu.";
    const ents = link(text, "2016-03-10");
    for (const prefix of ["FC", "Red", "IG"]) {
      const e = ents.find((x) => x.mentions.some((m) => m.text === prefix));
      expect(e?.wikidata ?? null, prefix).toBeNull();
    }
  });

  it("finds a state organ the core KB does not know, of the article's country ('der Nationalrat' in Austria)", () => {
    const ents = link("In Wien stimmte der Nationalrat zu. Österreich und Graz jubeln.", "2016-03-10");
    expect(entityOf(ents, "Nationalrat")?.wikidata).toBe("Q871363");
  });

  it("links a place the text types by its class noun when it is the only one of that name, in a named country", () => {
    const text = "Vor griechischen Inseln wie Kos oder Chios kamen Boote an.";
    const ents = link(
      text,
      "2015-10-28",
      tags(text, [
        ["Kos", "PER"],
        ["Chios", "PER"],
      ]),
    );
    expect(entityOf(ents, "Kos")).toMatchObject({ type: "LOC", country: "GRC", wikidata: "Q187027" });
  });

  it("links an organisation the tagger called MISC by its full name, never to a person", () => {
    const text = "Die Deutsche Post erhöht in Deutschland das Porto.";
    const ents = link(text, "2016-03-10", tags(text, [["Deutsche Post", "MISC"]]));
    expect(entityOf(ents, "Deutsche Post")).toMatchObject({ type: "ORG", wikidata: "Q157645" });
  });
});

describe("same-named parties down the article's countries", () => {
  it("takes the party of a lower-ranked article country when the top one has none and the linked one's is unnamed", () => {
    const text =
      "Südtirol streitet über den Brenner. Der frühere Landeshauptmann Luis Durnwalder (SVP) kritisierte in Bozen die Regierung in Rom. Auch Wien und Innsbruck reagierten.";
    const e = entityOf(link(text, "2016-04-20"), "SVP");
    expect(e?.country).toBe("ITA");
    expect(e?.wikidata).toBe("Q606620");
  });

  it("keeps the linked party when its own country is named before any other with a same-named party", () => {
    const text = "Die SVP gewann in Bern und Zürich. In Zürich und Bern jubelte man, auch in Bozen.";
    expect(entityOf(link(text, "2016-04-20"), "SVP")?.country).toBe("CHE");
  });
});
