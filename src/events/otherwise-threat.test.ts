import { describe, expect, it } from "vitest";
import { sides } from "../lang/de/events/test-helpers.js";

describe("a threat opening with 'sonst' is addressed to whom the demand before it pressed", () => {
  it("takes the target of the same side's demand in the sentence before", () => {
    const evs = sides(
      "Frankfurt – Die Gewerkschaft Verdi will ihren Streik bei der Lufthansa fortsetzen, bis der Konzern die Kürzungen zurücknimmt, sagte Verdi-Vize Christine Behle. Andernfalls werde es keinen Frieden geben.",
    );
    expect(evs.find((e) => e.type === "THREATEN")).toMatchObject({ actor: "Christine Behle", target: "Lufthansa" });
  });

  it("does not take the target of another side's demand", () => {
    const evs = sides(
      "Frankfurt – Die Lufthansa forderte von der Gewerkschaft Verdi ein Ende des Streiks. Andernfalls werde es keinen Frieden geben, sagte Verdi-Vize Christine Behle.",
    );
    expect(evs.filter((e) => e.type === "THREATEN" && e.target === "Verdi")).toEqual([]);
  });
});
