import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";

describe("protest campaigns", () => {
  it("aims a later protest of the same actor without a target at the side of its earlier protest", () => {
    const evs = code(
      "Die Gewerkschaft Verdi streikt seit Tagen bei der Deutschen Post. Am Freitag weitete Verdi ihre Proteste aus.",
    );
    const protests = evs.filter((e) => e.type === "PROTEST");
    expect(protests.length).toBe(2);
    expect(protests[1]?.target).toBe(protests[0]?.target);
    expect(protests[1]?.target).not.toBeNull();
  });
});
