import { describe, expect, it } from "vitest";
import { sides } from "../lang/de/events/test-helpers.js";

describe("a protest against a police or military act is against that body", () => {
  it("targets the police a compound names as acting ('Polizeieinsatz')", () => {
    const evs = sides(
      "Paris – Die Polizei hatte am Vortag in Nanterre einen Jugendlichen erschossen. Die Wut über den Polizeieinsatz führte am Abend zu Protesten der Gewerkschaften.",
    );
    expect(evs.find((e) => e.type === "PROTEST")?.target).toBe("Polizei");
  });

  it("leaves the protest without target when no act compound names the body", () => {
    const evs = sides(
      "Paris – Die Polizei hatte am Vortag in Nanterre einen Jugendlichen erschossen. Die Wut über den Tod führte am Abend zu Protesten der Gewerkschaften.",
    );
    expect(evs.find((e) => e.type === "PROTEST")?.target).toBeNull();
  });
});
