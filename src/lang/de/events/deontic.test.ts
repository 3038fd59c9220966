import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

describe("modal of obligation", () => {
  it("codes no aid that must still be given", () => {
    expect(
      code("Wir müssen die Kriegsflüchtlinge versorgen, sagte der Ökonom.").filter((e) => e.type === "AID"),
    ).toEqual([]);
  });

  it("keeps an act scheduled with 'soll' under a deal", () => {
    expect(
      code("Innerhalb von 72 Stunden soll die Hamas alle Geiseln freilassen.").some((e) => e.type === "RETREAT"),
    ).toBe(true);
  });
});
