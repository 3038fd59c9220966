import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";

describe("one event per happening", () => {
  it("marks the headline's event that the body reports again as a repeat, not the body's", () => {
    const doc = analyze({
      text: "Russland greift Kiew an\nRussland hat in der Nacht Kiew mit Raketen angegriffen.",
      published: "2024-03-01",
    });
    const assaults = doc.events.filter((e) => e.type === "ASSAULT");
    expect(assaults.map((e) => e.repeat === true)).toEqual([true, false]);
  });

  it("marks nothing as a repeat in a text without a headline line", () => {
    const doc = analyze({
      text: "Russland hat Kiew angegriffen. Russland hat in der Nacht Kiew mit Raketen angegriffen.",
      published: "2024-03-01",
    });
    expect(doc.events.some((e) => e.repeat)).toBe(false);
  });

  it("codes the statement about a material event a quotation reports", () => {
    const doc = analyze({
      text: "„Wahllose Angriffe auf Zivilisten sind Kriegsverbrechen“, sagte UN-Generalsekretär Guterres.",
      published: "2024-03-01",
    });
    expect(doc.events.map((e) => e.type)).toContain("ACCUSE");
  });
});
