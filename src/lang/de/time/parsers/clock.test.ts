import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("clock times and parts of the day", () => {
  it.each([
    ["Um 14.30 Uhr begann die Pressekonferenz.", "14.30 Uhr", "2025-09-04T14:30"],
    ["Um 4:45 Uhr fielen Schüsse.", "4:45 Uhr", "2025-09-04T04:45"],
    ["Um 4 Uhr 45 fielen Schüsse.", "4 Uhr 45", "2025-09-04T04:45"],
    ["Gegen 9 Uhr traf er ein.", "9 Uhr", "2025-09-04T09:00"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("a clock time takes the day named in its sentence", () => {
    expect(values("Am Freitag um 18 Uhr endet die Frist.", "2025-03-17")).toEqual([
      ["Freitag", "2025-03-21"],
      ["18 Uhr", "2025-03-21T18:00"],
    ]);
  });

  it("parts of the day with a date", () => {
    expect(tagTimes("Am Abend des 3. September kam er.")).toEqual([
      ["Am Abend des 3. September", "2025-09-03TEV", "TIME", ""],
    ]);
  });

  it("midnight and parts of the next or same day", () => {
    expect(values("Um Mitternacht fielen Schüsse.")).toEqual([["Mitternacht", "2025-09-04T24:00"]]);
    expect(values("Am 3. März griffen sie an, am nächsten Morgen zogen sie ab.")).toEqual([
      ["3. März", "2025-03-03"],
      ["am nächsten Morgen", "2025-03-04TMO"],
    ]);
  });

  it("numbers without 'Uhr' are not clock times", () => {
    expect(tagTimes("Der Vertrag von 2024 und der Sieg mit 2:1 zählen.")).toEqual([["2024", "2024", "DATE", ""]]);
  });

  it("a clock time in a later sentence takes the day the article established, not the publication date", () => {
    // reference Thursday 2025-09-04: Saturday is 2025-08-30
    expect(
      values(
        "Am Samstag ist ein Wanderer am Dachstein tödlich verunglückt. Der 61-Jährige war gegen 10.15 Uhr allein am Steig unterwegs.",
      ),
    ).toEqual([
      ["Samstag", "2025-08-30"],
      ["10.15 Uhr", "2025-08-30T10:15"],
    ]);
    expect(values("Die Wahllokale öffnen am 12. Oktober. Um 7 Uhr geht es los, um 17 Uhr schließen sie.")).toEqual([
      ["12. Oktober", "2025-10-12"],
      ["7 Uhr", "2025-10-12T07:00"],
      ["17 Uhr", "2025-10-12T17:00"],
    ]);
  });

  it("the reference day is the last one the article established", () => {
    expect(
      values(
        "Die Demonstration am Freitag verlief friedlich. Am Montag kam es zu Ausschreitungen. Gegen 22 Uhr griff die Polizei ein.",
      ),
    ).toEqual([
      ["Freitag", "2025-08-29"],
      ["Montag", "2025-09-01"],
      ["22 Uhr", "2025-09-01T22:00"],
    ]);
  });

  it("a day in parentheses or opening an interval is still the day of the clock time after it", () => {
    expect(values("Der Wahlabend ist am 5. Oktober. Sturm Graz – Rapid Wien (Graz, Samstag, 17 Uhr).")).toEqual([
      ["5. Oktober", "2025-10-05"],
      ["Samstag", "2025-09-06"],
      ["17 Uhr", "2025-09-06T17:00"],
    ]);
    expect(values("Am Dienstag begann die Anmeldung. Sie läuft bis 30. September, 12 Uhr.")).toEqual([
      ["Dienstag", "2025-09-02"],
      ["30. September", "2025-09-30"],
      ["12 Uhr", "2025-09-30T12:00"],
    ]);
  });

  it("a background day long before publication does not become the day of later clock times", () => {
    expect(
      values(
        "Am Samstag vereinbarten beide Seiten eine Waffenruhe. Auslöser der Kämpfe war ein Anschlag am 22. April. Am Abend waren in Srinagar Explosionen zu hören.",
        "2025-05-11",
      ),
    ).toEqual([
      ["Samstag", "2025-05-10"],
      ["22. April", "2025-04-22"],
      ["Am Abend", "2025-05-10TEV"],
    ]);
  });

  it("parts of the day in a later sentence take the reference day too", () => {
    expect(values("Der Prozess begann am Dienstag. Am Abend wurde das Urteil verkündet.")).toEqual([
      ["Dienstag", "2025-09-02"],
      ["Am Abend", "2025-09-02TEV"],
    ]);
  });

  it("without any day in the article a clock time stays on the publication date", () => {
    expect(values("Im Jahr 2019 war das Werk gebaut worden. Um 9 Uhr begann die Versammlung.")).toEqual([
      ["Jahr 2019", "2019"],
      ["9 Uhr", "2025-09-04T09:00"],
    ]);
  });

  it("unresolved day without a publication date", () => {
    expect(values("Um 11 Uhr beginnt es.", null)).toEqual([["11 Uhr", "XXXX-XX-XXT11:00"]]);
  });
});
