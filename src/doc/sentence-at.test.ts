import { describe, expect, it } from "vitest";
import { Doc } from "./index.js";
import { sentenceIndexAt } from "./sentence-at.js";

describe("sentence index at an offset", () => {
  const doc = new Doc({ text: "Eins zwei. Drei vier.  Fünf." });
  doc.sentences = [
    { start: 0, end: 10 },
    { start: 11, end: 21 },
    { start: 23, end: 28 },
  ];

  it("finds the sentence holding the offset, first and last character included", () => {
    expect(sentenceIndexAt(doc, 0)).toBe(0);
    expect(sentenceIndexAt(doc, 9)).toBe(0);
    expect(sentenceIndexAt(doc, 11)).toBe(1);
    expect(sentenceIndexAt(doc, 20)).toBe(1);
    expect(sentenceIndexAt(doc, 27)).toBe(2);
  });

  it("answers -1 between sentences and beyond the text", () => {
    expect(sentenceIndexAt(doc, 10)).toBe(-1);
    expect(sentenceIndexAt(doc, 22)).toBe(-1);
    expect(sentenceIndexAt(doc, 28)).toBe(-1);
    expect(sentenceIndexAt(new Doc({ text: "" }), 0)).toBe(-1);
  });

  it("agrees with a linear scan at every offset", () => {
    for (let at = 0; at <= doc.text.length; at++)
      expect(sentenceIndexAt(doc, at)).toBe(doc.sentences.findIndex((x) => x.start <= at && at < x.end));
  });
});
