import { describe, expect, it } from "vitest";
import { code } from "./test-helpers.js";

describe("acts only a state, police or armed actor does", () => {
  it("codes the police closing off a square as COERCE", () => {
    expect(code("Die Polizei sperrte den Platz vor dem Parlament ab.").some((e) => e.type === "COERCE")).toBe(true);
  });

  it("codes no arrival of a region: migrants arriving in southern Italy visit no one", () => {
    expect(code("Im März trafen 18.000 Migranten in Süditalien ein.").filter((e) => e.type === "CONSULT")).toEqual([]);
  });
});
