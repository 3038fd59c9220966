import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Kb, kb, kbMissing } from "./index.js";

const missing = kbMissing() || Object.keys(kb().extendedCounts()).length === 0;
const REASON = missing ? " (skipped: data/kb/kb.de.ext.* not built)" : "";

/** Name of the holder, or the status when there is none. */
function holder(k: Kb, scope: string, role: string, date: string | null): string {
  const h = k.holderAt(scope, role, date);
  return h.status === "found" ? h.holder.name : h.status;
}
const first = (k: Kb, surface: string, country?: string): string | null | undefined =>
  k.candidates(surface, { country })[0]?.entry.wikidata;

describe.skipIf(missing)(`extended knowledge base: names${REASON}`, () => {
  const k = kb();

  it("finds people by their German name forms, English spellings and diacritic-free names", () => {
    expect(first(k, "Wladimir Putin")).toBe("Q7747");
    expect(first(k, "Vladimir Putin")).toBe("Q7747");
    expect(first(k, "Sergej Lawrow")).toBe("Q58217"); // the curated entry, enriched with its Wikidata id
    expect(first(k, "Wolodymyr Selenskyj")).toBe("Q3874799");
    expect(first(k, "Recep Tayyip Erdogan")).toBe("Q39259");
    expect(first(k, "Wen Jiabao")).toBe("Q16628");
    expect(first(k, "Barack Obama")).toBe("Q76");
    expect(first(k, "Jeremy Corbyn")).toBe("Q291169");
    // the German transcription of an English label (no German source has it) becomes the name
    const kasyanov = k.candidates("Mikhail Kasyanov")[0];
    expect(kasyanov).toMatchObject({ form: "alias", layer: "extended" });
    expect(kasyanov.entry).toMatchObject({ name: "Michail Kasjanow", wikidata: "Q62551", country: "RUS", type: "PER" });
  });

  it("finds German and Austrian politicians by their German labels, without academic titles", () => {
    expect(k.candidates("Sigmar Gabriel")[0]?.entry).toMatchObject({ wikidata: "Q160902", country: "DEU" });
    expect(k.candidates("Norbert Hofer")[0]?.entry).toMatchObject({ wikidata: "Q1996861", name: "Norbert Hofer" });
    expect(k.candidates("Heinz Christian Strache")[0]?.entry.wikidata).toBe("Q44733");
  });

  it("tries the name without a genitive -s only when the surface itself matches nothing", () => {
    expect(k.candidates("Werner Faymanns")[0]).toMatchObject({ form: "genitive" });
    expect(k.candidates("Werner Faymanns")[0]?.entry.wikidata).toBe("Q53282");
    expect(k.candidates("Paris")[0]?.form).not.toBe("genitive");
  });

  it("has the parties news names, by short form, with the country", () => {
    for (const [surface, country, qid] of [
      ["SPÖ", "AUT", "Q179111"],
      ["ÖVP", "AUT", "Q186867"],
      ["FPÖ", "AUT", "Q131692"],
      ["Neos", "AUT", "Q13564543"],
      ["NEOS", "AUT", "Q13564543"],
      ["Team Stronach", "AUT", "Q103748"],
      ["Labour", "GBR", "Q9630"],
      ["Syriza", "GRC", "Q222897"],
      ["AKP", "TUR", "Q19077"],
      ["PiS", "POL", "Q156874"],
    ]) {
      const c = k.candidates(surface, { country })[0];
      expect(c?.entry, surface).toMatchObject({ type: "ORG", country, wikidata: qid });
    }
  });

  it("keeps same-named parties of different countries apart: Grüne in Austria ≠ Grüne in Germany", () => {
    const at = k.candidates("Grünen", { country: "AUT" });
    const de = k.candidates("Grünen", { country: "DEU" });
    expect(at[0]?.entry).toMatchObject({ country: "AUT", wikidata: "Q193178" });
    expect(de[0]?.entry).toMatchObject({ country: "DEU", wikidata: "Q49766" });
    expect(at.map((c) => c.entry.country)).toEqual(expect.arrayContaining(["AUT", "DEU", "CHE"]));
  });

  it("has organisations news names with country and Wikidata id", () => {
    expect(k.candidates("Deutsche Bank")[0]?.entry).toMatchObject({ country: "DEU", wikidata: "Q66048", type: "ORG" });
    expect(k.candidates("IG Metall")[0]?.entry).toMatchObject({ country: "DEU", wikidata: "Q694821" });
    expect(k.candidates("Verdi")[0]?.entry).toMatchObject({ country: "DEU", wikidata: "Q547951" });
    expect(k.candidates("VW")[0]?.entry.wikidata).toBe("Q156578");
    expect(k.candidates("ÖBB")[0]?.entry).toMatchObject({ country: "AUT", wikidata: "Q83822" });
    // a core entry enriched by a source keeps its rank: the UN before a brand called Uno
    expect(first(k, "Uno")).toBe("Q1065");
    expect(first(k, "UN")).toBe("Q1065");
  });

  it("knows a person's country, offices and party from the sources", () => {
    const strache = k.facts("per:Q44733");
    expect(k.entity("per:Q44733")?.country).toBe("AUT");
    expect(strache?.parties).toContain("org:fpoe");
    expect(strache?.terms).toContainEqual({
      scope: "AUT",
      roles: ["vice_chancellor"],
      start: "2017-12-18",
      end: "2019-05-18",
    });
    expect(k.facts("per:Q160902")?.parties).toEqual(["org:spd"]);
    expect(k.byWikidata("Q76")?.name).toBe("Barack Obama");
    // notability prior: a head of government above a backbencher
    expect(k.facts("per:Q53282")?.prior).toBeGreaterThan(k.facts("per:Q15850803")?.prior ?? 100);
  });

  it("returns every person of a surname but links none on the surname alone", () => {
    for (const s of ["Kurz", "Lee", "Frank", "Fischer"]) {
      expect(k.personsBySurname(s).length, s).toBeGreaterThan(1);
      expect(k.resolveSurname(s, {}), s).toBeNull();
      expect(k.resolveSurname(s, { countries: ["AUT", "KOR", "DEU"] }), `${s} without a date`).toBeNull();
    }
    expect(k.isCommonSurname("Kurz")).toBe(true);
    expect(k.isCommonSurname("Putin")).toBe(false);
  });

  it("links a surname to the one holder of an office in the article's country on its date", () => {
    expect(k.resolveSurname("Kurz", { date: "2016-01-20", countries: ["AUT"] })?.entry.wikidata).toBe("Q2262885");
    expect(k.resolveSurname("Kurz", { date: "2005-01-20", countries: ["AUT"] })).toBeNull(); // not yet in office
    expect(k.resolveSurname("Kurz", { date: "2016-01-20", countries: ["DEU"] })).toBeNull(); // wrong country
    expect(k.resolveSurname("Lee", { date: "2025-08-01", countries: ["KOR"] })?.entry.name).toBe("Lee Jae-myung");
    expect(k.resolveSurname("Merkel", { date: "2016-01-20", countries: ["DEU"] })?.entry.wikidata).toBe("Q567");
    expect(k.resolveSurname("Frank", { date: "2016-01-20", countries: ["DEU"] })).toBeNull();
    // with a role word the office must be that one
    expect(k.resolveSurname("Kurz", { date: "2016-01-20", countries: ["AUT"], roles: ["chancellor"] })).toBeNull();
  });

  it("links a surname to a full name seen earlier in the document, also in the genitive", () => {
    const r = k.resolveSurname("Straches", { linked: ["per:Q44733"] });
    expect(r?.entry.wikidata).toBe("Q44733");
    expect(r?.reason).toContain("earlier");
  });
});

describe.skipIf(missing)(`extended knowledge base: offices over time${REASON}`, () => {
  const k = kb();

  it("gives the holder of an office on a date, before, during and after a term", () => {
    expect(holder(k, "AUT", "foreign_minister", "2016-01-20")).toBe("Sebastian Kurz");
    expect(holder(k, "AUT", "foreign_minister", "2013-06-01")).toBe("Michael Spindelegger");
    expect(holder(k, "AUT", "foreign_minister", "2018-06-01")).toBe("Karin Kneissl");
    expect(holder(k, "AUT", "chancellor", "2016-01-20")).toBe("Werner Faymann");
    expect(holder(k, "USA", "president", "2016-05-01")).toBe("Barack Obama");
    expect(holder(k, "USA", "president", "2025-01-10")).toBe("Joe Biden");
    expect(holder(k, "USA", "president", "2025-03-10")).toBe("Donald Trump");
  });

  it("joins one person's terms from several rows and sources, and keeps regional offices out of national ones", () => {
    expect(holder(k, "GRC", "prime_minister", "2016-06-01")).toBe("Alexis Tsipras"); // two terms in 2015
    expect(holder(k, "NLD", "prime_minister", "2016-06-01")).toBe("Mark Rutte"); // four cabinets, one start
    expect(holder(k, "SYR", "president", "2016-06-01")).toBe("Baschar al-Assad"); // a repository without positions
    expect(holder(k, "ESP", "prime_minister", "2016-06-01")).toBe("Mariano Rajoy"); // not the President of Aragon
    expect(holder(k, "RUS", "president", "2025-06-01")).toBe("Wladimir Putin"); // confirmed by persons.tsv
  });

  it("counts the last day of a term as the first of the next", () => {
    expect(holder(k, "DEU", "chancellor", "2005-11-21")).toBe("Gerhard Schröder");
    expect(holder(k, "DEU", "chancellor", "2005-11-22")).toBe("Angela Merkel");
  });

  it("says so instead of guessing: no date, a vacancy, an unknown office, a date after the sources", () => {
    expect(k.holderAt("AUT", "chancellor", null).status).toBe("no-date");
    expect(k.holderAt("AUT", "chancellor", "").status).toBe("no-date");
    expect(k.holderAt("AUT", "chancellor", "gestern").status).toBe("no-date");
    // Germany between Wulff's resignation and Gauck; Austria between Fischer and Van der Bellen
    expect(k.holderAt("DEU", "president", "2012-03-01").status).toBe("none");
    expect(k.holderAt("AUT", "president", "2016-09-01").status).toBe("none");
    expect(k.holderAt("ATA", "president", "2016-09-01").status).toBe("unknown-office");
    const late = k.holderAt("RUS", "interior_minister", "2025-03-01");
    expect(late.status).toBe("after-coverage");
    // the current holder of persons.tsv is not returned for a date without evidence either
    const role = k.roleNoun("Kremlchef");
    expect(role && k.holderForAt(role, undefined).status).toBe("no-date");
    expect(role && k.holderForAt(role, "2010-01-01")).toMatchObject({
      status: "found",
      holder: { name: "Dmitri Medwedew" },
    });
  });

  it("keeps Swiss, Austrian and German offices apart", () => {
    const at = k.roleNounIn("Bundeskanzler", "AUT");
    const ch = k.roleNounIn("Bundeskanzler", "CHE");
    const de = k.roleNounIn("Bundeskanzlerin", "DEU");
    expect(at?.roles).toContain("chancellor");
    expect(ch?.roles).toEqual(["chancellery_head"]); // the Swiss Bundeskanzler heads the Federal Chancellery
    expect(k.roleNounIn("Bundeskanzler", "FRA")).toBeUndefined();
    expect(at && k.holderForAt(at, "2016-01-20")).toMatchObject({ holder: { name: "Werner Faymann" } });
    expect(de && k.holderForAt(de, "2016-01-20")).toMatchObject({ holder: { wikidata: "Q567" } });
    const bp = k.roleNounIn("Bundespräsident", "CHE");
    expect(bp && k.holderForAt(bp, "2016-05-01")).toMatchObject({ holder: { name: "Johann Schneider-Ammann" } });
    expect(k.roleNounScopes("Bundespräsidentin")).toEqual(["DEU", "AUT", "CHE"]);
    // a noun bound to one country keeps it
    expect(k.roleNounIn("Kremlchef", "AUT")?.country).toBe("RUS");
  });

  it("resolves state organs by country: Schweizer Bundesrat ≠ deutscher Bundesrat", () => {
    expect(k.candidates("Bundesrat", { country: "CHE" })[0]?.entry).toMatchObject({ country: "CHE", type: "ORG" });
    expect(k.candidates("Bundesrat", { country: "DEU" })[0]?.entry.id).toBe("org:bundesrat");
    expect(k.candidates("Schweizer Bundesrat")[0]?.entry.country).toBe("CHE");
    expect(k.candidates("Nationalrat", { country: "AUT" })[0]?.entry).toMatchObject({
      country: "AUT",
      wikidata: "Q871363",
    });
    // the core lookup (and matchAt) are unchanged: one German Bundesrat
    expect(k.lookup("Bundesrat").map((e) => e.country)).toEqual(["DEU"]);
  });

  it("has Austria's state governors", () => {
    const tirol = k.candidates("Tirol", { kinds: ["region"] })[0]?.entry.id;
    expect(tirol && holder(k, tirol, "governor", "2016-01-20")).toBe("Günther Platter");
    expect(tirol && holder(k, tirol, "governor", "2023-01-20")).toBe("Anton Mattle");
  });
});

describe.skipIf(missing)(`extended knowledge base files${REASON}`, () => {
  it("come from one build with the core: the overlay points at core entries of the same id", () => {
    const dir = fileURLToPath(new URL("../../data/kb/", import.meta.url));
    const ext = JSON.parse(readFileSync(`${dir}kb.de.ext.json`, "utf8")) as {
      coreEntries: number;
      overlay: Record<string, number>;
    };
    const core = readFileSync(`${dir}kb.de.entries.tsv`, "utf8").split("\n");
    const lines = readFileSync(`${dir}kb.de.ext.entries.tsv`, "utf8").split("\n");
    expect(ext.coreEntries).toBe(core.length);
    const bad: string[] = [];
    for (const [c, x] of Object.entries(ext.overlay)) {
      const id = core[Number(c)].split("\t")[0];
      const f = lines[x].split("\t");
      if (f[0] !== id || f[9] !== c) bad.push(`${c} ${id} → ${x} ${f[0]}`);
    }
    expect(bad).toEqual([]);
  });
});
