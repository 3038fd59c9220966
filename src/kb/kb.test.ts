import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Doc, tokenView } from "../doc/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { kb, kbMissing } from "./index.js";
import { SortedTable, sortTableLines } from "./sorted-table.js";

describe("SortedTable", () => {
  it("finds keys by binary search and misses absent ones", () => {
    const t = new SortedTable(sortTableLines(["b\t2", "a b\t3", "a\t1", "Ä\t4"]));
    expect(t.get("a")).toBe("1");
    expect(t.get("a b")).toBe("3");
    expect(t.get("Ä")).toBe("4");
    expect(t.get("c")).toBeUndefined();
    expect(new SortedTable("").get("a")).toBeUndefined();
  });
});

describe.skipIf(kbMissing())(`compiled knowledge base${kbMissing() ? " (skipped: data/kb not built)" : ""}`, () => {
  const k = kb();

  it("has every country with German names, genitives and long forms", () => {
    const counts = k.counts();
    expect(counts.country).toBeGreaterThanOrEqual(195);
    for (const [form, iso] of [
      ["Russland", "RUS"],
      ["Russlands", "RUS"],
      ["Chinas", "CHN"],
      ["Volksrepublik China", "CHN"],
      ["Demokratische Volksrepublik Korea", "PRK"],
      ["Vereinigten Staaten", "USA"],
      ["Deutschlands", "DEU"],
    ]) {
      expect(k.lookup(form)[0]?.country, form).toBe(iso);
    }
    expect(k.country("PRK")?.wikidata).toBe("Q423");
  });

  it("answers matchAt with the doc's token words as without them, for each doc asked about in turn", () => {
    const texts = [
      "Wladimir Putin traf in Moskau den Kremlchef und die Nachrichtenagentur Tass.",
      "Das Weiße Haus und die Vereinigten Staaten. Putin in Russland.",
    ];
    for (const round of [0, 1]) {
      for (const text of texts) {
        const doc = new Doc({ text });
        textLayers(doc);
        const words = tokenView(doc).text;
        for (let i = 0; i <= doc.tokens.count; i++) {
          const plain = k.matchAt(doc, i);
          expect(k.matchAt(doc, i, words), `${round} ${text} ${i}`).toEqual(plain);
          expect(k.matchAt(doc, i, words)).toEqual(plain);
        }
      }
    }
    const doc = new Doc({ text: texts[0] });
    textLayers(doc);
    expect(k.matchAt(doc, 0, tokenView(doc).text).map((m) => m.end)).toEqual([2]);
  });

  it("maps country adjectives in every inflection and demonyms to the country", () => {
    for (const f of ["nordkoreanisch", "nordkoreanische", "nordkoreanischen", "nordkoreanischer", "nordkoreanisches"]) {
      expect(k.countryOfAdjective(f)?.country, f).toBe("PRK");
    }
    expect(k.countryOfAdjective("Russen")?.country).toBe("RUS");
    expect(k.isDemonym("Russen")).toBe(true);
    expect(k.countryOfAdjective("Ukrainer")?.country).toBe("UKR");
    expect(k.countryOfAdjective("Französin")?.country).toBe("FRA");
    expect(k.countryOfAdjective("russisch")?.country).toBe("RUS");
    expect(k.countryOfAdjective("Polen")).toBeUndefined(); // the country, not a demonym form
    expect(k.countryOfAdjective("schnell")).toBeUndefined();
  });

  it("has cities with German names and countries, capitals marked", () => {
    expect(k.counts().city).toBeGreaterThan(30_000);
    expect(k.lookup("Peking")[0]).toMatchObject({ country: "CHN", kind: "city", role: "Hauptstadt" });
    expect(k.lookup("Moskau")[0]?.country).toBe("RUS");
    expect(k.lookup("Pjöngjang")[0]?.country).toBe("PRK");
    expect(k.lookup("München")[0]?.country).toBe("DEU");
    expect(k.lookup("Lage")[0]?.ambiguous).toBe(true);
  });

  it("has first-level regions and international organisations with German abbreviations", () => {
    expect(k.lookup("Region Kursk")[0]).toMatchObject({ kind: "region", country: "RUS" });
    expect(k.lookup("UNO")[0]?.wikidata).toBe("Q1065");
    expect(k.lookup("Vereinte Nationen")[0]?.wikidata).toBe("Q1065");
    expect(k.lookup("Nato")[0]?.wikidata).toBe("Q7184");
    expect(k.lookup("IAEO")[0]?.wikidata).toBe("Q41984");
    expect(k.lookup("IAEA")[0]?.wikidata).toBe("Q41984");
  });

  it("has agencies and outlets with country and ownership", () => {
    for (const [name, iso, own] of [
      ["Tass", "RUS", "state"],
      ["RIA Nowosti", "RUS", "state"],
      ["Xinhua", "CHN", "state"],
      ["KCNA", "PRK", "state"],
      ["Reuters", "GBR", "private"],
      ["dpa", "DEU", "private"],
      ["ARD", "DEU", "public"],
      ["Yonhap", "KOR", "public"],
    ]) {
      expect(k.lookup(name)[0], name).toMatchObject({ type: "ORG", country: iso, ownership: own });
    }
  });

  it("has office holders with German and English spellings, and role nouns pointing to them", () => {
    expect(k.lookup("Wolodymyr Selenskyj")[0]?.id).toBe(k.lookup("Volodymyr Zelensky")[0]?.id);
    expect(k.lookup("Sergej Lawrow")[0]).toMatchObject({ country: "RUS", roleCode: "foreign_minister" });
    expect(k.officeHolder("RUS", "president")?.name).toBe("Wladimir Putin");
    expect(k.officeHolder("DEU", "foreign_minister")?.name).toBe("Johann Wadephul");
    const kreml = k.roleNoun("Kremlchef");
    expect(kreml && k.holderFor(kreml)?.name).toBe("Wladimir Putin");
    const sg = k.roleNoun("Nato-Generalsekretär");
    expect(sg && k.holderFor(sg)?.name).toBe("Mark Rutte");
    expect(k.lookup("Weißen Haus")[0]).toMatchObject({ type: "ORG", country: "USA" });
    expect(k.headCountries("Volksrepublik")).toContain("CHN");
  });

  it("matches the longest multi-token form at a token", () => {
    const doc = new Doc({ text: "Gestern sprach Kim Jong-un mit dem Kremlchef." });
    textLayers(doc);
    const m = k.matchAt(doc, 2);
    expect(m[0]).toMatchObject({ start: 2, end: 4, form: "name" });
    expect(m[0].entry.name).toBe("Kim Jong-un");
    const r = k.matchAt(doc, 6);
    expect(r[0]).toMatchObject({ form: "descriptor" });
    expect(r[0].entry.name).toBe("Wladimir Putin");
    expect(k.matchAt(doc, 0)).toEqual([]);
  });
});

describe.skipIf(kbMissing())(
  `compiled knowledge base files${kbMissing() ? " (skipped: data/kb not built)" : ""}`,
  () => {
    it("come from one build: every office holder and surname index in kb.de.json points at a person line of kb.de.entries.tsv", () => {
      const dir = fileURLToPath(new URL("../../data/kb/", import.meta.url));
      const json = JSON.parse(readFileSync(`${dir}kb.de.json`, "utf8")) as {
        holders: Record<string, number>;
        surnames: Record<string, number[]>;
      };
      const lines = readFileSync(`${dir}kb.de.entries.tsv`, "utf8").split("\n");
      const kindOf = (ix: number) => lines[ix]?.split("\t")[3];
      const bad: string[] = [];
      for (const [k, ix] of Object.entries(json.holders)) if (kindOf(ix) !== "person") bad.push(`holder ${k} → ${ix}`);
      for (const [k, ixs] of Object.entries(json.surnames))
        for (const ix of ixs) if (kindOf(ix) !== "person") bad.push(`surname ${k} → ${ix}`);
      expect(bad).toEqual([]);
    });
  },
);
