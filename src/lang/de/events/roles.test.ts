import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";
import { code, one } from "./test-helpers.js";

describe("actor and target: subject position, passive without auxiliary, reported passives", () => {
  it("does not let the object stand in for a subject that names no actor (Die Gruppe plünderte Gebäude der …)", () => {
    expect(code("Die Gruppe plünderte dort Gebäude der Verwaltung und der Polizei.")).toEqual([]);
  });

  it("still finds a subject whose capitalised adjective the chunker splits off (Das Auswärtige Amt verurteilte …)", () => {
    expect(one("Das Auswärtige Amt verurteilte den russischen Luftangriff auf Odessa.")).toMatchObject({
      type: "ACCUSE",
      target: "RUS",
    });
  });

  it("reads a headline participle without auxiliary as passive: the named people are the target", () => {
    const e = one("Zwei Journalisten im Norden Syriens von Rebellen getötet");
    expect(e).toMatchObject({ type: "ASSAULT", actor: "SYR", target: "SYR" });
    const [ev] = analyze({
      text: "Zwei Journalisten im Norden Syriens von Rebellen getötet",
      published: "2025-10-15",
    }).events;
    expect(ev.actorText).toBe("Rebellen");
  });

  it("keeps a sentence-initial country adjective with its noun (Malische Soldaten zerstörten …)", () => {
    const e = one("Malische Soldaten zerstörten ein Lager der Rebellen.");
    expect(e).toMatchObject({ type: "ASSAULT", actor: "MLI" });
    expect(e?.target).not.toBe("Soldaten");
  });

  it("does not make the speaker the actor of a passive clause he reports (ob … getötet wurden)", () => {
    expect(
      code("Der moldauische Außenminister Ion Brega äußerte sich nicht dazu, ob die drei Landsleute getötet wurden.")
        .map((e) => e.actor)
        .includes("MDA"),
    ).toBe(false);
  });

  it("reads a verbless headline ending in a weak participle as passive: the victims are not the actor (18 Menschen verschleppt)", () => {
    expect(code("Afghanistan: 18 Menschen verschleppt.").some((e) => /Menschen/.test(e.actor ?? ""))).toBe(false);
    expect(code("Zwölf Zivilisten in Mali verschleppt.").some((e) => e.actor === "MLI")).toBe(false);
    // a finite verb in a main clause with its object stays active
    expect(one("Russland bombardiert Kiew.")).toMatchObject({ type: "ASSAULT", actor: "RUS", target: "UKR" });
    // … and so does a verb-final subordinate clause
    expect(code("Er sagte, dass Russland die Kinder verschleppt.").map((e) => e.actor)).toContain("RUS");
  });

  it("makes the relative pronoun the subject of its clause and resolves it to the antecedent", () => {
    const e = one(
      "Der Verfassungsrechtler Heinz Mayer, der den Einsatz des Militärs im Burgenland kritisiert hat, schweigt.",
    );
    expect(e).toMatchObject({ type: "ACCUSE", actor: "Heinz Mayer" });
    // a personal pronoun inside a relative clause is not the relative pronoun: "dem er … zusagte" → er = Kim
    const [, support] = code("Kim Jong-un traf Wladimir Putin, dem er Unterstützung zusagte.");
    expect(support).toMatchObject({ type: "SUPPORT", actor: "PRK" });
  });

  it("reads a von-phrase right after the subject as its attribute, not as the target (Die Regierung von X …)", () => {
    const e = one("Die Regierung von Matteo Renzi kritisierte die EU scharf.");
    // Matteo Renzi is linked (extended KB), so the actor reads as his country
    expect(e).toMatchObject({ type: "ACCUSE", actor: "ITA", target: "Europäische Union" });
    // a von-phrase after the verb is still a target ("forderte von Russland …")
    expect(one("Die Ukraine forderte von Russland den Abzug der Truppen.")).toMatchObject({
      type: "REQUEST",
      actor: "UKR",
      target: "RUS",
    });
  });

  it("reads a state passive with its cause as passive (die durch saudische Luftangriffe zerstört ist)", () => {
    const evs = code("Die Stadt Sada, die durch saudische Luftangriffe völlig zerstört ist, liegt im Norden.");
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: "ASSAULT", actor: "SAU" });
  });

  it("takes the noun phrase right after the verb as the subject when an adverbial comes first (V2)", () => {
    // "Politiker" names no actor: the object's genitive must not stand in for it
    expect(code("Gestern kritisierten Politiker die Pläne Russlands.").some((e) => e.actor === "RUS")).toBe(false);
    expect(one("Am Montag kritisierte Russland die Pläne der Nato.")).toMatchObject({ type: "ACCUSE", actor: "RUS" });
  });

  it("reads a hyphenated compound before the verb as the subject (Stealth-Jagdflugzeuge besuchen Litauen)", () => {
    expect(code("Stealth-Jagdflugzeuge besuchen Litauen und Rumänien.").some((e) => e.actor === "LTU")).toBe(false);
    expect(one("US-Kampfjets bombardierten Stellungen in Syrien.")).toMatchObject({ type: "ASSAULT", actor: "USA" });
  });

  it("does not take a place inside a fronted genitive-preposition phrase as the actor (Angesichts der Notlage in Syrien …)", () => {
    const e = one("Angesichts der Notlage in Syrien hat die Regierung Österreichs Hilfe zugesagt.");
    expect(e?.actor).toBe("AUT");
  });

  it("takes the person between commas after a compound role or person noun as the actor", () => {
    expect(
      one("Der Menschenrechtskommissar des Europarats, Nils Muiznieks, hat die türkischen Behörden aufgerufen."),
    ).toMatchObject({ type: "REQUEST", actor: "Nils Muiznieks", target: "TUR" });
  });

  it("reads 'sind durch X gereist' as the perfect of a verb of travel, not as a state passive with X as agent", () => {
    expect(code("Seit Jahresbeginn seien 90.000 Migranten durch Serbien gereist.")).toEqual([]);
    // the state passive of a transitive verb keeps its cause as the actor
    expect(one("Die Stadt Sada, die durch saudische Luftangriffe völlig zerstört ist, liegt im Norden.")).toMatchObject(
      {
        type: "ASSAULT",
        actor: "SAU",
      },
    );
  });

  it("takes the antecedent the coreference layer gives 'er', not the last subject (a dateline place)", () => {
    // the actor entity, not code()'s country-first view: the dateline now gives the unlinked Landesrat AUT
    const doc = analyze({
      text: "Innsbruck – Am Montag begannen Kontrollen. Nicht ungewiss ist, dass der Landesrat Johann Tschürtz unzufrieden ist. Erstens verlange er mehr Soldaten.",
      published: "2025-10-15",
    });
    const actors = doc.events
      .filter((e) => e.type === "REQUEST")
      .map((e) => doc.entities.find((x) => x.id === e.actor)?.name);
    expect(actors).toEqual(["Johann Tschürtz"]);
  });

  it("does not take an enumerating adverb the entities layer tagged as a name for the actor (Erstens …)", () => {
    expect(code("Erstens forderte Österreich mehr Soldaten.").map((e) => e.actor)).toEqual(["AUT"]);
    expect(code("Erstens verlange er mehr Soldaten.").some((e) => e.actor === "Erstens")).toBe(false);
  });
});
