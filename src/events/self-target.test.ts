import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";

describe("self targets", () => {
  it("gives no demand of a party chief's party aimed at the chief himself", () => {
    const evs = code("HDP-Chef Selahattin Demirtaş forderte am Montag eine Untersuchung.");
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.target).not.toBe("Selahattin Demirtaş");
  });

  it("keeps a state acting at home as its own target country", () => {
    const evs = code("Die belgische Polizei nahm in Brüssel drei Verdächtige fest.");
    expect(evs.some((e) => e.type === "COERCE" && e.target === "BEL")).toBe(true);
  });
});
