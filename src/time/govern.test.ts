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
