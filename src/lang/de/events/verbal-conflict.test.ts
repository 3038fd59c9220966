import { describe, expect, it } from "vitest";
import { code, one } from "./test-helpers.js";

describe("verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN", () => {
  it("codes a demand as REQUEST and does not code its zu-infinitive content as an event", () => {
    expect(code("Polen forderte Deutschland auf, mehr Panzer zu liefern.")).toEqual([
      expect.objectContaining({ type: "REQUEST", actor: "POL", target: "DEU" }),
    ]);
  });

  it("codes condemnation as ACCUSE with the target from the object's adjective", () => {
    expect(one("Die Regierung in Tokio verurteilte den nordkoreanischen Raketentest.")).toMatchObject({
      type: "ACCUSE",
      actor: "JPN",
      target: "PRK",
    });
  });

  it("codes an accusation with vorwerfen and ignores the alleged attack in the complement", () => {
    expect(code("Israel warf dem Iran vor, die Huthi mit Raketen zu versorgen.")).toEqual([
      expect.objectContaining({ type: "ACCUSE", actor: "ISR", target: "IRN" }),
    ]);
  });

  it("codes 'wies … zurück' as REJECT", () => {
    expect(one("Peking wies die Kritik aus Washington zurück.")).toMatchObject({ type: "REJECT", actor: "CHN" });
  });

  it("codes a threat of sanctions via the noun frame as THREATEN", () => {
    expect(one("Die EU drohte Belarus mit neuen Sanktionen.")).toMatchObject({ type: "THREATEN", target: "BLR" });
  });

  it("marks a negated condemnation", () => {
    expect(one("Indien hat den Angriff bislang nicht verurteilt.")).toMatchObject({
      type: "ACCUSE",
      negated: true,
      actor: "IND",
    });
  });

  it("marks a Konjunktiv II rejection as hypothetical", () => {
    expect(one("Ungarn würde den Beitritt Schwedens blockieren.")).toMatchObject({
      type: "REJECT",
      hypothetical: true,
      actor: "HUN",
    });
  });

  it("codes no event for a coach's criticism or a weather warning", () => {
    expect(code("Der Trainer kritisierte die Schiedsrichter nach dem Spiel.")).toEqual([]);
    expect(code("Meteorologen warnen vor Glätte auf den Straßen.")).toEqual([]);
  });

  it("does not take an attributive participle for the verb (mit scharf kritisierten Luftangriffen)", () => {
    expect(one("Russland unterstützt Syrien mit international scharf kritisierten Luftangriffen.")).toMatchObject({
      type: "SUPPORT",
      actor: "RUS",
      target: "SYR",
    });
    // the same form after a subject is the finite verb
    expect(one("Die USA kritisierten Pläne Moskaus.")).toMatchObject({ type: "ACCUSE", actor: "USA" });
  });

  it("does not read 'hat 129 Tote gefordert' (claimed lives) as a demand, but keeps demands that mention the dead", () => {
    expect(code("Die Terrorwelle in Paris hat 129 Tote gefordert.")).toEqual([]);
    expect(code("Der Anschlag forderte mindestens zwölf Todesopfer.")).toEqual([]);
    expect(
      code("Die Opposition forderte nach dem Anschlag mit zwölf Toten eine Untersuchung.").map((e) => e.type),
    ).toEqual(["REQUEST"]);
  });

  it("codes an attack with a manner word of speech as ACCUSE ('griff … scharf an'), a plain attack as ASSAULT", () => {
    expect(one("Verdi-Chef Frank Bsirske griff Konzernchef Frank Appel scharf an.")).toMatchObject({
      type: "ACCUSE",
      actor: "Frank Bsirske",
      target: "Frank Appel",
    });
    expect(one("Die Kanzlerin wurde von der AfD verbal angegriffen.")).toMatchObject({ type: "ACCUSE" });
    expect(one("Russland griff in der Nacht Kiew mit Drohnen an.")).toMatchObject({ type: "ASSAULT", actor: "RUS" });
    expect(one("Die Rebellen griffen das Dorf an.")).toMatchObject({ type: "ASSAULT" });
  });
});
