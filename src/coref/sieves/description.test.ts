import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("description sieves", () => {
  it("resolves an age description to the person just named", () => {
    const doc = corefDoc("Heinz Mayer kritisierte den Plan scharf. Der 71-Jährige sprach von Populismus.");
    expect(mention(doc, "Der 71-Jährige")).toEqual({ entity: "Heinz Mayer", via: "description" });
  });

  it("keeps a description out of reach when the person was named long before", () => {
    const doc = corefDoc(
      "Heinz Mayer kritisierte den Plan. Das Parlament tagte. Die Sitzung dauerte lange. Es gab viele Reden. Am Ende wurde abgestimmt. Der 71-Jährige ging.",
    );
    expect(mention(doc, "Der 71-Jährige")?.entity ?? null).toBeNull();
  });

  it("resolves a generic organisation noun to the last organisation of its kind", () => {
    const doc = corefDoc("Die CDU hat den Vorschlag zurückgewiesen. Die Partei will eigene Pläne vorlegen.");
    expect(mention(doc, "Die Partei")).toEqual({ entity: "CDU", via: "description" });
  });

  it("reads a compound whose first part is a name as that organisation, never the last one of its kind", () => {
    const doc = corefDoc(
      "Der Sender WDR berichtete zuerst. Justizminister Heiko Maas sagte den Zeitungen der Funke-Mediengruppe, er sei besorgt.",
    );
    expect(mention(doc, "der Funke-Mediengruppe")?.entity ?? null).toBeNull();
  });

  it("resolves such a compound to the organisation its first part names", () => {
    const doc = corefDoc(
      "Der ORF zeigte das Spiel, berichtete die APA. Die ORF-Sender wurden mit höheren Werten ausgewiesen.",
    );
    expect(mention(doc, "Die ORF-Sender")).toEqual({ entity: "ORF", via: "description" });
  });

  it("reads a media group title before an unknown name as an organisation", () => {
    const doc = corefDoc("Die Polizei stürmte das Gelände der regierungskritischen Mediengruppe Koza Ipek.");
    expect(doc.entities.find((e) => e.name === "Koza Ipek")?.type).toBe("ORG");
  });

  it("reads a party member noun as a person, not as the party", () => {
    const doc = corefDoc("Werner Kogler kritisierte die Regierung. Der Grüne sprach von einem Skandal.");
    expect(mention(doc, "Der Grüne")?.entity).toBe("Werner Kogler");
  });

  it("makes 'seine Frau' someone new related to the possessor, not the possessor", () => {
    const doc = corefDoc(
      "Alexander Lukaschenko blieb der Feier fern. Seine Frau bestätigte der Agentur die Erkrankung.",
    );
    const m = mention(doc, "Seine Frau");
    expect(m?.entity).not.toBe("Alexander Lukaschenko");
    const wife = doc.entities.find((e) => e.name === m?.entity);
    const husband = doc.entities.find((e) => e.name === "Alexander Lukaschenko");
    expect(wife?.relatedTo).toBe(husband?.id);
  });
});

describe("nouns made from adjectives", () => {
  it("reads 'die 44-Jährige' and 'die Abgeordnete' as one woman", () => {
    const doc = corefDoc(
      "Julia Nawalnaja sprach in München. Die 44-Jährige warnte vor Putin. Ramona Pop zeigte sich offen. Die Abgeordnete sagte, sie wolle reden.",
    );
    expect(mention(doc, "Die 44-Jährige")?.entity).toBe("Julia Nawalnaja");
    expect(mention(doc, "Die Abgeordnete")?.entity).toBe("Ramona Pop");
  });

  it("keeps a noun that is no adjective plural ('die Familie' is not the woman just named)", () => {
    const doc = corefDoc("Ramona Pop zeigte sich offen. Die Familie sagte, sie wolle reden.");
    expect(mention(doc, "Die Familie")?.entity ?? null).not.toBe("Ramona Pop");
  });

  it("reads 'die Vorsitzenden' as several people, no single woman", () => {
    const doc = corefDoc("Ramona Pop zeigte sich offen. Die Vorsitzenden sagten, sie wollten reden.");
    expect(mention(doc, "Die Vorsitzenden")?.entity ?? null).not.toBe("Ramona Pop");
  });
});

describe("nationality descriptions", () => {
  it("skips a person of another country for a demonym ('der Franzose' is not the American just named)", () => {
    const doc = corefDoc(
      "Emmanuel Macron traf am Montag Donald Trump. Der Franzose warb für das Abkommen.",
      "2018-04-24",
    );
    expect(mention(doc, "Der Franzose")?.entity).toBe("Emmanuel Macron");
  });

  it("still resolves a demonym to the last person of that country", () => {
    const doc = corefDoc(
      "Donald Trump traf am Montag Emmanuel Macron. Der Franzose warb für das Abkommen.",
      "2018-04-24",
    );
    expect(mention(doc, "Der Franzose")?.entity).toBe("Emmanuel Macron");
  });

  it("lets a demonym outweigh the country an unlinked name got from the article", () => {
    const doc = corefDoc(
      "Beim Turnier in Wien gewann Xaver Plonkowitz das Finale. In Graz, Linz, Salzburg und ganz Österreich jubelten die österreichischen Fans. Der Spanier bedankte sich beim Wiener Publikum.",
    );
    expect(mention(doc, "Der Spanier")?.entity).toBe("Xaver Plonkowitz");
  });

  it("reads a capitalised country word opening a name as part of the name ('der Deutschen Presse-Agentur')", () => {
    const doc = corefDoc("Chris Urmson sprach in Frankfurt mit der Deutschen Presse-Agentur über das Projekt.");
    expect(mention(doc, "der Deutschen")).toBeUndefined();
  });

  it("links no one when only a person of another country was named", () => {
    const doc = corefDoc(
      "Donald Trump sprach am Montag in Washington. Der Franzose warb für das Abkommen.",
      "2018-04-24",
    );
    expect(mention(doc, "Der Franzose")?.entity ?? null).not.toBe("Donald Trump");
  });
});

describe("descriptions checked against what the knowledge base knows", () => {
  it("skips a person whose birth year does not give the age", () => {
    const doc = corefDoc(
      "Alexander Van der Bellen traf in Wien Frank-Walter Steinmeier. Der 78-Jährige sprach von einem guten Gespräch.",
      "2022-10-10",
    );
    expect(mention(doc, "Der 78-Jährige")?.entity).toBe("Alexander Van der Bellen");
  });

  it("keeps the most recent person when the age fits", () => {
    const doc = corefDoc(
      "Alexander Van der Bellen traf in Wien Frank-Walter Steinmeier. Der 66-Jährige sprach von einem guten Gespräch.",
      "2022-10-10",
    );
    expect(mention(doc, "Der 66-Jährige")?.entity).toBe("Frank-Walter Steinmeier");
  });

  it("skips a person of another country for a party compound ('der SPD-Politiker' is not Putin)", () => {
    const doc = corefDoc(
      "Olaf Scholz ist nach Moskau gereist. Nach einem Gespräch mit Wladimir Putin sagte der SPD-Politiker, eine Lösung sei möglich.",
      "2022-02-15",
    );
    expect(mention(doc, "der SPD-Politiker")?.entity).toBe("Olaf Scholz");
  });

  it("keeps the most recent person of that party", () => {
    const doc = corefDoc(
      "Wladimir Putin empfing am Dienstag Olaf Scholz. Nach dem Gespräch sagte der SPD-Politiker, eine Lösung sei möglich.",
      "2022-02-15",
    );
    expect(mention(doc, "der SPD-Politiker")?.entity).toBe("Olaf Scholz");
  });
});

describe("descriptions that repeat an earlier head", () => {
  it("resolves 'die Ratingagentur' to the body an apposition called 'US-Ratingagentur'", () => {
    const doc = corefDoc(
      "Die US-Ratingagentur Fitchly bewertet die Lage der Banken als kritisch. Die Zinsen steigen. Die Krise werde sich laut der Ratingagentur verschärfen.",
    );
    expect(mention(doc, "der Ratingagentur")?.entity).toBe("Fitchly");
  });

  it("gives a body the kind of the head it was called by, so that another kind's noun is not it", () => {
    const doc = corefDoc(
      "Die Lokführergewerkschaft GDL hat den Verkehr der Deutschen Bahn lahmgelegt. Die Bahn sprach von einer Zumutung. Der Vorstand warf der Gewerkschaft vor, jeden Kompromiss zu verweigern. Seiler zufolge ist der Konzern zu Gesprächen bereit.",
    );
    expect(mention(doc, "der Gewerkschaft")?.entity).toBe("GDL");
    expect(mention(doc, "der Konzern")?.entity ?? null).not.toBe("GDL");
  });
});
