import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("reads quoted fields with the delimiter, doubled quotes and line breaks inside", () => {
    const rows = [
      ...parseCsv("Politik;'Er sagte: ''Ja''; dann\nging er.'\nSport;kurz\n", { delimiter: ";", quote: "'" }),
    ];
    expect(rows).toEqual([
      { line: 1, fields: ["Politik", "Er sagte: 'Ja'; dann\nging er."] },
      { line: 3, fields: ["Sport", "kurz"] },
    ]);
  });

  it("reports a record whose quote never closes and goes on", () => {
    const rows = [...parseCsv('a,"offen\nb,c\n')];
    expect(rows[0]).toEqual({ line: 1, error: `line 1: a quoted field ("…) is never closed` });
    expect(rows[1]).toEqual({ line: 2, fields: ["b", "c"] });
  });

  it("numbers the lines after a CRLF inside a quoted field as a text editor does", () => {
    const csv = "X;'y'\r\nPolitik;'a\r\nb'\r\nSport;'c\r\nd\r\ne'\r\nKultur;'f'\r\n";
    expect([...parseCsv(csv, { delimiter: ";", quote: "'" })].map((r) => r.line)).toEqual([1, 2, 4, 7]);
  });

  it("handles CRLF and skips blank lines", () => {
    expect([...parseCsv("a,b\r\n\r\nc,d")]).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["c", "d"] },
    ]);
  });

  it("reports a quoted field that swallows a record and closes on that record's opening quote, and reads the swallowed record", () => {
    // line 1 lost its closing quote; line 2's text opens with a line break, so its opening quote closes line 1's field
    const rows = [...parseCsv("Sport;'Text A\nPolitik;'\nText B'\nKultur;'Text C'\n", { delimiter: ";", quote: "'" })];
    expect(rows).toEqual([
      {
        line: 1,
        error: expect.stringMatching(
          /^line 1: a quoted field \('…\) is not closed .* into line 2, which opens like a record/,
        ),
      },
      { line: 2, fields: ["Politik", "\nText B"] },
      { line: 4, fields: ["Kultur", "Text C"] },
    ]);
  });

  it("reports a quoted field that swallows a line opening with a label seen before, and the lines after stay records", () => {
    // line 3 lost its closing quote, line 4 its opening one: together they parse, as one record
    const csv = "Wirtschaft;'W'\nPolitik;'P'\nSport;'Text A\nPolitik;Text B'\nKultur;'Text C'\n";
    const rows = [...parseCsv(csv, { delimiter: ";", quote: "'" })];
    expect(rows.map((r) => ("error" in r ? `${r.line}: failed` : `${r.line}: ${r.fields[0]}`))).toEqual([
      "1: Wirtschaft",
      "2: Politik",
      "3: failed",
      "4: failed",
      "5: Kultur",
    ]);
    expect(rows[2]).toMatchObject({ error: expect.stringContaining("into line 4") });
    expect(rows[3]).toMatchObject({
      error: expect.stringMatching(/^line 4: a quote \('\) inside a field that does not open/),
    });
  });

  it("keeps line breaks inside a quoted field when the next line does not open like a record", () => {
    const csv = "Politik;'Erster Absatz.\nZweiter Absatz; mit Semikolon.\nDritter: ''Ja''.'\nSport;'kurz'\n";
    expect([...parseCsv(csv, { delimiter: ";", quote: "'" })]).toEqual([
      { line: 1, fields: ["Politik", "Erster Absatz.\nZweiter Absatz; mit Semikolon.\nDritter: 'Ja'."] },
      { line: 4, fields: ["Sport", "kurz"] },
    ]);
  });
});
