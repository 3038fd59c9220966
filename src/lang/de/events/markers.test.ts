import { describe, expect, it } from "vitest";
import { isPersonNoun, isPluralHead, prepIs, pronounKind } from "./markers.js";
import { type WordClass, wordClass } from "./words.js";

describe("the German answers to the event engine's word questions", () => {
  it("tells how a pronoun refers", () => {
    expect(pronounKind("sich")).toBe("reflexive");
    expect(pronounKind("die")).toBe("relative");
    expect(pronounKind("wir")).toBe("first-person");
    expect(pronounKind("er")).toBe("third-singular");
    expect(pronounKind("sie")).toBe("third-ambiguous");
    expect(pronounKind("man")).toBe("other");
  });

  it("tells what a preposition does", () => {
    expect(prepIs("im", "locative")).toBe(true);
    expect(prepIs("bei", "locative")).toBe(false);
    expect(prepIs("bei", "presence")).toBe(true);
    expect(prepIs("mit", "partner")).toBe(true);
    expect(prepIs("gegen", "party")).toBe(true);
    expect(prepIs("nach", "party")).toBe(false);
  });

  it("reads person nouns and plural collective heads by their endings", () => {
    expect(isPersonNoun("besucher")).toBe(true);
    expect(isPersonNoun("entscheidung")).toBe(false);
    expect(isPluralHead("demonstranten")).toBe(true);
    expect(isPluralHead("polizei")).toBe(false);
  });

  it("refuses a word class that function-words.tsv does not have", () => {
    expect(() => wordClass("no-such-class" as WordClass)).toThrow(/no class "no-such-class"/);
    expect(wordClass("marker.joint").has("bilateralen")).toBe(true);
  });
});

describe("act compounds of security bodies", () => {
  it("reads the police or military body before an act head", async () => {
    const { germanEventGrammar } = await import("./grammar.js");
    const { lexicon } = await import("../lexicon/index.js");
    const g = germanEventGrammar(lexicon());
    expect(g.actBody("Polizeieinsatz")).toBe("polizei");
    expect(g.actBody("Militäraktion")).toBe("militär");
    expect(g.actBody("Polizeigewalt")).toBe("polizei");
    expect(g.actBody("Rettungseinsatz")).toBeNull();
    expect(g.actBody("Regierungsaktion")).toBeNull();
  });
});
