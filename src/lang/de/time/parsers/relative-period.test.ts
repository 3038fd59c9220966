import { describe, expect, it } from "vitest";
import { tagTimes, values } from "../testing.js";

describe("relative weeks, months and years", () => {
  it.each([
    ["Vergangene Woche bot er den Rücktritt an.", "Vergangene Woche", "2025-W35"],
    ["Die Verhandlungen sollen nächste Woche weitergehen.", "nächste Woche", "2025-W37"],
    ["Im vergangenen Jahr stiegen die Exporte.", "vergangenen Jahr", "2024"],
    ["Im vergangenen Monat sank die Zahl.", "vergangenen Monat", "2025-08"],
    ["Dieses Jahr fällt die Ernte aus.", "Dieses Jahr", "2025"],
    ["Vor drei Jahren griff Russland an.", "Vor drei Jahren", "2022"],
    ["Vor zehn Tagen erreichte der Sturm die Küste.", "Vor zehn Tagen", "2025-08-25"],
    ["In zwei Wochen wird gewählt.", "In zwei Wochen", "2025-W38"],
    ["Im Vorjahr war es anders.", "Vorjahr", "2024"],
    ["Am vergangenen Wochenende wurde beschädigt.", "vergangenen Wochenende", "2025-W35-WE"],
    ["Vor wenigen Tagen übernahm er das Amt.", "Vor wenigen Tagen", "PAST_REF"],
    ["Im Laufe des Tages beruhigte sich die Lage.", "Laufe des Tages", "2025-09-04"],
    ["Im Laufe des Jahres 2019 wuchs sie.", "Laufe des Jahres 2019", "2019"],
  ])("%s", (text, span, value) => {
    expect(values(text)).toContainEqual([span, value]);
  });

  it("anchors 'später' and 'am folgenden Tag' to the last mentioned date", () => {
    expect(values("Am 2. Oktober wurde er festgenommen, zwei Tage später kam er frei.", "2025-11-21")).toEqual([
      ["2. Oktober", "2025-10-02"],
      ["zwei Tage später", "2025-10-04"],
    ]);
    expect(values("Am 5. Mai begann die Offensive, am folgenden Tag fiel die Stadt.", "2025-06-01")).toEqual([
      ["5. Mai", "2025-05-05"],
      ["folgenden Tag", "2025-05-06"],
    ]);
  });

  it("plural periods with a number are durations", () => {
    expect(tagTimes("In den vergangenen zehn Jahren hat sich das verdoppelt.")).toEqual([
      ["vergangenen zehn Jahren", "P10Y", "DURATION", ""],
    ]);
  });

  it("does not tag vague phrases in news", () => {
    expect(tagTimes("In letzter Zeit hätten sich die Beziehungen verbessert, sagte er.")).toEqual([]);
    expect(tagTimes("Er sprach von einem historischen Tag.")).toEqual([]);
  });

  it("keeps unresolved values without a publication date", () => {
    expect(values("Vergangene Woche kam er.", null)).toEqual([["Vergangene Woche", "PAST_REF"]]);
    expect(values("Dieses Jahr kam er.", null)).toEqual([["Dieses Jahr", "XXXX"]]);
  });

  it("'vor gut zwei Jahren' is a date with a mod, not a duration", () => {
    // reference 2025-09-04
    expect(tagTimes("Vor gut zwei Jahren war er nach Linz gezogen.")).toEqual([
      ["Vor gut zwei Jahren", "2023", "DATE", "BEFORE"],
    ]);
    expect(tagTimes("Die Firma wurde vor rund drei Monaten verkauft.")).toEqual([
      ["vor rund drei Monaten", "2025-06", "DATE", "APPROX"],
    ]);
    expect(tagTimes("Vor knapp einem Jahr hatte sie gekündigt.")).toEqual([
      ["Vor knapp einem Jahr", "2024", "DATE", "AFTER"],
    ]);
    expect(tagTimes("Das Lager wurde vor mehr als zehn Jahren geschlossen.")).toEqual([
      ["vor mehr als zehn Jahren", "2015", "DATE", "BEFORE"],
    ]);
    expect(tagTimes("Vor etwa zwei Wochen begann der Streik.")).toEqual([
      ["Vor etwa zwei Wochen", "2025-W34", "DATE", "APPROX"],
    ]);
  });

  it("a duration after 'vor' that is not 'ago' stays a duration", () => {
    // "vor" + a bare modifier without a unit is no period; "seit gut zwei Jahren" remains a duration
    expect(tagTimes("Seit gut zwei Jahren lebt er in Linz.")).toEqual([
      ["gut zwei Jahren", "P2Y", "DURATION", "MORE_THAN"],
    ]);
    // "in etwa" is as often "roughly" as "in about": only "vor" takes the quantifier into a date
    expect(tagTimes("Die Reparatur soll in etwa fünf Stunden erledigt sein.")).toEqual([
      ["etwa fünf Stunden", "PT5H", "DURATION", "APPROX"],
    ]);
  });
});
