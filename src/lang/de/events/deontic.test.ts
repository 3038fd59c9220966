import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

describe("modal of obligation", () => {
  it("codes no aid that must still be given", () => {
    expect(
      code("Wir müssen die Kriegsflüchtlinge versorgen, sagte der Ökonom.").filter((e) => e.type === "AID"),
    ).toEqual([]);
  });

  it("codes no agreement or meeting that must still be given", () => {
    expect(code("Kiew – Die Ukraine muss den Bedingungen für die Gaslieferungen allerdings noch zustimmen.")).toEqual(
      [],
    );
    expect(code("Wir müssen tiefe Gespräche mit den Bürgermeistern führen, sagte der Landesrat.")).toEqual([]);
  });

  it("keeps a demand made with a modal ('müsse … stoppen, forderte')", () => {
    expect(
      code("Moskau – Die Ukraine müsse die Angriffe sofort stoppen, forderte der russische Außenminister Lawrow.").map(
        (e) => e.type,
      ),
    ).toContain("REQUEST");
  });

  it("keeps an act scheduled with 'soll' under a deal", () => {
    expect(
      code("Innerhalb von 72 Stunden soll die Hamas alle Geiseln freilassen.").some((e) => e.type === "RETREAT"),
    ).toBe(true);
  });
});
