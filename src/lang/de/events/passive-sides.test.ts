import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

describe("sides of reciprocal acts in the passive", () => {
  it("takes 'zwischen X und Y' as the sides of a treaty signed in the passive, before an unnamed 'von' phrase", () => {
    const evs = code(
      "Bratislava – Der Vertrag zwischen Wien und Bratislava zur Unterbringung von Flüchtlingen wurde schon Mitte Juli unterzeichnet.",
    );
    const sign = evs.find((e) => e.type === "SUPPORT");
    expect([sign?.actor, sign?.target].sort()).toEqual(["AUT", "SVK"]);
  });
});
