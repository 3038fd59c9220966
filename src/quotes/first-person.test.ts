import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline/analyze.js";

describe("first person inside a statement", () => {
  it("links ich to the speaker of the quotation and wir to the speaker's country", () => {
    const text =
      "Wladimir Putin sprach über Russland. „Ich halte nichts davon, wegzuschauen. Wir haben genug getan“, sagte Putin.";
    const doc = analyze({ text, published: "2025-09-04" });
    const byId = new Map(doc.entities.map((e) => [e.id, e.name]));
    const ich = doc.mentions.find((m) => m.text === "Ich");
    const wir = doc.mentions.find((m) => m.text === "Wir");
    expect(ich && byId.get(ich.entity ?? "")).toBe("Wladimir Putin");
    expect(ich?.via).toBe("quote-speaker");
    expect(wir && byId.get(wir.entity ?? "")).toBe("Russland");
  });

  it("leaves ich outside any statement to the coreference rules", () => {
    const doc = analyze({ text: "Ich weiß es nicht.", published: "2016-01-20" });
    expect(doc.mentions.find((m) => m.text === "Ich")?.entity ?? null).toBeNull();
  });
});
