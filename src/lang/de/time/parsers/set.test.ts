import { describe, expect, it } from "vitest";
import { tagTimes } from "../testing.js";

describe("sets", () => {
  it.each([
    ["Der Rat tagt jeden Montag.", "jeden Montag", "XXXX-WXX-1"],
    ["Die Gruppe trifft sich dienstags.", "dienstags", "XXXX-WXX-2"],
    ["Der Bericht erscheint jährlich.", "jährlich", "P1Y"],
    ["Die Zahlungen erfolgen monatlich.", "monatlich", "P1M"],
    ["Jedes Jahr kommen Tausende.", "Jedes Jahr", "P1Y"],
    ["Die Fähre fährt alle zwei Wochen.", "alle zwei Wochen", "P2W"],
    ["Es waren sieben Verkäufe pro Tag.", "pro Tag", "P1D"],
    ["Das Festival findet jeden Sommer statt.", "jeden Sommer", "XXXX-SU"],
  ])("%s", (text, span, value) => {
    expect(tagTimes(text)).toContainEqual([span, value, "SET", ""]);
  });

  it("'jeder' before other nouns is not a set", () => {
    expect(tagTimes("Jeden Bürger betrifft das, alle Parteien stimmten zu.")).toEqual([]);
  });
});
