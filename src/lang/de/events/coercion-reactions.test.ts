import { describe, expect, it } from "vitest";
import { code, one, sides } from "./test-helpers.js";

/** The types a text's events have (for "no event of this type" checks). */
const types = (text: string) => code(text).map((e) => e.type);

describe("coercion by the state: zwingen, police pursuit and crowd control, take-overs of companies", () => {
  it("codes forcing a named side as coercion by a state actor", () => {
    expect(one("Die ungarische Regierung zwang die Flüchtlinge zur Rückkehr in die Lager.")).toMatchObject({
      type: "COERCE",
      actor: "HUN",
    });
  });

  it("reads forcing a named side by a side without arms or state power as a demand", () => {
    const evs = sides(
      "Bonn – Die Gewerkschaft Verdi will die Deutsche Post mit dem Streik zwingen, auf die neuen Firmen zu verzichten.",
    );
    expect(evs).toEqual([{ type: "REQUEST", actor: "Verdi", target: "Deutsche Post" }]);
    expect(types("Die Regierung sah sich gezwungen, die Steuern zu erhöhen.")).not.toContain("REQUEST");
  });

  it("codes no coercion for a plight ('sah sich gezwungen', an agentless 'wurde gezwungen')", () => {
    expect(types("Die Regierung sah sich gezwungen, die Steuern zu erhöhen.")).not.toContain("COERCE");
    expect(types("Der Minister wurde gezwungen, zurückzutreten.")).not.toContain("COERCE");
  });

  it("reads 'verfolgen' and 'dazwischengehen' as police acts only when the police does them", () => {
    expect(one("Die Polizei verfolgte die Flüchtigen bis zur Grenze.")).toMatchObject({ type: "COERCE" });
    expect(one("Bei der Schlägerei ging die Polizei sofort dazwischen.")).toMatchObject({
      type: "COERCE",
      mode: "crowd-control",
    });
    expect(code("Die Regierung verfolgt das Ziel eines ausgeglichenen Budgets.")).toEqual([]);
    expect(code("Der Trainer ging bei dem Streit sofort dazwischen.")).toEqual([]);
  });

  it("codes police pushing a crowd back as crowd control, and no event for pushing back an influence", () => {
    expect(one("Die Polizei drängte die Demonstranten vom Parlament zurück.")).toMatchObject({
      type: "COERCE",
      mode: "crowd-control",
      target: "Demonstranten",
    });
    expect(code("Die Regierung will den Einfluss der Oligarchen zurückdrängen.")).toEqual([]);
  });

  it("codes a named police force forcing its way in as coercion, not assault", () => {
    expect(one("Die russische Polizei drang in die Büros der Organisation ein.")).toMatchObject({
      type: "COERCE",
      actor: "RUS",
    });
  });

  it("codes 'gegen X vorgehen' as coercion only by a state actor", () => {
    expect(one("Die Regierung ging gegen die Opposition vor.")).toMatchObject({
      type: "COERCE",
      target: "Opposition",
    });
    expect(types("Die Opposition will gegen das neue Gesetz vorgehen.")).not.toContain("COERCE");
  });

  it("codes putting a company under state supervision or trustees as a seizure", () => {
    expect(one("Ein Gericht in Istanbul stellte die Zeitung Zaman unter staatliche Aufsicht.")).toMatchObject({
      type: "COERCE",
      mode: "seize",
      actor: "TUR",
    });
    expect(sides("Ein Gericht in Istanbul stellte die Zeitung Zaman unter staatliche Aufsicht.")[0]?.target).toBe(
      "Zaman",
    );
    expect(one("Die Behörden setzten bei dem Sender einen Treuhänder ein.")).toMatchObject({
      type: "COERCE",
      mode: "seize",
    });
    // the supervisory body as a subject is no frame
    expect(code("Die Finanzaufsicht stellte der Bank ein Ultimatum.")).toEqual([]);
  });
});

describe("accusations in the passive", () => {
  it("takes the dative as the accused and the von-agent as the accuser", () => {
    expect(sides("Dem Präsidenten Wladimir Putin wird von der Opposition Wahlbetrug vorgeworfen.")).toEqual([
      // (the opposition is an entity of its own, a body of the coreference layer)
      { type: "ACCUSE", actor: "Opposition", target: "Wladimir Putin" },
    ]);
    // a passive "wird … vorgeworfen" is no announcement
    expect(one("Dem Präsidenten Wladimir Putin wird von der Opposition Wahlbetrug vorgeworfen.")?.future).toBe(false);
  });

  it("takes the source named by 'laut' as the accuser when no agent is named", () => {
    expect(
      one("Dem Konzern Gazprom wird laut der Staatsanwaltschaft vorgeworfen, Steuern hinterzogen zu haben."),
    ).toMatchObject({ type: "ACCUSE", actor: "Staatsanwaltschaft", target: "Gazprom" });
  });

  it("does not make the outlet a lawsuit is reported by its plaintiff", () => {
    expect(code("In Deutschland wurde laut dem Magazin Spiegel eine Klage eingereicht.")).toEqual([]);
  });

  it("takes the side an investigation is against when the passive has no subject that names one", () => {
    expect(sides("Gegen den Bürgermeister von Kiew Vitali Klitschko wurden Ermittlungen eingeleitet.")).toEqual([
      { type: "ACCUSE", actor: null, target: "Vitali Klitschko" },
    ]);
  });
});

describe("reactions of disapproval", () => {
  it("codes 'reagierte besorgt auf X' as an accusation of the party in X (via its country adjective)", () => {
    expect(one("Die Nato reagierte besorgt auf die Manöver der russischen Armee.")).toMatchObject({
      type: "ACCUSE",
      actor: "Nato",
      target: "RUS",
    });
  });

  it("codes 'reagierte mit scharfer Kritik auf X'", () => {
    expect(one("Die Regierung in Paris reagierte mit scharfer Kritik auf die Entscheidung Washingtons.")).toMatchObject(
      {
        type: "ACCUSE",
        actor: "FRA",
        target: "USA",
      },
    );
  });
});

describe("fixed phrases of protest and demand, and rescues", () => {
  it("codes a union preparing for its strike as the strike, and ending a strike as none", () => {
    expect(one("Die Gewerkschaft Verdi stellt sich auf einen langen Streik bei der Lufthansa ein.")).toMatchObject({
      type: "PROTEST",
      mode: "strike",
      actor: "Verdi",
      target: "Lufthansa",
    });
    expect(types("Die Gewerkschaft Verdi stellte den Streik bei der Lufthansa ein.")).not.toContain("PROTEST");
  });

  it("codes a motion of no confidence as a demand on the government", () => {
    expect(
      one("Die Opposition stellte im Parlament einen Misstrauensantrag gegen die Regierung von Viktor Orbán."),
    ).toMatchObject({ type: "REQUEST", actor: "HUN" });
  });

  it("codes a coast guard recovering people as a rescue, and recovering bodies as none", () => {
    expect(one("Die italienische Küstenwache barg vor Lampedusa 200 Flüchtlinge.")).toMatchObject({
      type: "AID",
      mode: "rescue",
      actor: "ITA",
    });
    expect(sides("Die italienische Küstenwache barg vor Lampedusa 200 Flüchtlinge.")[0]?.target).toBe("Flüchtlinge");
    expect(code("Die Armee barg die Leichen der Opfer.")).toEqual([]);
  });
});

describe("particle verbs and determiners that look like dictionary verbs", () => {
  it("reads a finite verb before a clause-final particle as the particle verb ('drängte … ab', 'stellte … fest')", () => {
    expect(code("Die Regierung drängte die Opposition in die Defensive ab.")).toEqual([]);
    expect(code("Die Behörde stellte bei den Kontrollen zahlreiche Verstöße fest.")).toEqual([]);
    // an adverb that ends the clause is no particle ("warnte davor", "immer wieder")
    expect(one("Die Regierung in Moskau warnte die Nato davor.")).toMatchObject({ type: "THREATEN" });
  });

  it("finds a dictionary particle verb whose split form the form list lacks ('schoss … nieder')", () => {
    expect(one("Ein Polizist schoss den Angreifer nieder.")).toMatchObject({ type: "COERCE", target: "Angreifer" });
  });

  it("reads 'einige' before a noun as a determiner, not the verb 'einigen'", () => {
    expect(code("Einige Flüchtlinge machen sich auf den Weg.")).toEqual([]);
  });
});
