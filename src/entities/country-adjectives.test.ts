import { describe, expect, it } from "vitest";
import { byName, link, tokenized } from "../lang/de/entities/testing.js";

describe("country adjectives and demonyms", () => {
  it("makes an adjective a mention of the country, creating the country entity", () => {
    const ents = link("Putin lobte die nordkoreanischen Soldaten.");
    const nk = byName(ents, "Nordkorea");
    expect(nk?.type).toBe("LOC");
    expect(nk?.country).toBe("PRK");
    expect(nk?.mentions.map((m) => [m.text, m.form])).toEqual([["nordkoreanischen", "adjective"]]);
  });

  it("handles every inflection and compass prefixes", () => {
    for (const w of [
      "russisch",
      "russische",
      "russischen",
      "russischer",
      "russisches",
      "russischem",
      "westrussischen",
    ]) {
      expect(byName(link(`Es gab ${w} Angriffe.`), "Russland")?.mentions[0].text).toBe(w);
    }
  });

  it("links demonyms and splits hyphenated adjective compounds", () => {
    expect(byName(link("Die Ukrainer verteidigen sich."), "Ukraine")?.mentions[0].text).toBe("Ukrainer");
    const ents = link("Es gab russisch-chinesische Gespräche.");
    expect(byName(ents, "Russland")?.mentions[0].text).toBe("russisch");
    expect(byName(ents, "China")?.mentions[0].text).toBe("chinesische");
  });

  it("leaves a capitalised adjective inside a tagged organisation name alone", () => {
    const text = "Die Aktie der Deutsche Bank fiel.";
    const doc = tokenized(text);
    const at = (w: string) => [...Array(doc.tokens.count).keys()].find((i) => doc.tokenText(i) === w) ?? -1;
    const ents = link(text, null, [{ start: at("Deutsche"), end: at("Bank") + 1, type: "ORG" }]);
    expect(byName(ents, "Deutschland")).toBeUndefined();
    expect(byName(ents, "Deutsche Bank")?.type).toBe("ORG");
  });
});
