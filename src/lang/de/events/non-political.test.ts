import { describe, expect, it } from "vitest";
import { code, sides } from "./test-helpers.js";

const MATCH =
  "Brüssel – Belgien steht im Viertelfinale. Der Trainer lobte die Mannschaft nach dem Spiel. " +
  "Am Samstag empfangen die Belgier die Russen.";

describe("a sports report codes no events", () => {
  it("codes nothing in a match report whose sentences name no political actor", () => {
    expect(code(MATCH)).toEqual([]);
  });

  it("keeps the events of a politician in a report with sport words", () => {
    const evs = code(
      "Berlin – Vor der Fußball-EM äußerte sich der AfD-Politiker Alexander Gauland über einen Spieler der Nationalmannschaft. " +
        "Der Trainer der Mannschaft schwieg. Justizminister Heiko Maas kritisierte Gauland scharf.",
    );
    expect(evs.some((e) => e.type === "ACCUSE")).toBe(true);
  });
});

describe("an investigation needs an authority", () => {
  it("codes no accusation when researchers study something", () => {
    expect(
      code("Sydney – Forscher der Macquarie University untersuchten in einem Experiment das Verhalten von Bienen."),
    ).toEqual([]);
  });

  it("codes the investigation of a prosecutor's office", () => {
    const evs = code(
      "Wien – Die Staatsanwaltschaft untersucht die Geschäfte des früheren Ministers Karl Heinz Grasser.",
    );
    expect(evs.some((e) => e.type === "ACCUSE")).toBe(true);
  });
});

describe("'ermitteln' is an investigation only against someone or by an authority", () => {
  it("codes no accusation when a poll finds a share", () => {
    expect(code("London – Insgesamt ermittelte das Institut ORB 55 Prozent für den Verbleib in der EU.")).toEqual([]);
  });

  it("codes an investigation against a named person, and one by an authority", () => {
    expect(sides("Stuttgart – Die Staatsanwaltschaft ermittelt gegen den Unternehmer Anton Schlecker.")).toEqual([
      { type: "ACCUSE", actor: "Staatsanwaltschaft", target: "Anton Schlecker" },
    ]);
    expect(code("Wien – Die Staatsanwaltschaft ermittelt in dem Fall.").map((e) => e.type)).toEqual(["ACCUSE"]);
  });
});

describe("a company's withdrawal is a business decision, no retreat", () => {
  it("codes no RETREAT when a bank withdraws from countries", () => {
    expect(
      code(
        "Frankfurt – Die Deutsche Bank will ihr Filialnetz ausdünnen und sich aus zehn Ländern zurückziehen.",
      ).filter((e) => e.type === "RETREAT"),
    ).toEqual([]);
  });

  it("keeps the withdrawal of a state's troops", () => {
    expect(code("Moskau – Russland zieht seine Truppen aus Syrien zurück.").map((e) => e.type)).toContain("RETREAT");
  });
});

describe("'bestreiten' of a living or a match is no denial", () => {
  it("codes no REJECT for making a living or playing a match", () => {
    expect(code("Wien – Die beiden Frauen bestreiten ihr Leben damit, anderen den Dreck wegzuräumen.")).toEqual([]);
    expect(code("Barcelona – Lionel Messi hat seit September kein Spiel mehr bestritten.")).toEqual([]);
  });

  it("keeps a denial", () => {
    expect(code("Danzig – Lech Wałęsa bestritt die Existenz derartiger Unterlagen.").map((e) => e.type)).toContain(
      "REJECT",
    );
  });
});

describe("praise of a thing is no event between actors", () => {
  it("codes no support when a critic praises a film", () => {
    expect(code("Wien – Der Kritiker Hans Moser lobte den neuen Film in den höchsten Tönen.")).toEqual([]);
  });

  it("keeps praise of a party and of a thing that names one", () => {
    expect(code("Berlin – Kanzlerin Angela Merkel lobte Emmanuel Macron.").some((e) => e.type === "SUPPORT")).toBe(
      true,
    );
    expect(
      code("Brüssel – Die EU-Kommission lobte die Reformen der griechischen Regierung.").some(
        (e) => e.type === "SUPPORT",
      ),
    ).toBe(true);
  });
});

describe("a warning of a danger threatens no one", () => {
  it("codes no threat for a politician's or a party's warning of a danger", () => {
    expect(code("St. Pölten – Landeshauptmann Erwin Pröll warnt vor einem Flächenbrand.")).toEqual([]);
    expect(code("Wien – Die Grünen warnen vor einer neuen Rezession.")).toEqual([]);
  });

  it("codes the warning of a party addressed by name", () => {
    const evs = code("Moskau – Präsident Wladimir Putin warnte die NATO vor einer Verlegung von Truppen ins Baltikum.");
    expect(evs.some((e) => e.type === "THREATEN")).toBe(true);
  });
});

describe("an offer of a thing is no agreement", () => {
  it("codes no agreement when a company offers a product", () => {
    expect(code("Wien – Die Mobilfunker A1 und Magenta werden die neuen Apple-Handys ab Freitag anbieten.")).toEqual(
      [],
    );
  });

  it("keeps an offer to a party", () => {
    const evs = code(
      "Ankara – Der türkische Präsident Erdoğan bot der Ukraine an, Gespräche in Istanbul auszurichten.",
    );
    expect(evs.some((e) => e.type === "AGREE" && e.target === "UKR")).toBe(true);
  });
});
