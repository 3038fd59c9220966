import { describe, expect, it } from "vitest";
import { values } from "../testing.js";

describe("vague references (narrative mode only)", () => {
  it("tags 'bald', 'wenig später' in narrative mode", () => {
    expect(values("Bald darauf fiel die Stadt, wenig später auch die Festung.", "2011-02-16", "narrative")).toEqual([
      ["Bald", "FUTURE_REF"],
      ["wenig später", "FUTURE_REF"],
    ]);
  });

  it("leaves them alone in news mode", () => {
    expect(values("Bald darauf fiel die Stadt, wenig später auch die Festung.")).toEqual([]);
  });
});
