import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

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
