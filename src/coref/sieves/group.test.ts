import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("groups of people in the plural", () => {
  it("makes a counted bare plural a participant of its own, not the person named before", () => {
    const doc = corefDoc(
      "Für Italiens Premier Matteo Renzi ist das ein Alarmsignal. Ähnlich sehen das zahlreiche Aktivisten, die am Sonntag demonstrierten.",
    );
    const m = mention(doc, "zahlreiche Aktivisten");
    expect(m?.entity).toBe("Aktivisten");
    expect(doc.entities.find((e) => e.name === "Aktivisten")?.type).toBe("ORG");
    // the neuter "das" is no article of a plural person noun
    expect(doc.mentions.some((x) => x.text === "das zahlreiche Aktivisten")).toBe(false);
  });

  it("makes a bare plural subject a group", () => {
    const doc = corefDoc("Die Polizei stürmte das Gebäude. Angestellte versuchten, die Beamten aufzuhalten.");
    expect(mention(doc, "Angestellte")?.entity).toBe("Angestellte");
  });

  it("reads a participle after a preposition as the group's attribute, not a verb ('zwischen vermummten Demonstranten')", () => {
    const doc = corefDoc("Am Rande kam es zu Auseinandersetzungen zwischen vermummten Demonstranten und der Polizei.");
    expect(doc.entities.some((e) => e.name === "Demonstranten")).toBe(false);
  });

  it("keeps generic bare plurals after a preposition or as a predicate out", () => {
    const doc = corefDoc("Das ist unter Ökonomen unumstritten. Sie arbeiten als Aktivisten für den Verein.");
    expect(doc.entities.some((e) => e.name === "Ökonomen" || e.name === "Aktivisten")).toBe(false);
  });

  it("keeps a plural noun in apposition to a pronoun out ('wir Freiheitlichen')", () => {
    const doc = corefDoc("Ich glaube, dass wir Freiheitlichen die Wahl gewinnen, sagte der Bezirksrat.");
    expect(doc.entities.some((e) => e.name === "Freiheitlichen")).toBe(false);
  });

  it("links a definite plural to the group of the same head, and 'sie' (plural) to the group", () => {
    const doc = corefDoc(
      "Mehrere Tausend Landwirte zogen vor das Ministerium. Die Landwirte forderten höhere Preise. Sie blockierten die Straße.",
    );
    expect(mention(doc, "Die Landwirte")?.entity).toBe("Landwirte");
    expect(mention(doc, "Sie")?.entity).toBe("Landwirte");
  });

  it("never links a plural description to one person", () => {
    const doc = corefDoc(
      "Innenminister Nebojsa Stefanovic lobte die Lage. Es gab keinen Zwischenfall zwischen der Bevölkerung und den Migranten.",
    );
    expect(mention(doc, "den Migranten")?.entity ?? null).not.toBe("Nebojsa Stefanovic");
  });

  it("defines a group through its genitive ('Abgeordnete der Regierungspartei')", () => {
    const doc = corefDoc("Die Entscheidung brachte ihm Kritik von Abgeordneten der Regierungspartei ein.");
    expect(mention(doc, "Abgeordneten der Regierungspartei")?.entity).toBe("Abgeordneten");
  });

  it("reads a group noun in the singular as no description of someone named before ('den Angreifer')", () => {
    const doc = corefDoc("Ein Polizist schoss den Angreifer nieder.");
    expect(mention(doc, "den Angreifer")?.entity ?? null).toBeNull();
  });

  it("makes no group of a plural noun that modifies a name after it ('Die Wiener Grünen')", () => {
    const doc = corefDoc("Die Wiener Grünen warnten am Freitag davor. Sie fordern einen Fernzug pro Stunde.");
    expect(doc.entities.some((e) => e.name === "Wiener")).toBe(false);
  });

  it("counts a noun with the same form in both numbers into a group ('rund 4000 Arbeiter'), not an age or points", () => {
    const doc = corefDoc("Rund 4000 Arbeiter waren vor den Tower gezogen. Appel raus, skandierten sie.");
    expect(mention(doc, "Arbeiter")?.entity).toBe("Arbeiter");
    expect(mention(doc, "sie")?.entity).toBe("Arbeiter");
    const points = corefDoc("Rosberg liegt mit 33 Zähler vorne.");
    expect(points.entities.some((e) => e.name === "Zähler")).toBe(false);
    const one = corefDoc("Die Karriere der 49-jährigen Kalifornierin begann im Fernsehen.");
    expect(one.entities.some((e) => e.name === "Kalifornierin")).toBe(false);
  });
});

describe("bodies and organisations by a short name", () => {
  it("links a body named without article in a coordination to the body named before", () => {
    const doc = corefDoc(
      "Am Montag nahm die Polizei drei Männer fest. Danach kam es zu einer Auseinandersetzung zwischen Polizei und Demonstranten.",
    );
    expect(mention(doc, "Polizei")?.entity).toBe("Polizei");
    expect(doc.entities.filter((e) => e.name === "Polizei")).toHaveLength(1);
  });

  it("links a bare body noun to no other body of its kind ('Die Schweriner Staatsanwaltschaft' after 'Das Amtsgericht')", () => {
    const doc = corefDoc(
      "Das Amtsgericht Wismar entschied am Mittwoch. Die Schweriner Staatsanwaltschaft hatte Haft gefordert.",
    );
    expect(mention(doc, "Staatsanwaltschaft")?.entity ?? null).not.toBe("Amtsgericht");
  });

  it("makes no body of a bare noun that nothing named before ('Polizei und Justiz')", () => {
    const doc = corefDoc("Erdogan wirft dem Prediger vor, Polizei und Justiz unterwandert zu haben.");
    expect(doc.entities.some((e) => e.name === "Polizei")).toBe(false);
  });

  it("reads 'die Post' after 'der Deutschen Post' as that organisation", () => {
    const doc = corefDoc(
      "Die Gewerkschaft Verdi streikt bei der Deutschen Post. Die Post hatte einen Verzicht immer abgelehnt.",
    );
    expect(mention(doc, "Die Post")?.entity).toBe("Deutsche Post");
  });

  it("reads no short name before the organisation is named, and no person in a demonym before a noun", () => {
    const doc = corefDoc("Die Post kam spät. Später streikte Verdi bei der Deutschen Post.");
    expect(mention(doc, "Die Post")?.entity ?? null).toBeNull();
    const bonn = corefDoc("Frank Bsirske sprach am Donnerstag vor der Bonner Post-Zentrale.");
    expect(mention(bonn, "der Bonner")?.entity ?? null).toBeNull();
  });

  it("reads members of a body in the plural as that body ('Die Beamten' after 'die Polizei'), and an event of theirs as its", () => {
    const doc = corefDoc(
      "Die Polizei hat die Zentrale gestürmt. Angestellte versuchten, die Polizei zurückzudrängen. Die Beamten setzten Tränengas und Wasserwerfer ein.",
    );
    expect(mention(doc, "Die Beamten")).toEqual({ entity: "Polizei", via: "member-of" });
    const ev = doc.events.find((e) => e.text.startsWith("Die Beamten"));
    expect(doc.entities.find((e) => e.id === ev?.actor)?.name).toBe("Polizei");
  });

  it("keeps members apart from a body of another kind ('die Soldaten' after 'die Polizei')", () => {
    const doc = corefDoc("Die Polizei sperrte die Straße. Die Soldaten blieben in der Kaserne.");
    expect(mention(doc, "Die Soldaten")?.entity ?? null).not.toBe("Polizei");
  });
});

describe("collective participants", () => {
  it("makes the opposition a body of its own, with the country its adjective gives", () => {
    const doc = corefDoc("Die Regierung legte ein Sparpaket vor. Die syrische Opposition lehnte den Plan ab.");
    expect(mention(doc, "Die syrische Opposition")?.entity).toBe("Opposition");
    const e = doc.entities.find((x) => x.name === "Opposition");
    expect(e?.type).toBe("ORG");
    expect(e?.country).toBe("SYR");
  });

  it("keeps a feminine body after 'der' from being 'er' ('von der Regierung … Er'), but not from being 'sie'", () => {
    const doc = corefDoc("Der Antrag wurde am Montag von der Regierung abgelehnt. Er wird nun im Parlament beraten.");
    expect(mention(doc, "Er")?.entity ?? null).not.toBe("Regierung");
    const sie = corefDoc(
      "Der Antrag wurde am Montag von der Regierung abgelehnt. Sie will einen eigenen Plan vorlegen.",
    );
    expect(mention(sie, "Sie")?.entity).toBe("Regierung");
  });

  it("makes a demonym in the plural that opens a clause after a comma an acting group of its country", () => {
    const doc = corefDoc(
      "Zehn Tage warteten sie an der Grenze, die Mazedonier lassen nur noch Kriegsflüchtlinge durch.",
    );
    expect(mention(doc, "die Mazedonier")?.entity).toBe("Mazedonier");
    expect(doc.entities.find((e) => e.name === "Mazedonier")?.country).toBe("MKD");
  });

  it("makes citizens who act a group ('Die Bürger unterzeichneten')", () => {
    const doc = corefDoc("Noch nie wurden so viele Unterschriften gesammelt. Die Bürger unterzeichneten zwei Anträge.");
    expect(mention(doc, "Die Bürger")?.entity).toBe("Bürger");
  });
});
