import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline/analyze.js";
import { code, one } from "./test-helpers.js";

describe("actor and target: subject position, passive without auxiliary, reported passives", () => {
  it("does not let the object stand in for a subject that names no actor (Die Gruppe plünderte Gebäude der …)", () => {
    expect(code("Die Gruppe plünderte dort Gebäude der Verwaltung und der Polizei.")).toEqual([]);
  });

  it("still finds a subject whose capitalised adjective the chunker splits off (Das Auswärtige Amt verurteilte …)", () => {
    expect(one("Das Auswärtige Amt verurteilte den russischen Luftangriff auf Odessa.")).toMatchObject({
      type: "ACCUSE",
      target: "RUS",
    });
  });

  it("reads a headline participle without auxiliary as passive: the named people are the target", () => {
    const e = one("Zwei Journalisten im Norden Syriens von Rebellen getötet");
    expect(e).toMatchObject({ type: "ASSAULT", actor: "SYR", target: "SYR" });
    const [ev] = analyze({
      text: "Zwei Journalisten im Norden Syriens von Rebellen getötet",
      published: "2025-10-15",
    }).events;
    expect(ev.actorText).toBe("Rebellen");
  });

  it("keeps a sentence-initial country adjective with its noun (Malische Soldaten zerstörten …)", () => {
    const e = one("Malische Soldaten zerstörten ein Lager der Rebellen.");
    expect(e).toMatchObject({ type: "ASSAULT", actor: "MLI" });
    expect(e?.target).not.toBe("Soldaten");
  });

  it("does not make the speaker the actor of a passive clause he reports (ob … getötet wurden)", () => {
    expect(
      code("Der moldauische Außenminister Ion Brega äußerte sich nicht dazu, ob die drei Landsleute getötet wurden.")
        .map((e) => e.actor)
        .includes("MDA"),
    ).toBe(false);
  });
});
