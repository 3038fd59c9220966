import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";

describe("agentless state acts", () => {
  it("gives an arrest without an agent to the police the clause names", () => {
    const evs = code(
      "Am Sonntag kam es zu einer Auseinandersetzung zwischen Polizei und Demonstranten und zur Festnahme eines Aktivisten.",
    );
    expect(evs.find((e) => e.type === "COERCE")).toMatchObject({ actor: "Polizei", target: "Aktivisten" });
  });
});
