import { describe, expect, it } from "vitest";
import { code, one } from "./test-helpers.js";

describe("verbal cooperation: AGREE, CONSULT, SUPPORT, CONCEDE", () => {
  it("codes a promise of aid as AGREE with actor and target countries", () => {
    expect(one("Spanien sagte Marokko Hilfe beim Wiederaufbau zu.")).toMatchObject({
      type: "AGREE",
      actor: "ESP",
      target: "MAR",
    });
  });

  it("codes an invitation with a separated particle (lud … ein) as AGREE", () => {
    expect(one("Macron lud den brasilianischen Präsidenten nach Paris ein.")).toMatchObject({
      type: "AGREE",
      actor: "FRA",
      target: "BRA",
    });
  });

  it("codes a meeting with 'sich treffen' between two coordinated actors as one reciprocal CONSULT", () => {
    const e = one("Die Außenminister Chinas und Indiens trafen sich am Rande des Gipfels.");
    expect(e).toMatchObject({ type: "CONSULT", reciprocal: true });
    expect([e?.actor, e?.target].sort()).toEqual(["CHN", "IND"]);
  });

  it("turns an announced meeting into AGREE with the future flag (PLOVER: promised meetings are AGREE)", () => {
    expect(one("Der Kanzler will sich nächste Woche mit Macron treffen.")).toMatchObject({
      type: "AGREE",
      future: true,
    });
  });

  it("codes praise as SUPPORT and a pardon as CONCEDE", () => {
    expect(one("Erdoğan lobte die Vermittlung Katars.")).toMatchObject({
      type: "SUPPORT",
      actor: "TUR",
      target: "QAT",
    });
    expect(one("Der Präsident Kasachstans begnadigte zwei Journalisten.")).toMatchObject({
      type: "CONCEDE",
      actor: "KAZ",
    });
  });

  it("marks a negated visit", () => {
    expect(one("Der iranische Präsident hat Saudi-Arabien nicht besucht.")).toMatchObject({
      type: "CONSULT",
      negated: true,
      actor: "IRN",
      target: "SAU",
    });
  });

  it("marks a conditional signature as hypothetical", () => {
    const e = one("Falls die Gespräche erfolgreich sind, würde Aserbaidschan den Vertrag mit Armenien unterzeichnen.");
    expect(e).toMatchObject({ type: "SUPPORT", hypothetical: true, actor: "AZE" });
  });

  it("codes no event for a company that offers products or a court that hears a case", () => {
    expect(code("Die Deutsche Bahn will ab Dezember mehr Verbindungen anbieten.")).toEqual([]);
    expect(code("Das Gericht verhandelt am Montag über die Klage.")).toEqual([]);
  });

  it("codes begrüßen as SUPPORT only for a thing welcomed, not for a person greeted", () => {
    expect(one("Russland begrüßte den Vorschlag Chinas.")).toMatchObject({
      type: "SUPPORT",
      actor: "RUS",
      target: "CHN",
    });
    expect(code("Die Nationalratspräsidentin begrüßte im Parlament den millionsten Besucher.")).toEqual([]);
    expect(code("Xi Jinping begrüßte Wladimir Putin in Peking.").map((e) => e.type)).not.toContain("SUPPORT");
  });

  it("does not read 'sich etwas versprechen von' (to expect) as a promise", () => {
    expect(code("Die Regierung verspricht sich von der Reform eine schnellere Gesetzgebung.")).toEqual([]);
    expect(one("Putin versprach Kim Jong-un Unterstützung.")).toMatchObject({ type: "SUPPORT", actor: "RUS" });
  });
});
