import { describe, expect, it } from "vitest";
import { german } from "../resources.js";
import { VerbLemmas } from "./lemma.js";
import { code } from "./test-helpers.js";

const lemmas = new VerbLemmas(german().lexicon);
const verbReadings = (w: string) => lemmas.readings(w);

describe("verb forms to dictionary lemmas", () => {
  it("reads the finite part of a separable verb with its particle", () => {
    expect(verbReadings("wies")).toContainEqual({ lemma: "zurückweisen", kind: "S", particle: "zurück" });
    expect(verbReadings("lud")).toContainEqual({ lemma: "einladen", kind: "S", particle: "ein" });
  });

  it("reads participles and zu-infinitives", () => {
    expect(verbReadings("zugesichert")).toContainEqual({ lemma: "zusichern", kind: "P", particle: null });
    expect(verbReadings("angegriffen")).toContainEqual({ lemma: "angreifen", kind: "P", particle: null });
    expect(verbReadings("zuzulassen")).toContainEqual({ lemma: "zulassen", kind: "Z", particle: null });
  });

  it("keeps both readings of a form that is finite and participle", () => {
    const kinds = verbReadings("empfangen").map((r) => r.kind);
    expect(kinds).toContain("P");
    expect(kinds).toContain("I");
  });

  it("falls back to suffix rules for a misspelt form ('ludt' → lud → einladen)", () => {
    expect(verbReadings("ludt")).toContainEqual({ lemma: "einladen", kind: "S", particle: "ein" });
  });

  it("gives nothing for words that are no form of a dictionary verb", () => {
    expect(verbReadings("haus")).toEqual([]);
    expect(verbReadings("am")).toEqual([]);
  });
});

describe("present participles are no verb forms", () => {
  it("reads no event into 'billigend in Kauf genommen'", () => {
    expect(lemmas.readings("billigend")).toEqual([]);
    expect(lemmas.readings("billigte").map((r) => r.lemma)).toContain("billigen");
    expect(code("Berlin – Die Angeklagten haben den Tod des Mannes billigend in Kauf genommen.")).toEqual([]);
  });
});
