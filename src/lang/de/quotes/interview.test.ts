import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";
import { interviewStart } from "./interview.js";

const LEAD = "Die Reform komme zu spät, sagte Anna Müller am Montag.";
const turns = (n: number) =>
  Array.from(
    { length: n },
    (_, k) =>
      `STANDARD: Wie geht es weiter mit Frage ${k + 1}? Müller: Die Lage sei ernst, sagte mir ein Kollege. Wir arbeiten an Punkt ${k + 1}.`,
  ).join(" ");

describe("interview transcripts", () => {
  it("makes each answer turn one verbatim statement of the interviewee, the introduction read as usual", async () => {
    const doc = await run(`${LEAD} ${turns(3)}`);
    const lead = quoteWith(doc, "Die Reform komme zu spät");
    expect(lead?.speakerText).toBe("Anna Müller");
    const answer = quoteWith(doc, "Wir arbeiten an Punkt 2");
    expect(answer?.kind).toBe("direct");
    expect(answer?.text).toBe("Die Lage sei ernst, sagte mir ein Kollege. Wir arbeiten an Punkt 2.");
    expect(answer?.speakerText).toBe("Müller");
    // the label "Müller" names the person of the introduction
    expect(answer?.speaker).toBe(lead?.speaker ?? null);
    // no statement inside an answer is given to another speaker, and the questions are no statements
    expect(doc.quotes.filter((q) => q.text.includes("Lage sei ernst"))).toHaveLength(3);
    expect(quoteWith(doc, "Wie geht es weiter")).toBeUndefined();
    expect(doc.quotes).toHaveLength(4);
  });

  it("tells the interviewer by questions when the label is no outlet in capitals", async () => {
    const qa = Array.from(
      { length: 3 },
      (_, k) => `Huber: Was planen Sie für Jahr ${k + 1}? Berger: Wir bauen Schulen in Bezirk ${k + 1}.`,
    ).join(" ");
    const doc = await run(`Ein Gespräch über Bildung. ${qa}`);
    expect(quoteWith(doc, "Bezirk 3")?.speakerText).toBe("Berger");
    expect(quoteWith(doc, "Was planen Sie")).toBeUndefined();
  });

  it("needs two speakers' labels recurring three times each", async () => {
    expect(interviewStart(`${LEAD} ${turns(3)}`)).toBeGreaterThan(0);
    expect(interviewStart(`${LEAD} ${turns(2)}`)).toBe(-1);
    expect(interviewStart("Putin: Beziehungen zu Nordkorea verbessert. Berlin: Tag 1: Die Lage. Tag 2: Ruhe.")).toBe(
      -1,
    );
    // without a transcript the sentences are read as reported speech
    const doc = await run(`${LEAD} ${turns(2)}`);
    expect(quoteWith(doc, "Die Lage sei ernst")).toBeDefined();
  });
});

describe("question-and-answer texts without an interviewee", () => {
  it("gives no statements to structural labels such as „Frage:“ and „Antwort:“", async () => {
    const faq = Array.from(
      { length: 3 },
      (_, k) => `Frage: Was gilt für Fall ${k + 1}? Antwort: Die Regel ${k + 1} gilt für alle Mieter.`,
    ).join(" ");
    const doc = await run(`Die wichtigsten Fragen zur neuen Mietregel. ${faq}`);
    expect(interviewStart(doc.text)).toBe(-1);
    expect(doc.quotes.some((q) => q.speakerText === "Antwort")).toBe(false);
  });
});
