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
});
