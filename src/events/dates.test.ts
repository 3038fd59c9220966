import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline/analyze.js";

// published Thursday 2025-09-04
describe("event dates", () => {
  it("an event without a date in its clause takes the day the article established, not the publication date", () => {
    const doc = analyze({
      text:
        "Am Samstag haben in Graz Tausende gegen die Regierung demonstriert. " +
        "Die Polizei nahm drei Männer fest, die Demonstranten kritisierten den Einsatz scharf.",
      published: "2025-09-04",
    });
    expect(doc.events.length).toBeGreaterThan(1);
    for (const e of doc.events) expect([e.type, e.date, e.dateFrom]).toEqual([e.type, "2025-08-30", "text"]);
  });

  it("an event whose clause names its own day takes that day", () => {
    const doc = analyze({
      text: "Am Samstag demonstrierten in Graz Tausende. Am Montag kritisierte Bürgermeister Siegfried Nagl die Polizei scharf.",
      published: "2025-09-04",
    });
    const accuse = doc.events.find((e) => e.type === "ACCUSE");
    expect(accuse?.date).toBe("2025-09-01");
  });

  it("without any day in the article an event is dated to the publication date", () => {
    const doc = analyze({ text: "Die Opposition kritisierte die Regierung scharf.", published: "2025-09-04" });
    expect(doc.events.map((e) => [e.date, e.dateFrom])).toEqual([["2025-09-04", "published"]]);
  });
});
