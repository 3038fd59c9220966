import { describe, expect, it } from "vitest";
import { one } from "./test-helpers.js";

describe("demands: the thing demanded is no target", () => {
  it("gives a demand for more soldiers no target (the accusative is what is demanded)", () => {
    expect(one("Die Opposition verlangt mehr Polizisten an der Grenze.")).toMatchObject({
      type: "REQUEST",
      target: null,
    });
  });

  it("keeps the party named in an attribute of the demanded thing", () => {
    expect(one("Die EU fordert Reformen von Serbien.")).toMatchObject({ type: "REQUEST", target: "SRB" });
  });

  it("keeps the addressee of 'auffordern' in the accusative", () => {
    expect(one("Die USA fordern Russland zum Rückzug auf.")).toMatchObject({
      type: "REQUEST",
      actor: "USA",
      target: "RUS",
    });
  });
});
