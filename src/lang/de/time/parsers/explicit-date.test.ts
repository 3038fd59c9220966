import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

// reference: Thursday 2025-09-04
describe("explicit dates (day + month name + optional year)", () => {
  it.each([
    ["Am 3. September 2025 wurde unterzeichnet.", "3. September 2025", "2025-09-03"],
    ["Er kam am 24. Dez. 2023 an.", "24. Dez. 2023", "2023-12-24"],
    ["Am 1. Mai gingen Tausende auf die Straße.", "1. Mai", "2025-05-01"],
    ["Das Urteil wird am 3. Dezember verkündet.", "3. Dezember", "2025-12-03"],
    ["Im Jahr 460 v. Chr. am 12. August 460 v. Chr. geschah es.", "12. August 460 v. Chr.", "BC0460-08-12"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("takes the year from the tense: a later month in a past clause lies in the previous year", () => {
    expect(values("Am 3. Oktober hatte er gewarnt.")).toEqual([["3. Oktober", "2024-10-03"]]);
    expect(values("Am 3. Februar wird gewählt.")).toEqual([["3. Februar", "2026-02-03"]]);
  });

  it("keeps an unresolved year without a publication date", () => {
    expect(values("Am 3. September sagte er das.", null)).toEqual([["3. September", "XXXX-09-03"]]);
  });

  it("ignores ordinals that are not dates", () => {
    expect(tagTimes("Der 1. FC Köln gewann, der 3. Platz ging an Mainz.")).toEqual([]);
  });
});
