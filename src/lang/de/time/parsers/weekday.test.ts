import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

// reference: Thursday 2025-09-04
describe("weekdays", () => {
  it("past tense → the previous occurrence; 'am Mittwoch' on a Thursday is yesterday", () => {
    expect(values("Kim sagte am Mittwoch, er sei bereit.")).toEqual([["Mittwoch", "2025-09-03"]]);
    expect(values("Am Freitag hatte er gewarnt.")).toEqual([["Freitag", "2025-08-29"]]);
  });

  it("future tense and present-tense schedules → the next occurrence", () => {
    expect(values("Die Minister werden sich am Montag treffen.")).toEqual([["Montag", "2025-09-08"]]);
    expect(values("Am Dienstag trifft er Macron.")).toEqual([["Dienstag", "2025-09-09"]]);
  });

  it("reads explicit direction words", () => {
    expect(values("Am kommenden Mittwoch will sie vorlegen.", "2025-03-17")).toEqual([
      ["kommenden Mittwoch", "2025-03-19"],
    ]);
    expect(values("Am vergangenen Freitag streikten sie.", "2025-03-17")).toEqual([
      ["vergangenen Freitag", "2025-03-14"],
    ]);
    expect(values("Am Mittwoch nächster Woche wird entschieden.")).toEqual([["Mittwoch nächster Woche", "2025-09-10"]]);
  });

  it("parts of day and nights", () => {
    expect(tagTimes("Am Sonntagabend sperrte die Polizei die Straße.")).toEqual([
      ["Sonntagabend", "2025-08-31TEV", "TIME", ""],
    ]);
    expect(values("Am Dienstagmorgen meldete das Ministerium Zahlen.")).toEqual([["Dienstagmorgen", "2025-09-02TMO"]]);
    expect(values("In der Nacht zum Mittwoch griffen Drohnen an.")).toEqual([["Nacht zum Mittwoch", "2025-09-02TNI"]]);
  });

  it("weekday with a date takes the date", () => {
    expect(values("Das Treffen fand am Freitag, dem 14. November, statt.", "2025-11-21")).toEqual([
      ["Freitag, dem 14. November", "2025-11-14"],
    ]);
  });

  it("keeps XXXX-WXX-n without a publication date", () => {
    expect(values("Kim sagte am Mittwoch, er sei bereit.", null)).toEqual([["Mittwoch", "XXXX-WXX-3"]]);
  });

  it("ignores abbreviations and 'so'", () => {
    expect(tagTimes("So sagte es der Minister, und so wird es gemacht.")).toEqual([]);
    expect(tagTimes("Im Frühjahrsgutachten steht nichts.")).toEqual([]);
  });
});
