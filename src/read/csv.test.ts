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

  it("handles CRLF and skips blank lines", () => {
    expect([...parseCsv("a,b\r\n\r\nc,d")]).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["c", "d"] },
    ]);
  });
});
