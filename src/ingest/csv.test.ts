import { describe, expect, it } from "vitest";
import { readCsvItems } from "./csv.js";

describe("reading articles from CSV", () => {
  it("reports a row whose quote is never closed with its line number, and the next article stays its own", () => {
    const csv =
      "Sport;'Erster Artikel.'\nPolitik;'Zweiter Artikel ohne Ende\nKultur;'Dritter Artikel.'\nWetter;'Vierter.'\n";
    const items = [...readCsvItems(csv, "x.csv", { delimiter: ";", quote: "'", columns: ["category", "text"] })];
    const ok = items.filter((i) => i.ok).map((i) => (i.ok ? i.doc.text : ""));
    const failed = items.filter((i) => !i.ok);
    expect(ok).toEqual(["Erster Artikel.", "Dritter Artikel.", "Vierter."]);
    expect(failed).toHaveLength(1);
    expect(failed[0].where).toBe("x.csv:2");
    expect(!failed[0].ok && failed[0].error).toMatch(/^x\.csv: line 2: a quoted field/);
  });

  it("reports a quote left open at the end of the file, keeping what came before", () => {
    const csv = 'text,title\n"Eins.",A\n"Zwei, offen\nbis zum Ende,B\n';
    const items = [...readCsvItems(csv, "y.csv", {})];
    expect(items.slice(0, 2).map((i) => i.ok)).toEqual([true, false]);
    expect(items[1].where).toBe("y.csv:3");
    expect(!items[1].ok && items[1].error).toMatch(/line 3: a quoted field \("…\) is never closed/);
  });

  it("reads quoted fields that span lines and doubled quotes", () => {
    const csv = 'text,title\n"Er sagte: ""Ja.""\nDann ging er.",T\n';
    const items = [...readCsvItems(csv, "z.csv", {})];
    expect(items).toEqual([
      { ok: true, where: "z.csv:2", doc: { text: 'Er sagte: "Ja."\nDann ging er.', title: "T" }, meta: {} },
    ]);
  });

  it("reports an article whose quote closes only inside the next article, and keeps that next article", () => {
    const csv =
      "Sport;'Erster Artikel.'\nPolitik;'Zweiter Artikel ohne Ende\nKultur;'\nDritter Artikel.'\nWetter;'Vierter.'\n";
    const items = [...readCsvItems(csv, "x.csv", { delimiter: ";", quote: "'", columns: ["category", "text"] })];
    expect(items.map((i) => (i.ok ? i.doc.text : `failed ${i.where}`))).toEqual([
      "Erster Artikel.",
      "failed x.csv:2",
      "\nDritter Artikel.",
      "Vierter.",
    ]);
    expect(!items[1].ok && items[1].error).toMatch(/^x\.csv: line 2: .* into line 3/);
  });
});
