import { describe, expect, it } from "vitest";
import { byName, link, mentionTexts } from "../lang/de/entities/testing.js";

describe("anaphoric heads of country long forms", () => {
  it("links 'Volksrepublik' to the most recently mentioned people's republic", () => {
    const ents = link("Nordkorea schickte Truppen. Chinas größte Parade seit Gründung der Volksrepublik fand statt.");
    expect(mentionTexts(byName(ents, "China"))).toEqual(["Chinas", "Volksrepublik"]);
    expect(mentionTexts(byName(ents, "Nordkorea"))).toEqual(["Nordkorea"]);
  });

  it("leaves the head alone when no such country was mentioned", () => {
    expect(link("Seit Gründung der Volksrepublik ist viel passiert.")).toEqual([]);
  });

  it("links 'Islamische Republik' to Iran", () => {
    const ents = link("Der Iran drohte. Die Islamische Republik werde reagieren.");
    expect(mentionTexts(byName(ents, "Iran"))).toEqual(["Iran", "Islamische Republik"]);
  });
});
