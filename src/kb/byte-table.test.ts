import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteLines, ByteTable, sortByteLines } from "./byte-table.js";

const KEYS = ["Ab", "Abc", "A", "Ärzte", "Zürich", "Zurich", "Łódź", "北京", "Ab c", "a", "Österreich", "Oe"];

function table(keys: readonly string[]): ByteTable {
  return new ByteTable(Buffer.from(sortByteLines(keys.map((k, i) => `${k}\t${i}`)), "utf8"));
}

describe("ByteTable", () => {
  it("finds every key (UTF-8 byte order, prefixes, non-Latin names) and no others, also when asked again", () => {
    const t = table(KEYS);
    for (let round = 0; round < 2; round++) {
      KEYS.forEach((k, i) => {
        expect(t.get(k)).toBe(String(i));
      });
      for (const k of ["", "B", "Abcd", "Ä", "Zü", "北", "ab", "Zürich "]) expect(t.get(k)).toBeUndefined();
    }
  });

  it("answers like a map for arbitrary keys", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        fc.string(),
        (keys, probe) => {
          const clean = keys.filter((k) => !/[\t\n]/.test(k) && Buffer.from(k, "utf8").toString("utf8") === k);
          const t = table(clean);
          const m = new Map(clean.map((k, i) => [k, String(i)]));
          for (const k of clean) expect(t.get(k)).toBe(m.get(k));
          if (!/[\t\n]/.test(probe)) expect(t.get(probe)).toBe(m.get(probe));
        },
      ),
    );
  });

  it("answers alike once it has built its key filter (after 4,096 searches), also for non-Latin and astral keys", () => {
    const keys = [...KEYS, "𝄞 Musik", "Ωmega", "", "Zeile ohne"];
    const lines = keys.map((k, i) => (k === "Zeile ohne" ? k : `${k}\t${i}`));
    const t = new ByteTable(Buffer.from(sortByteLines(lines.filter((l) => l.includes("\t"))), "utf8"));
    const bare = new ByteTable(Buffer.from("A\t1\nZeile ohne", "utf8"));
    for (let i = 0; i < 4100; i++) {
      expect(t.get(`fehlt${i}`)).toBeUndefined();
      bare.get(`fehlt${i}`);
    }
    keys.forEach((k, i) => {
      if (k !== "Zeile ohne") expect(t.get(k)).toBe(String(i));
    });
    for (const k of ["B", "Abcd", "𝄞", "Ω", "\ud834", "Zürich "]) expect(t.get(k)).toBeUndefined();
    expect(bare.get("Zeile ohne")).toBe("");
  });

  it("is empty without lines", () => {
    expect(new ByteTable(Buffer.alloc(0)).get("x")).toBeUndefined();
  });
});

describe("ByteLines.qNumberCell", () => {
  it("reads the number of a canonical Wikidata id in a cell, and -1 for anything else", () => {
    const cells = ["Q1", "Q1060949", "Q123456789", "Q1234567890", "Q0", "Q01", "Q", "", "Q12a", "P31", "q5"];
    const lines = new ByteLines(Buffer.from(cells.map((c) => `x\t${c}\ty`).join("\n"), "utf8"));
    const last = new ByteLines(Buffer.from("x\tQ42", "utf8"));
    expect(cells.map((_, k) => lines.qNumberCell(k, 1))).toEqual([
      1, 1060949, 123456789, -1, -1, -1, -1, -1, -1, -1, -1,
    ]);
    expect(last.qNumberCell(0, 1)).toBe(42);
    expect(last.qNumberCell(0, 2)).toBe(-1);
  });
});
