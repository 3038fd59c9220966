import { describe, expect, it } from "vitest";
import { isForce, isJointCooperation, PLOVER_TYPES, ploverClass, ploverSide } from "./plover.js";

describe("the cooperation/conflict split of PLOVER types", () => {
  it("puts the seven cooperation quad types on the cooperation side and the rest on the conflict side", () => {
    const coop = PLOVER_TYPES.filter((t) => ploverSide(t) === "cooperation");
    expect(coop).toEqual(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);
    expect(PLOVER_TYPES.filter((t) => ploverSide(t) === "conflict")).toHaveLength(9);
  });

  it("calls a string that is no PLOVER type neutral", () => {
    expect(ploverSide("STATEMENT")).toBe("neutral");
    expect(ploverClass("STATEMENT")).toBeUndefined();
  });

  it("counts giving way (CONCEDE, RETREAT) as cooperation but not as joint cooperation", () => {
    expect(PLOVER_TYPES.filter(isJointCooperation)).toEqual(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"]);
  });

  it("counts material conflict other than protest as force", () => {
    expect(PLOVER_TYPES.filter(isForce)).toEqual(["SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
  });

  it("gives each type its quad class", () => {
    expect(ploverClass("RETREAT")?.quad).toBe("material-cooperation");
    expect(ploverClass("REJECT")?.quad).toBe("verbal-conflict");
  });
});
