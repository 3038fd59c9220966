import { describe, expect, it } from "vitest";
import { code, sides } from "./test-helpers.js";

describe("arguments of event nouns", () => {
  it("takes a collective actor noun in the event noun's own genitive as the actor", () => {
    const evs = code(
      "Die Empörung über die Razzia führte zu einem lautstarken Protestauftritt der Opposition in Ankara.",
    );
    expect(evs.find((e) => e.type === "PROTEST")?.actor).toBe("TUR");
  });

  it("makes the employer of a strike ('Streik bei X') its target", () => {
    const evs = code("Der Ausstand der Piloten bei der Lufthansa ging am Mittwoch in den dritten Tag.");
    const strike = evs.find((e) => e.type === "PROTEST");
    expect(strike?.actor).toBe("Piloten");
    expect(strike?.target).toBe("Lufthansa");
  });

  it("gives a possessive event noun the collective subject of its clause as actor", () => {
    const evs = code("Die Gewerkschaft will ihren Ausstand bei der Deutschen Post fortsetzen.");
    expect(evs.filter((e) => e.type === "PROTEST" && e.actor !== null)).toHaveLength(1);
  });

  it("codes no demand for requirements ('Anforderungen') nor civilians as the actor of an offensive", () => {
    expect(code("Der neue Motor erfüllt die Anforderungen der Behörden nicht.")).toEqual([]);
    const evs = code("Immer öfter sind Zivilisten Leidtragende der türkischen Offensive gegen PKK-Kämpfer.");
    expect(evs.every((e) => e.actor !== "Zivilisten")).toBe(true);
  });
});

describe("statement words and their look-alikes", () => {
  it("takes no requirements ('Anforderungen') in a statement for a demand, but a demand ('Forderung') still is one", () => {
    const req = code(
      "Diese bürokratischen Anforderungen würden den gesamten Prozess verzögern, sagte Innenministeriumssprecher Karl-Heinz Grundböck.",
    );
    expect(req.filter((e) => e.type === "REQUEST")).toEqual([]);
    const demand = code("Das ist eine klare Forderung an Brüssel, sagte Innenministerin Johanna Mikl-Leitner.");
    expect(demand.map((e) => e.type)).toContain("REQUEST");
  });
});

describe("sport sentences", () => {
  it("codes nothing in a sentence with a match score in brackets or a shot on goal", () => {
    expect(
      code("Der Angreifer hatte zuletzt bereits gegen Werder Bremen (2:0) und beim Hamburger SV (1:1) getroffen."),
    ).toEqual([]);
    expect(code("Grabner stand dabei 18 Minuten auf dem Eis und feuerte zwei Torschüsse ab.")).toEqual([]);
  });
});

describe("a place attached by 'in' to an event noun is where it happened", () => {
  it("makes no actor of the region of 'Kundgebungen im Saarland'", () => {
    expect(
      sides("Saarbrücken – Nach Gewerkschaftsangaben hatten Kundgebungen im Saarland den meisten Zulauf.").filter(
        (e) => e.actor === "Saarland",
      ),
    ).toEqual([]);
  });

  it("keeps a genitive agent ('die Drohungen Russlands')", () => {
    expect(sides("Berlin – Die Drohungen Russlands sorgten für Unruhe.").map((e) => e.actor)).toContain("Russland");
  });
});

describe("an event noun that is feared or expected has not happened", () => {
  it("codes no arrest the HDP fears", () => {
    expect(code("Ankara – Die HDP befürchtet die Festnahme von Abgeordneten ihrer Fraktion.")).toEqual([]);
  });

  it("codes no visit that is only expected", () => {
    expect(code("Hanoi – Präsident Obama wird am Sonntag zu einem dreitägigen Besuch in Vietnam erwartet.")).toEqual(
      [],
    );
  });

  it("keeps an arrest that happened", () => {
    expect(code("Ankara – Die Polizei meldete die Festnahme von drei Abgeordneten.").map((e) => e.type)).toContain(
      "COERCE",
    );
  });
});
