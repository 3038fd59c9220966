import { describe, expect, it } from "vitest";
import { Doc, TokenFlag, TokenKind } from "../doc/index.js";
import { german } from "../lang/de/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { tokenize } from "./tokenize.js";

function toks(text: string): string[] {
  const doc = new Doc({ text });
  textLayers(doc);
  return Array.from({ length: doc.tokens.count }, (_, i) => doc.tokenText(i));
}

function kinds(text: string): [string, number][] {
  const doc = new Doc({ text });
  textLayers(doc);
  return Array.from({ length: doc.tokens.count }, (_, i) => [doc.tokenText(i), doc.tokens.kind[i]]);
}

describe("tokenize", () => {
  it("keeps hyphenated compounds and names in one token", () => {
    expect(toks("Die EU-Kommission traf Kim Jong-un.")).toEqual([
      "Die",
      "EU-Kommission",
      "traf",
      "Kim",
      "Jong-un",
      ".",
    ]);
  });

  it("keeps German abbreviations with their period", () => {
    expect(toks("Das gilt z. B. für Dr. Müller u. a. in St. Gallen.")).toEqual([
      "Das",
      "gilt",
      "z.",
      "B.",
      "für",
      "Dr.",
      "Müller",
      "u.",
      "a.",
      "in",
      "St.",
      "Gallen",
      ".",
    ]);
    expect(toks("Es kostet 3 Mio. Euro und 2 Mrd. Dollar.")).toContain("Mio.");
  });

  it("reads numbers with decimal comma and thousands point as one token", () => {
    expect(toks("Die Rate stieg um 0,25 Punkte auf 1.000 Euro.")).toEqual([
      "Die",
      "Rate",
      "stieg",
      "um",
      "0,25",
      "Punkte",
      "auf",
      "1.000",
      "Euro",
      ".",
    ]);
  });

  it("makes ordinals of day numbers before months and of club names", () => {
    const k = kinds("Am 3. September spielte der 1. FC Köln.");
    expect(k).toContainEqual(["3.", TokenKind.ORDINAL]);
    expect(k).toContainEqual(["1.", TokenKind.ORDINAL]);
  });

  it("does not make an ordinal of a year that ends a sentence", () => {
    const k = kinds("Der Vertrag stammt aus dem Jahr 2024. Die Regierung schweigt.");
    expect(k).toContainEqual(["2024", TokenKind.NUMBER]);
  });

  it("tells opening from closing quote marks in every style", () => {
    for (const [text, open, close] of [
      ["Er sagte: „Wir kommen.“", "„", "“"],
      ["Er sagte: »Wir kommen.«", "»", "«"],
      ['Er sagte: "Wir kommen."', '"', '"'],
      ["Er sagte: ‚Wir kommen.‘", "‚", "‘"],
      ["He said: “We come.”", "“", "”"],
    ] as const) {
      const k = kinds(text);
      expect(k).toContainEqual([open, TokenKind.QUOTE_OPEN]);
      expect(k.at(-1)).toEqual([close, TokenKind.QUOTE_CLOSE]);
    }
  });

  it("reads a spaced “ or ” as a closer in text quoted with „ and as an opener in English text", () => {
    const german = kinds("Sie sagte: „Das war es . “ Dann ging sie. Er nannte ihn „den Dicken ” und lachte.");
    expect(german.filter(([t]) => t === "“" || t === "”").map(([, k]) => k)).toEqual([
      TokenKind.QUOTE_CLOSE,
      TokenKind.QUOTE_CLOSE,
    ]);
    const english = kinds("He said: “ We come. ” Then he left.");
    expect(english.find(([t]) => t === "“")?.[1]).toBe(TokenKind.QUOTE_OPEN);
  });

  it("keeps apostrophes inside words and URLs whole", () => {
    expect(toks("Wie geht's? Siehe https://example.org/a?b=1.")).toEqual([
      "Wie",
      "geht's",
      "?",
      "Siehe",
      "https://example.org/a?b=1",
      ".",
    ]);
  });

  it("flags capitalised tokens and line starts", () => {
    const doc = new Doc({ text: "Wien – Die\nRegierung" });
    tokenize(doc, german().tokens);
    expect(doc.tokens.flags[0] & TokenFlag.CAP).toBeTruthy();
    expect(doc.tokens.flags[3] & TokenFlag.LINE_START).toBeTruthy();
    expect(doc.tokens.flags[1] & TokenFlag.CAP).toBeFalsy();
  });

  it("puts every token inside the text with start < end, in order", () => {
    const text = "„Wir warten auf Sie, kommen Sie bitte“, sagte Putin laut der Agentur Tass… 😀 Ende";
    const doc = new Doc({ text });
    tokenize(doc, german().tokens);
    let prev = 0;
    for (let i = 0; i < doc.tokens.count; i++) {
      expect(doc.tokens.start[i]).toBeGreaterThanOrEqual(prev);
      expect(doc.tokens.end[i]).toBeGreaterThan(doc.tokens.start[i]);
      expect(doc.tokens.end[i]).toBeLessThanOrEqual(text.length);
      prev = doc.tokens.end[i];
    }
  });
});
