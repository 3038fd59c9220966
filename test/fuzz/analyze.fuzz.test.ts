import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocJSON } from "../../src/doc/index.js";
import { analyze } from "../../src/pipeline/analyze.js";

const GERMAN = [
  "Der nordkoreanische Machthaber Kim Jong-un hat dem russischen Präsidenten Wladimir Putin Unterstützung zugesichert.",
  "„Wir warten auf Sie, kommen Sie bitte“, sagte Putin laut der Nachrichtenagentur Tass.",
  "Am 3. September sprach Dr. Müller z. B. über 1.000 Soldaten und 0,25 Prozent.",
  "Nordkorea sei bereit, „alles Mögliche zu tun“, sagte Kim am Mittwoch.",
  "Wien – Die Regierung trat vergangene Woche zurück.\nPutin: Verhältnis „vertrauensvoll“",
];

/** Random edits of real German sentences: cut, duplicate, insert odd characters. */
const mutated = fc
  .tuple(
    fc.constantFrom(...GERMAN),
    fc.array(
      fc.tuple(
        fc.nat(400),
        fc.constantFrom(
          "„",
          "“",
          "»",
          "«",
          '"',
          "'",
          "\u0000",
          "\u200b",
          "\ud800",
          "\udc00",
          "\n",
          ".",
          "–",
          "😀",
          "\u0301",
        ),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([s, edits]) => {
    let t = s;
    for (const [pos, ch] of edits) {
      const p = pos % (t.length + 1);
      t = t.slice(0, p) + ch + t.slice(p);
    }
    return t;
  });

function checkDoc(text: string, published: string | null): void {
  const doc = analyze({ text, published });
  const json = doc.toJSON();
  DocJSON.parse(json);
  const n = doc.text.length;
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.end <= n && s.start <= s.end;
  for (const s of json.sentences) expect(inside(s)).toBe(true);
  for (const e of json.entities)
    for (const m of e.mentions) expect(inside(m) && doc.text.slice(m.start, m.end) === m.text).toBe(true);
  for (const q of json.quotes) expect(inside(q) && doc.text.slice(q.start, q.end) === q.text).toBe(true);
  for (const t of json.times) expect(inside(t) && doc.text.slice(t.start, t.end) === t.text).toBe(true);
  for (const e of json.events) expect(inside(e) && doc.text.slice(e.start, e.end) === e.text).toBe(true);
  for (let i = 0; i < doc.tokens.count; i++) {
    expect(doc.tokens.start[i] < doc.tokens.end[i] && doc.tokens.end[i] <= n).toBe(true);
  }
  // deterministic: the same input gives the same output
  expect(JSON.stringify(analyze({ text, published }).toJSON())).toBe(JSON.stringify(json));
}

describe("analyze never throws and keeps every span inside the text", () => {
  it("on random Unicode strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkDoc(text, "2025-09-04")),
      { numRuns: 1500 },
    );
  });

  it("on mutated German news sentences", () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom("2025-09-04", null), (text, published) => checkDoc(text, published)),
      { numRuns: 1500 },
    );
  });

  it("on lone surrogates, control characters and unbalanced quotes", () => {
    for (const text of [
      "\ud800",
      "\udfff„",
      "„„„„",
      "“““",
      "\u0000\u0001\u0002",
      "»«»«",
      "'''\"\"\"",
      ".\n.\n.",
      "3.",
      "z. B.",
    ]) {
      checkDoc(text, "2025-09-04");
    }
  });

  it("on a 1 MB line", () => {
    const text = `${"Putin lobte Kim am Mittwoch in Peking, „sagte er“ laut Tass und ".repeat(16_000)}Ende`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const doc = analyze({ text, published: "2025-09-04" });
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.sentences.at(-1)!.end).toBeLessThanOrEqual(text.length);
  });
});
