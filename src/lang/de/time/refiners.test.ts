import { describe, expect, it } from "vitest";
import { tagTimes } from "./testing.js";

describe("refiners", () => {
  it("seit/ab mark open intervals, bis the end; 'seit' puts the date in the past", () => {
    expect(tagTimes("Seit Juni gilt das Gesetz.")).toEqual([["Juni", "2025-06", "DATE", "ON_OR_AFTER"]]);
    expect(tagTimes("Ab Januar 2027 steigen die Beiträge.")).toEqual([
      ["Januar 2027", "2027-01", "DATE", "ON_OR_AFTER"],
    ]);
    expect(tagTimes("Bis 2030 sollen alle Kraftwerke vom Netz.")).toEqual([["2030", "2030", "DATE", "ON_OR_BEFORE"]]);
  });

  it("'bis' inside a range adds no mod", () => {
    expect(tagTimes("Von 2019 bis 2021 stieg die Zahl.").map((t) => t[3])).toEqual(["", ""]);
  });

  it("drops numbers inside URLs and directive numbers", () => {
    expect(tagTimes("Siehe www.example.org/2024 und die Richtlinie 2012/34/EU.")).toEqual([]);
  });
});
