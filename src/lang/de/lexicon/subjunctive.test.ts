import { describe, expect, it } from "vitest";
import { lexicon } from "./index.js";

const L = lexicon();

describe("Konjunktiv I (isDistinctSubj1)", () => {
  it.each(["sei", "seien", "seist", "habe", "habest", "werde", "könne", "müsse", "gebe", "stehe", "unterstütze"])(
    "%s is a distinct Konjunktiv I form",
    (form) => {
      expect(L.isDistinctSubj1(form)).toBe(true);
    },
  );

  it.each(["haben", "werden", "können", "ist", "hat", "wird", "kann", "gibt", "steht", "unterstützt", "sagte", "wäre"])(
    "%s is not a distinct Konjunktiv I form",
    (form) => {
      expect(L.isDistinctSubj1(form)).toBe(false);
    },
  );

  it("keeps the subj1 analyses with person and number", () => {
    const a = L.verb("habe").filter((x) => x.mood === "subj1");
    expect(a).toContainEqual({ lemma: "haben", mood: "subj1", tense: "pres", person: 3, number: "sg" });
    expect(L.verb("seien")).toContainEqual({ lemma: "sein", mood: "subj1", tense: "pres", person: 3, number: "pl" });
  });

  it("does not flag articles, pronouns and adjectives that look like Konjunktiv I of rare verbs", () => {
    for (const f of ["eine", "einige", "lange", "deutsche", "bessere", "klare"]) {
      const all = [...L.verb(f), ...L.splitVerb(f)];
      expect(all.some((a) => a.mood === "subj1")).toBe(true);
      expect(L.isDistinctSubj1(f)).toBe(false);
    }
  });

  it("recognises Konjunktiv I of separated particle verbs by their finite part", () => {
    // "Er kündige Gespräche an": "kündige" ≠ "kündigt"
    expect(L.isDistinctSubj1("kündige")).toBe(true);
    expect(L.splitVerb("kündige").some((a) => a.lemma === "ankündigen" && a.mood === "subj1")).toBe(true);
    expect(L.splitVerb("weise").some((a) => a.lemma === "zurückweisen" && a.mood === "subj1")).toBe(true);
  });
});

describe("Konjunktiv II (isSubj2)", () => {
  it.each(["wäre", "hätte", "würde", "könnte", "müsste", "sollte", "gäbe", "käme", "ginge", "wären", "hätten"])(
    "%s can be Konjunktiv II",
    (form) => {
      expect(L.isSubj2(form)).toBe(true);
    },
  );

  it.each(["ist", "war", "hat", "hatte", "wurde", "kann", "konnte", "gab", "kam", "ging", "sei", "Haus"])(
    "%s cannot be Konjunktiv II",
    (form) => {
      expect(L.isSubj2(form)).toBe(false);
    },
  );

  it("separates forms that differ from the Präteritum from those identical to it", () => {
    for (const f of ["wäre", "hätte", "würde", "könnte", "gäbe", "käme", "müsste"])
      expect(L.isDistinctSubj2(f)).toBe(true);
    for (const f of ["sollte", "sagte", "wollte", "war"]) expect(L.isDistinctSubj2(f)).toBe(false);
    // Konjunktiv II of fahren/dringen, but also the indicative of führen/drängen
    for (const f of ["führen", "drängen", "einführen"]) expect(L.isDistinctSubj2(f)).toBe(false);
  });
});
