import { describe, expect, it } from "vitest";
import { analyseIeren } from "./ieren.js";
import { lexicon } from "./index.js";

const L = lexicon();

describe("rule family: regular -ieren verbs missing from the dictionary", () => {
  it("analyses unlisted -ieren forms with lemma and features", () => {
    expect(L.isListed("boykottierte")).toBe(false);
    expect(L.verbLemma("boykottierte")).toBe("boykottieren");
    expect(L.verb("boykottierte")).toContainEqual({
      lemma: "boykottieren",
      mood: "ind",
      tense: "past",
      person: 3,
      number: "sg",
    });
    expect(L.participleLemma("boykottiert")).toBe("boykottieren");
    expect(L.pos("Boykottieren")).toContain("VERB");
  });

  it("marks the Konjunktiv I forms that differ from the indicative", () => {
    expect(L.isDistinctSubj1("boykottiere")).toBe(true);
    expect(L.isDistinctSubj1("boykottiert")).toBe(false);
    expect(L.isDistinctSubj1("boykottieren")).toBe(false);
  });

  it("does not apply to listed words or to non-verbs", () => {
    expect(L.verb("Papiere").some((a) => a.lemma === "papieren")).toBe(false);
    expect(L.verb("Positionspapiere")).toEqual([]);
    expect(L.pos("Positionspapiere")).toEqual(["NOUN"]);
    expect(analyseIeren("bier")).toBeNull();
    expect(analyseIeren("vierte")).toBeNull();
    expect(analyseIeren("xyier-te")).toBeNull();
    expect(analyseIeren("boykottierung")).toBeNull();
  });
});

describe("inflected participles used as adjectives", () => {
  it.each([
    ["angekündigten", "ankündigen"],
    ["zurückgewiesene", "zurückweisen"],
    ["eingeladenen", "einladen"],
  ])("%s → %s", (form, lemma) => {
    expect(L.participleLemma(form)).toBe(lemma);
  });

  it("does not invent participles", () => {
    expect(L.participleLemma("großen")).toBeNull();
    expect(L.participleLemma("Regierungen")).toBeNull();
  });
});
