import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { lexicon, lexiconPath, loadLexicon } from "./index.js";

const L = lexicon();

describe("verb analyses and lemmas", () => {
  it("analyses finite forms with lemma, mood, tense, person and number", () => {
    expect(L.verb("wies")).toContainEqual({ lemma: "weisen", mood: "ind", tense: "past", person: 3, number: "sg" });
    expect(L.verb("wird")).toEqual([{ lemma: "werden", mood: "ind", tense: "pres", person: 3, number: "sg" }]);
    expect(L.verb("einzuladen")).toContainEqual({
      lemma: "einladen",
      mood: "zuinf",
      tense: null,
      person: null,
      number: null,
    });
  });

  it("gives the most plausible lemma", () => {
    expect(L.verbLemma("sagte")).toBe("sagen");
    expect(L.verbLemma("wurde")).toBe("werden");
    expect(L.verbLemma("sollte")).toBe("sollen");
    expect(L.verbLemma("lud")).toBe("laden");
    expect(L.verbLemma("gewesen")).toBe("sein");
  });

  it("finds verbs capitalised at sentence start", () => {
    expect(L.verbLemma("Sei")).toBe("sein");
    expect(L.verbLemma("Habe")).toBe("haben");
    expect(L.isDistinctSubj1("Sei")).toBe(true);
    expect(L.isSubj2("Wäre")).toBe(true);
  });

  it("normalises decomposed umlauts", () => {
    expect(L.verbLemma("ka\u0308me")).toBe("kommen");
    expect(L.isSubj2("Wa\u0308re")).toBe(true);
  });

  it("knows reformed ss spellings of old ß forms", () => {
    expect(L.verbLemma("wusste")).toBe("wissen");
    expect(L.verbLemma("wußte")).toBe("wissen");
    expect(L.verbLemma("schloss")).toBe("schließen");
    expect(L.isSubj2("müsste")).toBe(true);
  });

  it("returns [] and null for unknown words", () => {
    expect(L.verb("ludt")).toEqual([]);
    expect(L.verb("Putin")).toEqual([]);
    expect(L.verbLemma("Präsident")).toBeNull();
    expect(L.verb("")).toEqual([]);
    expect(L.pos("Xqzvw")).toEqual([]);
  });
});

describe("word classes (pos) and common words", () => {
  it("tags auxiliaries and modals as VERB and AUX", () => {
    expect(L.pos("ist")).toEqual(["VERB", "AUX"]);
    expect(L.pos("könnte")).toEqual(["VERB", "AUX"]);
    expect(L.pos("sagte")).toEqual(["VERB"]);
  });

  it("tags nouns, adjectives and function words", () => {
    expect(L.pos("Regierung")).toContain("NOUN");
    expect(L.pos("Regierungen")).toContain("NOUN");
    expect(L.pos("russische")).toContain("ADJ");
    expect(L.pos("Die")).toEqual(["OTHER"]);
    expect(L.pos("essen")).toEqual(expect.arrayContaining(["VERB", "NOUN"]));
  });

  it("treats capitalised common words at sentence start as common words", () => {
    for (const w of ["Die", "Nach", "Laut", "Regierung", "Sprecher", "Gestern", "Auch", "Neue"]) {
      expect(L.isCommonWord(w)).toBe(true);
    }
  });

  it("does not treat names or acronyms as common words", () => {
    for (const w of ["Putin", "Kim", "Moskau", "Pjöngjang", "Berlin", "AFP", "ADAC", "Xqzvw"]) {
      expect(L.isCommonWord(w)).toBe(false);
    }
  });

  it("loads the compiled table once per process", () => {
    expect(L.size).toBeGreaterThan(100_000);
    expect(lexicon()).toBe(L);
  });
});

describe("rule-based analysis of unlisted words", () => {
  it("splits compounds into a listed modifier (with linking element) and head", () => {
    expect(L.compound("Verteidigungsvertrag")).toEqual({ modifier: "verteidigungs", head: "vertrag" });
    expect(L.compound("Staatschef")).toEqual({ modifier: "staats", head: "chef" });
    expect(L.compound("Reuters-Bericht")).toEqual({ modifier: "reuters-", head: "bericht" });
    expect(L.compound("Putin")).toBeNull();
    expect(L.compound("Pjöngjang")).toBeNull();
  });

  it("treats unlisted compounds of common words as common nouns", () => {
    for (const w of ["Verteidigungsvertrag", "Militärparade", "Gästeunterkunft", "Nachrichtenagentur"]) {
      expect(L.pos(w)).toEqual(["NOUN"]);
      expect(L.isCommonWord(w)).toBe(true);
      expect(L.isListed(w)).toBe(false);
    }
  });

  it("does not treat compounds with a place or surname head, or hyphenated words, as common words", () => {
    for (const w of ["Russland", "Deutschland", "Bergmann", "EU-Kommission", "Reuters-Bericht"]) {
      expect(L.isCommonWord(w)).toBe(false);
      expect(L.pos(w)).toEqual([]);
    }
  });

  it("recognises comparatives, superlatives and -isch adjectives", () => {
    for (const w of ["größer", "größere", "größter", "neueste", "nordkoreanische", "westrussischen", "besser"]) {
      expect(L.pos(w)).toContain("ADJ");
    }
    expect(L.pos("Lehrer")).not.toContain("ADJ");
    expect(L.pos("Fisch")).not.toContain("ADJ");
  });
});

describe("table look-ups", () => {
  it("finds the keys of the table (its membership filter has no false negatives)", () => {
    const lines = gunzipSync(readFileSync(lexiconPath())).toString("latin1").split("\n").slice(2);
    let checked = 0;
    for (let k = 0; k < lines.length; k += 7) {
      const key = lines[k].slice(0, lines[k].indexOf("\t"));
      if (!key) continue;
      expect(L.isListed(key), key).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(40_000);
    expect(L.isListed("xqzvbörk")).toBe(false);
  });

  it("answers a form alike whichever capitalisation is asked first", () => {
    const fresh = loadLexicon(lexiconPath());
    for (const [a, b] of [
      ["Sei", "sei"],
      ["verteidigungsvertrag", "Verteidigungsvertrag"],
      ["NORDKOREANISCHE", "nordkoreanische"],
    ]) {
      expect(fresh.pos(a)).toEqual(L.pos(b));
      expect(fresh.isCommonWord(a)).toBe(L.isCommonWord(b));
      expect(fresh.verb(a)).toEqual(L.verb(b));
    }
  });
});
