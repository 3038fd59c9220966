import { describe, expect, it } from "vitest";
import { interviewStart } from "./extract.js";
import { quoteWith, run } from "./test-helpers.js";

const LEAD = "Die Reform komme zu spät, sagte die Ministerin am Montag.";
const turns = (n: number) =>
  Array.from(
    { length: n },
    (_, k) =>
      `STANDARD: Wie geht es weiter mit Frage ${k + 1}? Müller: Die Lage sei ernst, sagte mir ein Kollege. Wir arbeiten daran.`,
  ).join(" ");

describe("interview transcripts", () => {
  it("reads no statements in the turns of a question-and-answer transcript, but in its introduction", async () => {
    const doc = await run(`${LEAD} ${turns(3)}`);
    expect(quoteWith(doc, "Die Reform komme zu spät")?.speakerText).toBe("die Ministerin");
    expect(quoteWith(doc, "Die Lage sei ernst")).toBeUndefined();
    expect(doc.quotes).toHaveLength(1);
  });

  it("needs two speakers' labels recurring three times each", async () => {
    expect(interviewStart(`${LEAD} ${turns(3)}`)).toBeGreaterThan(0);
    expect(interviewStart(`${LEAD} ${turns(2)}`)).toBe(-1);
    expect(interviewStart("Putin: Beziehungen zu Nordkorea verbessert. Berlin: Tag 1: Die Lage. Tag 2: Ruhe.")).toBe(
      -1,
    );
    const doc = await run(`${LEAD} ${turns(2)}`);
    expect(quoteWith(doc, "Die Lage sei ernst")).toBeDefined();
  });
});
