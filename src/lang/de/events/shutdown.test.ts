import { describe, expect, it } from "vitest";
import { code, sides } from "./test-helpers.js";

describe("abschalten: the police shutting down a broadcaster (COERCE censor)", () => {
  it("codes the police switching off a named broadcaster", () => {
    expect(sides("Die Polizei schaltete den Sender Bugün TV ab.")).toContainEqual({
      type: "COERCE",
      actor: "Polizei",
      target: "Bugün TV",
    });
    expect(code("Die Polizei schaltete den Sender Bugün TV ab.")[0]).toMatchObject({ mode: "censor" });
  });

  it("codes nothing for a thing switched off, or without the police as actor", () => {
    expect(code("Die Regierung will das Kraftwerk abschalten.")).toEqual([]);
    expect(code("Sie schaltete den Fernseher ab.")).toEqual([]);
    expect(code("Die Polizei schaltete die Ampel ab.")).toEqual([]);
    expect(code("Tschechien soll das AKW Dukovany abschalten.")).toEqual([]);
    expect(code("Der Sender Bugün TV wurde abgeschaltet.")).toEqual([]);
  });
});
