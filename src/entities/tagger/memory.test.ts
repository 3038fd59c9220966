import { describe, expect, it } from "vitest";
import { parseCorpus } from "./corpus.js";
import { EntityMemory, jackknifeMemories } from "./memory.js";

const TRAIN = parseCorpus(
  [
    "Die\tO",
    "Deutsche\tB-ORG",
    "Bank\tI-ORG",
    "meldet\tO",
    "Gewinne\tO",
    "",
    "Bank\tO",
    "und\tO",
    "Merkel\tB-PER",
    "",
    "Merkel\tB-PER",
    "in\tO",
    "Berlin\tB-LOC",
    "",
  ].join("\n"),
  "conll",
);

function codes(m: EntityMemory, text: string): { span: number; word: number }[] {
  const words = text.split(" ");
  const out = new Int32Array(words.length);
  m.codes(words, out);
  return [...out].map((c) => ({ span: c & 0xff, word: c >> 8 }));
}

describe("entity memory", () => {
  it("marks the longest remembered name with its type, position and length", () => {
    const m = EntityMemory.build(TRAIN);
    const c = codes(m, "Gestern Deutsche Bank und Merkel");
    expect(c[0]).toEqual({ span: 0, word: 0 });
    // ORG (type 2), begins, multi-token, unambiguous
    expect(c[1].span).toBe(2 | 8 | 16 | 32);
    // ORG, inside, multi-token, unambiguous
    expect(c[2].span).toBe(2 | 16 | 32);
    // PER (1), begins, single token, unambiguous
    expect(c[4].span).toBe(1 | 8 | 32);
  });

  it("word codes carry the share of a word's occurrences inside names", () => {
    const m = EntityMemory.build(TRAIN);
    const [deutsche, bank, merkel] = codes(m, "Deutsche Bank Merkel").map((c) => c.word);
    // "Deutsche": always ORG (share bucket 3), seen once (count bucket 0)
    expect(deutsche).toBe(2 | (3 << 3));
    // "Bank": ORG in 1 of 2 occurrences (share bucket 2: 0.5), count bucket 1
    expect(bank).toBe(2 | (2 << 3) | (1 << 5));
    expect(merkel & 7).toBe(1);
  });

  it("round-trips through its serialised form", () => {
    const m = EntityMemory.build(TRAIN);
    const d = EntityMemory.decode(m.encode());
    const text = "Die Deutsche Bank und Merkel in Berlin";
    expect(codes(d, text)).toEqual(codes(m, text));
  });

  it("gives the same codes from the caller's word codes as from its own look-ups", () => {
    const m = EntityMemory.build(TRAIN);
    for (const text of [
      "Die Deutsche Bank und Merkel in Berlin",
      "Deutsche Gewinne Bank Merkel",
      "Bank Deutsche Bank",
    ]) {
      const words = text.split(" ");
      const known = Int32Array.from(words, (w) => m.wordCode(w));
      const out = new Int32Array(words.length);
      m.codes(words, out, known);
      expect([...out].map((c) => ({ span: c & 0xff, word: c >> 8 }))).toEqual(codes(m, text));
    }
  });

  it("jackknifing hides each sentence's own names from its memory", () => {
    const sents = parseCorpus("Xanthos\tB-PER\n\nYlvie\tB-LOC\n", "conll");
    const of = jackknifeMemories(sents, 2);
    expect(codes(of(0), "Xanthos Ylvie")).toEqual([
      { span: 0, word: 0 },
      { span: 3 | 8 | 32, word: 3 | (3 << 3) },
    ]);
    expect(codes(of(1), "Xanthos Ylvie")[1]).toEqual({ span: 0, word: 0 });
  });
});
