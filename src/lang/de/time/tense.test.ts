import { describe, expect, it } from "vitest";
import { Doc } from "../../../doc/index.js";
import { textLayers } from "../../../pipeline/analyze.js";
import { german } from "../resources.js";
import { clauseDir } from "./tense.js";

function dirAt(text: string, word: string): { dir: number; present: boolean } {
  const doc = new Doc({ text });
  textLayers(doc);
  const m = german().time.match(doc, false);
  for (let i = 0; i < m.n; i++) if (m.raw(i) === word) return clauseDir(m, i, i + 1);
  throw new Error(`${word} not found`);
}

describe("clause tense for direction", () => {
  it("Präteritum, perfect and weak -te forms are past", () => {
    expect(dirAt("Kim sagte am Mittwoch, er komme.", "Mittwoch").dir).toBe(-1);
    expect(dirAt("Die Regierung hat am Montag beschlossen.", "Montag").dir).toBe(-1);
    expect(dirAt("Am Montag kam er an.", "Montag").dir).toBe(-1);
  });

  it("werden/sollen and 'kommende' are future", () => {
    expect(dirAt("Die Minister werden sich am Montag treffen.", "Montag").dir).toBe(1);
    expect(dirAt("Am Montag soll abgestimmt werden.", "Montag").dir).toBe(1);
  });

  it("the expression's own clause wins over the sentence", () => {
    expect(dirAt("Er sagte am Sonntag, die Regierung werde am Montag entscheiden.", "Montag").dir).toBe(1);
    expect(dirAt("Er sagte am Sonntag, die Regierung werde am Montag entscheiden.", "Sonntag").dir).toBe(-1);
  });

  it("a present-tense verb alone marks a schedule", () => {
    expect(dirAt("Am Dienstag trifft er Macron.", "Dienstag")).toEqual({ dir: 0, present: true });
    expect(dirAt("Am Dienstag.", "Dienstag")).toEqual({ dir: 0, present: false });
  });
});
