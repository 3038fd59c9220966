import { describe, expect, it } from "vitest";
import { bodyEntity } from "../../../events/quotes.js";
import { analyze } from "../../../pipeline/analyze.js";
import { code } from "./test-helpers.js";

const SPEAKER = "sagte der ungarische Außenminister Szijjártó.";

describe("statement stances (issue #20)", () => {
  it("codes a refusal to talk as a rejection of the party named in it", () => {
    expect(
      code("Die slowakische Regierung erklärte, zu keinen weiteren Gesprächen mit Österreich bereit zu sein."),
    ).toEqual([expect.objectContaining({ type: "REJECT", actor: "SVK", target: "AUT", negated: false })]);
  });

  it("reads 'nicht … bereit' as a refusal only when the words stand close together", () => {
    expect(code(`„Wir sind nicht sicher, ob Österreich nach der Wahl wirklich dazu bereit ist“, ${SPEAKER}`)).toEqual(
      [],
    );
  });

  it("criticises a baseless act, but rejects a charge it calls baseless", () => {
    expect(code(`„Das Vorgehen der türkischen Regierung ist völlig unbegründet“, ${SPEAKER}`)).toEqual([
      expect.objectContaining({ type: "ACCUSE", actor: "HUN", target: "TUR" }),
    ]);
    expect(code(`„Die Vorwürfe der Kommission sind völlig unbegründet“, ${SPEAKER}`)).toEqual([
      expect.objectContaining({ type: "REJECT", actor: "HUN" }),
    ]);
  });

  it("codes a promise not to abandon someone as a promise, not as a denied accusation", () => {
    expect(
      code("„Wir werden Griechenland nicht im Stich lassen“, sagte der deutsche Finanzminister Schäuble."),
    ).toEqual([expect.objectContaining({ type: "AGREE", actor: "DEU", target: "GRC", negated: false })]);
  });

  it("codes praise of a party, but none of praise that names and follows no party (a thing)", () => {
    expect(code("„Angela Merkel ist eine bewundernswerte Frau“, sagte der serbische Präsident Nikolić.")).toEqual([
      expect.objectContaining({ type: "SUPPORT", actor: "SRB", target: "DEU" }),
    ]);
    expect(code(`„Das Buch ist bewundernswert“, ${SPEAKER}`)).toEqual([]);
  });
});

describe("statements that state no stance", () => {
  it("codes no stance from a word inside a condition or an open question of the statement", () => {
    expect(code(`„Wir werden prüfen, ob das Vorgehen der türkischen Regierung rechtswidrig ist“, ${SPEAKER}`)).toEqual(
      [],
    );
  });

  it("codes none from a statement about a match", () => {
    expect(
      code(
        "„Der Schiedsrichter war eine Schande für Österreich“, sagte Rapid-Trainer Zoran Barišić nach dem Spiel gegen Sturm Graz.",
      ),
    ).toEqual([]);
  });
});

describe("the other side of a statement", () => {
  it("makes a party the discourse gives by its word only the document's one entity of that name", () => {
    const doc = analyze({ text: "Die Polizei nahm am Sonntag einen Aktivisten fest.", published: "2016-05-01" });
    const police = doc.entities.find((e) => e.name === "Polizei");
    expect(bodyEntity(doc, { entity: null, country: "ITA", text: "Polizei" })?.entity).toBe(police?.id);
    expect(bodyEntity(doc, { entity: null, country: null, text: "Regierung" })?.entity).toBeNull();
  });
});
