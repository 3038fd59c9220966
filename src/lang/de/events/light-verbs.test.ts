import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

const types = (text: string) => code(text).map((e) => e.type);

describe("light-verb and reflexive frames", () => {
  it("reads 'sich aussprechen' as REJECT with 'gegen' and as SUPPORT without", () => {
    expect(types("Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ aus.")).toEqual(["REJECT"]);
    expect(types("Bundeskanzler Werner Faymann sprach sich für faire Quoten aus.")).toEqual(["SUPPORT"]);
  });

  it("codes 'sich wehren gegen' as REJECT and 'infrage stellen' as REJECT", () => {
    expect(types("Der ORF wehrt sich gegen die Aussagen des Anbieters HD Austria.")).toEqual(["REJECT"]);
    expect(types("Der slowakische Premier Robert Fico stellt das Abkommen mit Österreich infrage.")).toEqual([
      "REJECT",
    ]);
  });

  it("codes praise spoken or given ('Lob spenden') as SUPPORT, not as aid", () => {
    expect(types("Ratspräsident Donald Tusk spendete den Balkanstaaten ausdrücklich Lob.")).toEqual(["SUPPORT"]);
  });

  it("types an announcement by the event noun it announces and codes none without one", () => {
    const evs = code("Die Regierung in Wien stellte Griechenland härtere Grenzkontrollen in Aussicht.");
    expect(evs.map((e) => [e.type, e.future])).toEqual([["THREATEN", true]]);
    expect(types("Die Innenministerin hatte dies bereits tags zuvor in Aussicht gestellt.")).toEqual([]);
  });

  it("codes lifting an official's immunity as SANCTION and a request in 'sich mit der Bitte an X wenden'", () => {
    expect(types("Der Kongress hob am Dienstag die Immunität von Präsident Otto Pérez auf.")).toEqual(["SANCTION"]);
    expect(types("Serbien werde sich an die EU mit der Bitte um Unterstützung wenden.")).toContain("REQUEST");
  });
});

describe("brackets and more frames", () => {
  it("keeps a verbless bracket in its clause: the subject before '(SPÖ)' is the actor, the bracket no party", () => {
    const evs = code("Bundeskanzler Werner Faymann (SPÖ) kritisierte die Türkei scharf.");
    expect(evs.map((e) => [e.type, e.actor, e.target])).toEqual([["ACCUSE", "AUT", "TUR"]]);
  });

  it("codes blaming ('verantwortlich machen') as ACCUSE and 'sich stark machen für' as SUPPORT", () => {
    const blame = code("Der britische Außenminister Johnson machte Moskau für den Giftanschlag verantwortlich.");
    expect(blame.map((e) => [e.type, e.target])).toEqual([["ACCUSE", "RUS"]]);
    expect(types("Premierminister David Cameron macht sich seit Monaten für den Verbleib in der EU stark.")).toEqual([
      "SUPPORT",
    ]);
  });

  it("types an announced stance without event noun by its words ('eine strengere Linie in Aussicht stellen')", () => {
    expect(types("Die Regierung in Wien stellte der Türkei eine strengere Linie in Aussicht.")).toEqual(["THREATEN"]);
  });

  it("codes police weapons used against protesters as COERCE", () => {
    const evs = code(
      "Die Polizei in Hongkong setzte am Flughafen Pfefferspray und Schlagstöcke gegen Demonstranten ein.",
    );
    expect(evs.map((e) => e.type)).toEqual(["COERCE"]);
  });
});

describe("repression, forced entry and chanting", () => {
  it("codes police forcing their way in as COERCE and harassment by the authorities as COERCE", () => {
    expect(types("Am Mittwoch drangen Polizisten in die Redaktion der Zeitung in Istanbul ein.")).toEqual(["COERCE"]);
    expect(types("Vier Jahre lang schikanierten die chinesischen Behörden den Künstler Ai Weiwei.")).toEqual([
      "COERCE",
    ]);
  });

  it("codes protesters chanting slogans against a government as PROTEST", () => {
    expect(types("Die Demonstranten skandierten Parolen gegen die Regierung in Kiew.")).toEqual(["PROTEST"]);
  });
});
