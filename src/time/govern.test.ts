import { describe, expect, it } from "vitest";
import { analyzeTime as analyze } from "../lang/de/time/testing.js";
import { governingTime } from "./index.js";

describe("governingTime (dates for quotes and events)", () => {
  const text =
    "Nordkorea sei bereit, zu helfen, sagte Kim am Mittwoch in Peking. Putin lobte die Soldaten. " +
    "Im März 2020 war der Vertrag unterzeichnet worden, sagte er, am Freitag komme er zurück.";
  const doc = analyze({ text, published: "2025-09-04" });

  it("takes the date expression of the same sentence", () => {
    const s = text.indexOf("Nordkorea");
    expect(governingTime(doc, s, s + 20)).toEqual({ value: "2025-09-03", dateFrom: "text" });
  });

  it("falls back to the publication date", () => {
    const s = text.indexOf("Putin lobte");
    expect(governingTime(doc, s, s + 11)).toEqual({ value: "2025-09-04", dateFrom: "published" });
  });

  it("prefers the expression in the same clause", () => {
    const s = text.indexOf("komme er zurück");
    expect(governingTime(doc, s, s + 5)).toEqual({ value: "2025-09-05", dateFrom: "text" });
    const v = text.indexOf("unterzeichnet");
    expect(governingTime(doc, v, v + 13)).toEqual({ value: "2020-03", dateFrom: "text" });
  });

  it("is null without any date and without a publication date", () => {
    const d = analyze({ text: "Putin lobte die Soldaten.", published: null });
    expect(governingTime(d, 0, 5)).toBeNull();
  });

  it("ignores durations and sets", () => {
    const d = analyze({ text: "Die Sitzung dauerte zwei Stunden.", published: "2025-09-04" });
    expect(governingTime(d, 4, 11)).toEqual({ value: "2025-09-04", dateFrom: "published" });
  });

  it("reads only the span's own sentences on a long text, at its start, middle and end", () => {
    const filler = "Es regnete den ganzen Tag. ".repeat(300);
    const long = `Am Montag sprach Kim. ${filler}Am 3. Mai sprach Putin. ${filler}Am Freitag sprach Xi.`;
    const d = analyze({ text: long, published: "2025-09-04" });
    const at = (w: string) => long.indexOf(w);
    expect(governingTime(d, at("sprach Kim"), at("sprach Kim") + 10)?.value).toBe("2025-09-01");
    expect(governingTime(d, at("sprach Putin"), at("sprach Putin") + 12)?.value).toBe("2025-05-03");
    expect(governingTime(d, at("sprach Xi"), at("sprach Xi") + 9)?.value).toBe("2025-08-29"); // past tense: the Friday before
    expect(governingTime(d, at("regnete"), at("regnete") + 7)).toEqual({ value: "2025-09-04", dateFrom: "published" });
  });
});

describe("governingTime with the discourse's reference date (events)", () => {
  const discourse = { fallback: "discourse" } as const;
  // published Thursday 2025-09-04
  const text =
    "Am Samstag ist am Großglockner ein Bergsteiger abgestürzt. Der Deutsche war gegen 12.45 Uhr allein unterwegs. " +
    "Die Bergrettung barg den Mann. Seit dem 1. Juli gilt dort eine Sperre, die Behörden kritisierten den Alleingang.";
  const doc = analyze({ text, published: "2025-09-04" });
  const at = (needle: string) => {
    const s = text.indexOf(needle);
    return governingTime(doc, s, s + needle.length, discourse);
  };

  it("a clause without a date takes the last day the article established, not the publication date", () => {
    expect(at("Die Bergrettung barg")).toEqual({ value: "2025-08-30", dateFrom: "text" });
  });

  it("a clock time in the clause dates it to the reference day", () => {
    expect(at("war gegen")).toEqual({ value: "2025-08-30", dateFrom: "text" });
  });

  it("an open interval ('seit dem 1. Juli') governs its own clause but does not become the reference date", () => {
    expect(at("gilt dort")).toEqual({ value: "2025-07-01", dateFrom: "text" });
    expect(at("kritisierten")).toEqual({ value: "2025-08-30", dateFrom: "text" });
  });

  it("a date in an earlier clause of the sentence goes before one in a later clause", () => {
    const t = "Am Dienstag griffen Rebellen das Dorf an, töteten zwölf Menschen, wie die Armee am Freitag mitteilte.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const s = t.indexOf("töteten");
    expect(governingTime(d, s, s + 7, discourse)).toEqual({ value: "2025-09-02", dateFrom: "text" });
  });

  it("a date in a later clause ('…, sagte er am Freitag') still goes before the reference date", () => {
    const t = "Am Montag begann der Streik. Wir lehnen das Angebot ab, sagte der Betriebsrat am Mittwoch.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const s = t.indexOf("lehnen");
    expect(governingTime(d, s, s + 6, discourse)).toEqual({ value: "2025-09-03", dateFrom: "text" });
  });

  it("a background date long before the publication does not become the reference date", () => {
    const t =
      "Am Sonntag verlor Sturm Graz gegen Rapid. Zuletzt hatte Sturm am 12. März gewonnen. Der Trainer kritisierte die Abwehr.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const k = t.indexOf("kritisierte");
    expect(governingTime(d, k, k + 11, discourse)).toEqual({ value: "2025-08-31", dateFrom: "text" });
  });

  it("an announced day and a day in parentheses do not become the reference date", () => {
    const t =
      "Am Montag legte die Regierung den Entwurf vor. Am 3. Oktober soll das Parlament abstimmen. Die Opposition kritisiert den Entwurf. " +
      "Eine Stellungnahme liegt vor (Eingang am 2. September). Der Minister verteidigte ihn.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const k = t.indexOf("kritisiert");
    expect(governingTime(d, k, k + 10, discourse)).toEqual({ value: "2025-09-01", dateFrom: "text" });
    const v = t.indexOf("verteidigte");
    expect(governingTime(d, v, v + 11, discourse)).toEqual({ value: "2025-09-01", dateFrom: "text" });
  });

  it("a date in an earlier clause of the sentence governs the clauses after it", () => {
    const t = "Am Dienstag stürmten Soldaten das Dorf, sie nahmen zwölf Männer fest.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const s = t.indexOf("nahmen");
    expect(governingTime(d, s, s + 6, discourse)).toEqual({ value: "2025-09-02", dateFrom: "text" });
  });

  it("without any day in the article it is the publication date", () => {
    const t = "Im Jahr 2019 wurde die Hütte gebaut. Die Behörden kritisierten den Alleingang.";
    const d = analyze({ text: t, published: "2025-09-04" });
    const s = t.indexOf("kritisierten");
    expect(governingTime(d, s, s + 12, discourse)).toEqual({ value: "2025-09-04", dateFrom: "published" });
  });
});
