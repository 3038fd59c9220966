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

  it("reads title and teaser before the dateline as the headline, and gives it the side the body names", () => {
    const doc = analyze({
      text: "Der Kongress hob die Immunität des Ex-Generals auf. Ein historischer Tag. Guatemala-Stadt – Als der Kongress am Dienstag einstimmig die Immunität von Präsident Otto Pérez aufhob, brach Jubel aus.",
      published: "2015-09-02",
    });
    const lifted = doc.events.filter((e) => e.type === "SANCTION");
    const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
    expect(lifted.map((e) => [e.repeat === true, name(e.target)])).toEqual([
      [true, "Otto Pérez"],
      [false, "Otto Pérez"],
    ]);
  });

  it("codes one sentence's act by one actor once, with the side it names", () => {
    const doc = analyze({
      text: "Istanbul – Die Polizisten drangen am Mittwoch in das Gebäude ein und wollten den Sender Bugün TV abschalten.",
      published: "2015-10-28",
    });
    const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
    expect(doc.events.filter((e) => e.type === "COERCE").map((e) => name(e.target))).toEqual(["Bugün TV"]);
  });

  it("codes the statement about a material event a quotation reports", () => {
    const doc = analyze({
      text: "„Wahllose Angriffe auf Zivilisten sind Kriegsverbrechen“, sagte UN-Generalsekretär Guterres.",
      published: "2024-03-01",
    });
    expect(doc.events.map((e) => e.type)).toContain("ACCUSE");
  });
});
