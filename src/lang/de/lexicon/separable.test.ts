import { describe, expect, it } from "vitest";
import { lexicon, SEPARABLE_PARTICLES } from "./index.js";

const L = lexicon();

describe("separable verbs (separableLemma)", () => {
  it.each([
    ["lud", "ein", "einladen"],
    ["lädt", "ein", "einladen"],
    ["lade", "ein", "einladen"],
    ["wies", "zurück", "zurückweisen"],
    ["sagte", "zu", "zusagen"],
    ["kündigte", "an", "ankündigen"],
    ["warf", "vor", "vorwerfen"],
    ["räumte", "ein", "einräumen"],
    ["teilte", "mit", "mitteilen"],
    ["forderte", "auf", "auffordern"],
    ["rief", "auf", "aufrufen"],
    ["wies", "hin", "hinweisen"],
    ["schloss", "aus", "ausschließen"],
    ["schloß", "aus", "ausschließen"],
    ["nahm", "teil", "teilnehmen"],
    ["fand", "statt", "stattfinden"],
  ])("%s … %s → %s", (form, particle, lemma) => {
    expect(L.separableLemma(form, particle)).toBe(lemma);
  });

  it("ignores capitalisation of the verb and the particle", () => {
    expect(L.separableLemma("Lud", "Ein")).toBe("einladen");
  });

  it("returns null when no such particle verb exists", () => {
    expect(L.separableLemma("ging", "xyz")).toBeNull();
    expect(L.separableLemma("sagte", "zurück")).toBeNull();
    expect(L.separableLemma("Haus", "ein")).toBeNull();
    // unterstützen is inseparable: "stützt … unter" is not a form of it
    expect(L.separableLemma("stützt", "unter")).toBeNull();
  });

  it("knows the joined forms of verb-final clauses", () => {
    expect(L.verbLemma("zurückwies")).toBe("zurückweisen");
    expect(L.verbLemma("einlud")).toBe("einladen");
    expect(L.verb("ankündigte")).toContainEqual({
      lemma: "ankündigen",
      mood: "ind",
      tense: "past",
      person: 3,
      number: "sg",
    });
  });

  it("exports the separable particle set", () => {
    for (const p of ["ab", "an", "auf", "aus", "ein", "zurück", "zusammen", "weiter", "hervor", "heraus"]) {
      expect(SEPARABLE_PARTICLES.has(p)).toBe(true);
    }
    expect(SEPARABLE_PARTICLES.has("ver")).toBe(false);
    expect(SEPARABLE_PARTICLES.has("be")).toBe(false);
  });
});

describe("past participles (participleLemma)", () => {
  it.each([
    ["zugesichert", "zusichern"],
    ["eingeladen", "einladen"],
    ["zurückgewiesen", "zurückweisen"],
    ["angekündigt", "ankündigen"],
    ["beschossen", "beschießen"],
    ["gesagt", "sagen"],
    ["gewesen", "sein"],
    ["unterstützt", "unterstützen"],
  ])("%s → %s", (form, lemma) => {
    expect(L.participleLemma(form)).toBe(lemma);
  });

  it("returns null for forms that are not past participles", () => {
    expect(L.participleLemma("sagte")).toBeNull();
    expect(L.participleLemma("einladen")).toBeNull();
    expect(L.participleLemma("Präsident")).toBeNull();
    expect(L.participleLemma("xyzgesagt")).toBeNull();
  });
});
