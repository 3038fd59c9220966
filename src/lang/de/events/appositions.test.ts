import { describe, expect, it } from "vitest";
import { code, one } from "./test-helpers.js";

describe("subjects split by commas: appositions and lists", () => {
  it("takes the person between commas after a role phrase as the actor (Der Außenminister, X, lobte …)", () => {
    expect(one("Der russische Außenminister, Sergej Lawrow, lobte Frankreich.")).toMatchObject({
      type: "SUPPORT",
      actor: "RUS",
      target: "FRA",
    });
  });

  it("does not make an apposition of the same person the target (Putin, der Kremlchef, drohte …)", () => {
    expect(one("Putin, der Kremlchef, drohte der Ukraine.")).toMatchObject({
      type: "THREATEN",
      actor: "RUS",
      target: "UKR",
    });
  });

  it("resolves a role with a genitive organisation to the named person (Der Sprecher des Kremls, X, …)", () => {
    const e = one("Der Sprecher des Kremls, Dmitri Peskow, kritisierte die Nato scharf.");
    expect(e).toMatchObject({ type: "ACCUSE", actor: "RUS" });
    expect(e?.target).toBe("Nato");
  });

  it("codes every member of a comma list of subjects (Russland, China und Iran verurteilten …)", () => {
    const evs = code("Russland, China und Iran verurteilten die Sanktionen der USA.");
    expect(evs.map((e) => e.actor).sort()).toEqual(["CHN", "IRN", "RUS"]);
    expect(evs.every((e) => e.type === "ACCUSE" && e.target === "USA")).toBe(true);
  });

  it("keeps the subject after the verb when the sentence opens with a place and its apposition", () => {
    expect(one("In Warschau, der Hauptstadt Polens, traf Macron den Bundeskanzler.")).toMatchObject({
      type: "CONSULT",
      actor: "FRA",
      target: "DEU",
    });
  });

  it("takes the person, not the organisation, of a role compound as the actor (EU-Außenbeauftragte X)", () => {
    expect(one("Die EU-Außenbeauftragte Kaja Kallas sicherte der Ukraine weitere Hilfe zu.")).toMatchObject({
      type: "AGREE",
      actor: "EST",
      target: "UKR",
    });
  });

  it("does not attach a place or outlet after a person's name as a second actor (Gauland in der ARD)", () => {
    const evs = code("Am Abend räumte Alexander Gauland in der ARD ein, dass er einen Fehler gemacht habe.");
    expect(evs).toHaveLength(1);
    expect(evs[0].type).toBe("CONCEDE");
    // a common-noun head still takes its place: "Die Regierung in Kiew"
    expect(one("Die Regierung in Kiew kritisierte Moskau.")).toMatchObject({
      type: "ACCUSE",
      actor: "UKR",
      target: "RUS",
    });
  });
});
