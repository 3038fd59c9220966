import { describe, expect, it } from "vitest";
import { byName, link, mentionTexts, tags } from "../lang/de/entities/testing.js";
import type { NerType } from "./context.js";

function linkTagged(text: string, spans: readonly (readonly [string, NerType])[]) {
  return link(text, "2016-02-20", tags(text, spans));
}

describe("abbreviations are no names (issue 19)", () => {
  it("does not make the last part of 'a. D.' in a role phrase a person", () => {
    const text = "Der General a. D., der seit Monaten am Pranger steht, schwieg.";
    const ents = linkTagged(text, [["D.", "PER"]]);
    expect(byName(ents, "D.")).toBeUndefined();
  });

  it("starts a tagged name after an abbreviation that covers its first word ('i. R. Kowalski')", () => {
    const text = "Das sagte Bischof i. R. Kowalski am Montag.";
    const ents = linkTagged(text, [["R. Kowalski", "PER"]]);
    expect(byName(ents, "R. Kowalski")).toBeUndefined();
    expect(mentionTexts(byName(ents, "Kowalski"))).toEqual(["Kowalski"]);
  });

  it("ends a tagged name before an abbreviation ('Kowalski u. a.')", () => {
    const text = "Es sprachen Jan Kowalski u. a. über die Lage.";
    const ents = linkTagged(text, [["Jan Kowalski u.", "PER"]]);
    expect(mentionTexts(byName(ents, "Jan Kowalski"))).toEqual(["Jan Kowalski"]);
  });

  it("does not make one letter alone a name ('Gruppe A.', 'Typ C'), but after an honorific ('Frau K.')", () => {
    const text = "Russland liegt auf Rang zwei der Gruppe A. Der Anschluss ist vom Typ C und schnell.";
    const ents = linkTagged(text, [
      ["A.", "PER"],
      ["C", "MISC"],
    ]);
    expect(ents.filter((e) => e.name === "A." || e.name === "C")).toEqual([]);
    const honorific = "Das bestätigte Frau K. am Montag.";
    expect(byName(linkTagged(honorific, [["K.", "PER"]]), "K.")?.type).toBe("PER");
  });

  it("keeps initials that belong to a name ('George W. Bush', 'Husam M.')", () => {
    const text = "George W. Bush traf Husam M. in Berlin.";
    const ents = linkTagged(text, [
      ["George W. Bush", "PER"],
      ["Husam M.", "PER"],
    ]);
    expect(byName(ents, "George W. Bush")?.type).toBe("PER");
    expect(byName(ents, "Husam M.")?.type).toBe("PER");
  });
});
