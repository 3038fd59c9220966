import { describe, expect, it } from "vitest";
import { byName, link, mentionTexts } from "../lang/de/entities/testing.js";

describe("gazetteer mentions, metonymy and agencies", () => {
  it("types places with their country and Wikidata id; capitals stand for governments too", () => {
    const ents = link("Moskau wies die Vorwürfe zurück. In Peking und Kiew blieb es ruhig.");
    expect(byName(ents, "Moskau")).toMatchObject({ type: "LOC", country: "RUS", wikidata: "Q649" });
    expect(byName(ents, "Peking")?.country).toBe("CHN");
    expect(byName(ents, "Kiew")?.country).toBe("UKR");
  });

  it("links institutions named by metonymy to ORG entities with a country", () => {
    const ents = link("Der Kreml und das Weiße Haus schwiegen. Im Weißen Haus hieß es, man prüfe das.");
    expect(byName(ents, "Kreml")).toMatchObject({ type: "ORG", country: "RUS" });
    expect(mentionTexts(byName(ents, "Weißes Haus"))).toEqual(["Weiße Haus", "Weißen Haus"]);
  });

  it("merges inflected country forms into one entity", () => {
    const ents = link("Russland und Chinas Führung trafen sich. Russlands Präsident sprach über China.");
    expect(mentionTexts(byName(ents, "China"))).toEqual(["Chinas", "China"]);
    expect(mentionTexts(byName(ents, "Russland"))).toEqual(["Russland", "Russlands"]);
  });

  it("flags agencies and outlets with their ownership", () => {
    const ents = link("Das meldete die staatliche Agentur Tass. Reuters und die ARD berichteten ebenfalls.");
    expect(byName(ents, "Tass")).toMatchObject({ type: "ORG", country: "RUS", ownership: "state" });
    expect(byName(ents, "Reuters")?.ownership).toBe("private");
    expect(byName(ents, "ARD")?.ownership).toBe("public");
  });

  it("finds a name as the first part of a compound (Reuters-Bericht)", () => {
    const ents = link("Einem Reuters-Bericht zufolge fuhren sie zum Nato-Gipfel.");
    expect(mentionTexts(byName(ents, "Reuters"))).toEqual(["Reuters"]);
    expect(mentionTexts(byName(ents, "Nato"))).toEqual(["Nato"]);
  });

  it("takes an armed group as the first part of a compound before a place spelt alike (Hamas-Führung, not Hama)", () => {
    const ents = link("Die Hamas-Führung lehnte ab. Taliban-Kämpfer zogen ab.");
    expect(byName(ents, "Hamas")).toMatchObject({ type: "ORG", country: "PSE" });
    expect(byName(ents, "Hama")).toBeUndefined();
    expect(mentionTexts(byName(ents, "Taliban"))).toEqual(["Taliban"]);
  });

  it("knows international organisations by German names and abbreviations", () => {
    const ents = link("Die UNO, die Vereinten Nationen und die IAEO sowie die EU äußerten sich.");
    expect(mentionTexts(byName(ents, "Vereinte Nationen"))).toEqual(["UNO", "Vereinten Nationen"]);
    expect(byName(ents, "Internationale Atomenergiebehörde")?.wikidata).toBe("Q41984");
    expect(byName(ents, "Europäische Union")?.type).toBe("ORG");
  });

  it("prefers the region after 'Region'", () => {
    const ents = link("Sie kämpften in der Region Kursk.");
    expect(ents[0]?.kbId).toBe("region:RU-KRS");
  });
});

describe("negative cases", () => {
  it("does not make pronouns or common nouns at sentence start into entities", () => {
    expect(link("Sie sagte, es sei spät.")).toEqual([]);
    expect(link("Essen wurde serviert. Die Lage ist ernst.")).toEqual([]);
  });

  it("accepts a place that is also a common noun after a locative preposition", () => {
    const ents = link("Das Treffen fand in Essen statt.");
    expect(byName(ents, "Essen")).toMatchObject({ type: "LOC", country: "DEU" });
  });

  it("does not read an outlet name that is a common phrase as the outlet without a cue", () => {
    expect(byName(link("Die Zeit drängt."), "Die Zeit")).toBeUndefined();
    expect(byName(link("Das sagte er der Zeitung Bild."), "Bild")?.type).toBe("ORG");
  });
});

describe("gazetteer surfaces that are German words", () => {
  it("does not read an adverb that is an alternate city name as a place", () => {
    expect(link("Dabei kam es zu Protesten.")).toEqual([]);
  });

  it("keeps the tagger's person reading after an honorific", () => {
    const text = "Ich stimme Frau Roth zu.";
    const ents = link(text, null, [{ start: 3, end: 4, type: "PER" }]);
    expect(ents.map((e) => [e.name, e.type])).toEqual([["Roth", "PER"]]);
  });
});

describe("names outside the KB", () => {
  it("merges inflected forms of a tagged organisation into one entity named in the nominative", () => {
    const text = "Ein Sprecher der Deutschen Bahn sagte, die Deutsche Bahn prüfe das.";
    const ents = link(text, null, [
      { start: 3, end: 5, type: "ORG" },
      { start: 8, end: 10, type: "ORG" },
    ]);
    const bahn = ents.filter((e) => e.type === "ORG");
    expect(bahn.map((e) => [e.name, e.mentions.length])).toEqual([["Deutsche Bahn", 2]]);
  });

  it("knows armed groups by their inflected German names (des Islamischen Staates → Islamischer Staat)", () => {
    const ents = link("Kämpfer des Islamischen Staates griffen an. Der IS bekannte sich. Die PKK dementierte.");
    const is = byName(ents, "Islamischer Staat");
    expect(mentionTexts(is)).toEqual(["Islamischen Staates", "IS"]);
    expect(is?.wikidata).toBe("Q2429253");
    expect(byName(ents, "PKK")?.country).toBe("TUR");
  });

  it("names Ukrainian cities in today's German spelling and keeps the older form as an alias (Charkow → Charkiw)", () => {
    const ents = link("Angriffe auf Charkow. In Charkiw fiel der Strom aus.");
    expect(mentionTexts(byName(ents, "Charkiw"))).toEqual(["Charkow", "Charkiw"]);
    expect(byName(ents, "Charkiw")?.country).toBe("UKR");
  });
});
