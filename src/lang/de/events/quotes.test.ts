import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";
import { code } from "./test-helpers.js";

describe("quote-linked events", () => {
  it("codes a threatening direct quote as THREATEN by the speaker and links the quote", () => {
    const doc = analyze({
      text: "„Jede Provokation an unserer Grenze werden wir mit aller Härte beantworten“, sagte der litauische Verteidigungsminister.",
      published: "2025-10-15",
    });
    const ev = doc.events.find((e) => e.type === "THREATEN");
    expect(ev?.actorCountry).toBe("LTU");
    expect(ev?.quote).toBe(doc.quotes[0]?.id);
  });

  it("makes the speaker the actor of 'X sei verantwortlich' in reported speech and X the target", () => {
    expect(code("Der ukrainische Außenminister sagte, Russland sei für den Angriff verantwortlich.")).toEqual([
      expect.objectContaining({ type: "ACCUSE", actor: "UKR", target: "RUS" }),
    ]);
  });

  it("puts the speaker in place of 'wir' inside a quote", () => {
    const evs = code("„Wir werden der Ukraine weitere Luftabwehrsysteme liefern“, sagte Bundeskanzler Merz.");
    expect(evs.find((e) => e.type === "AGREE" || e.type === "AID")).toMatchObject({
      actor: "DEU",
      target: "UKR",
      future: true,
    });
  });

  it("codes no event for a neutral quote", () => {
    expect(code("„Das Wetter war heute schön“, sagte der Bürgermeister.")).toEqual([]);
  });

  it("marks a negated statement inside a quote", () => {
    const evs = code(
      "„Wir werden keine Truppen in die Ukraine entsenden“, sagte der italienische Verteidigungsminister.",
    );
    expect(evs.find((e) => e.type === "MOBILIZE")).toMatchObject({ actor: "ITA", negated: true });
  });
});
