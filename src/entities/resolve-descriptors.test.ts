import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { sharedKb } from "../kb/index.js";
import { byName, link, mentionTexts } from "../lang/de/entities/testing.js";
import { german } from "../lang/de/resources.js";
import { textLayers } from "../pipeline/analyze.js";
import { linkEntities } from "./index.js";

describe("role nouns and descriptors", () => {
  it("links an appositive descriptor to the name after it", () => {
    const ents = link("Der nordkoreanische Machthaber Kim Jong-un reiste ab.");
    const kim = byName(ents, "Kim Jong-un");
    expect(kim?.mentions.map((m) => [m.text, m.form])).toEqual([
      ["nordkoreanische Machthaber", "descriptor"],
      ["Kim Jong-un", "name"],
    ]);
  });

  it("resolves a later descriptor to the person of that country already in the article", () => {
    const ents = link("Kim Jong-un traf Putin. Putin lud den nordkoreanischen Staatschef nach Moskau ein.");
    expect(mentionTexts(byName(ents, "Kim Jong-un"))).toEqual(["Kim Jong-un", "nordkoreanischen Staatschef"]);
  });

  it("resolves Kremlchef to the Russian president from the KB", () => {
    const ents = link("Der Kremlchef äußerte sich nicht.");
    const putin = byName(ents, "Wladimir Putin");
    expect(putin?.mentions.map((m) => m.form)).toEqual(["descriptor"]);
  });

  it("resolves compounds with a country prefix (US-Präsident) and specific offices (Bundeskanzler)", () => {
    const ents = link("Der US-Präsident telefonierte mit dem Bundeskanzler.");
    expect(byName(ents, "Donald Trump")?.mentions[0].text).toBe("US-Präsident");
    expect(byName(ents, "Friedrich Merz")?.mentions[0].text).toBe("Bundeskanzler");
  });

  it("resolves a role noun after a genitive country (Chinas Staatschef)", () => {
    const ents = link("Chinas Staatschef sprach lange.");
    expect(byName(ents, "Xi Jinping")?.mentions[0].text).toBe("Staatschef");
    expect(byName(ents, "China")?.mentions[0].text).toBe("Chinas");
  });

  it("gives a person outside the KB the country and role of an appositive descriptor", () => {
    const ents = link("Der lettische Außenminister Janis Ozols sprach. Ozols warnte.");
    const p = ents.find((e) => e.name === "Janis Ozols");
    expect(p?.country).toBe("LVA");
    expect(mentionTexts(p)).toEqual(["lettische Außenminister", "Janis Ozols", "Ozols"]);
  });

  it("does not resolve former office holders or plural role nouns", () => {
    expect(link("Der frühere russische Präsident schwieg.").filter((e) => e.type === "PER")).toEqual([]);
    expect(link("Die beiden Staatschefs umarmten sich.")).toEqual([]);
  });

  it("resolves to the holder on the publication date, not today's (kb.holderForAt)", () => {
    expect(byName(link("Der US-Präsident sprach.", "2012-05-01"), "Barack Obama")?.linkReason).toBe(
      "president of USA on 2012-05-01",
    );
    expect(byName(link("Der US-Präsident sprach.", "2012-05-01"), "Donald Trump")).toBeUndefined();
    expect(byName(link("Der US-Präsident sprach.", "2019-05-01"), "Donald Trump")).toBeDefined();
  });

  it("tells the Austrian chancellor and foreign minister of the date in an Austrian article", () => {
    const ents = link(
      "Der Bundeskanzler traf in Wien den österreichischen Außenminister. Österreich und Graz.",
      "2016-01-20",
    );
    expect(ents.find((e) => e.mentions.some((m) => m.text === "Bundeskanzler"))?.name).toBe("Werner Faymann");
    expect(ents.find((e) => e.mentions.some((m) => m.text.endsWith("Außenminister")))?.name).toBe("Sebastian Kurz");
  });

  it("keeps Swiss, Austrian and German offices apart: 'der Bundespräsident' is the president of the article's country", () => {
    const holder = (text: string) =>
      link(text, "2016-01-20").find((e) => e.mentions.some((m) => m.text === "Bundespräsident"))?.name;
    expect(holder("Der Bundespräsident sprach in Bern. Die Schweiz und Zürich staunten, die Schweiz jubelt.")).toBe(
      "Johann Schneider-Ammann",
    );
    expect(holder("Der Bundespräsident sprach in Wien. Österreich und Graz staunten, Österreich jubelt.")).toBe(
      "Heinz Fischer",
    );
    expect(holder("Der Bundespräsident sprach in Berlin. Deutschland und München staunten.")).toBe("Joachim Gauck");
  });

  it("links no office holder without a publication date, and says so on the doc", () => {
    const doc = new Doc({ text: "Der US-Präsident sprach mit dem Kremlchef." });
    textLayers(doc);
    const ents = linkEntities(doc, { grammar: german().entities, kb: sharedKb() }, null, { tags: [] });
    expect(ents.filter((e) => e.type === "PER")).toEqual([]);
    expect(doc.warnings.some((w) => w.startsWith("entities: no publication date"))).toBe(true);
  });
});

describe("descriptors the article itself gives a person", () => {
  it("resolves a later role noun to the person the article named with it, not to the KB's current holder", () => {
    const ents = link(
      "UN-Generalsekretär Ban Ki-moon besuchte Wien. Der UN-Generalsekretär lobte die Regierung. Der UN-Chef reiste weiter.",
    );
    expect(mentionTexts(byName(ents, "Ban Ki-moon"))).toEqual([
      "UN-Generalsekretär",
      "Ban Ki-moon",
      "UN-Generalsekretär",
      "UN-Chef",
    ]);
    expect(byName(ents, "António Guterres")).toBeUndefined();
  });

  it("reads Bundes- titles as Austrian offices in an article about Austria", () => {
    const at = link(
      "Wien – Bundespräsident Heinz Fischer empfing in Wien die österreichische Delegation. Österreich sei bereit.",
    );
    expect(byName(at, "Heinz Fischer")?.country).toBe("AUT");
    const at2 = link("Wien – Der Bundeskanzler sagte in Wien, Österreich werde helfen.");
    expect(byName(at2, "Christian Stocker")?.country).toBe("AUT");
    // elsewhere they stay German — also when first names merely begin like a Swiss cue ("Bernd", "Bernhard")
    const de = link("Berlin – Der Bundeskanzler sagte in Berlin, Deutschland werde helfen.");
    expect(byName(de, "Friedrich Merz")?.country).toBe("DEU");
    const names = link("Bernd Lucke und Bernhard Vogel trafen sich. Der Bundeskanzler lobte beide.");
    expect(byName(names, "Friedrich Merz")?.country).toBe("DEU");
  });
});

describe("titles inside tagged names", () => {
  it("splits a title off a tagged person name and keeps it as a descriptor", async () => {
    const { tokenized } = await import("../lang/de/entities/testing.js");
    const text = "Das sagte Außenamtssprecher Lin Jian am Montag.";
    const doc = tokenized(text);
    const at = (w: string) => [...Array(doc.tokens.count).keys()].find((i) => doc.tokenText(i) === w) ?? -1;
    const ents = link(text, null, [{ start: at("Außenamtssprecher"), end: at("Jian") + 1, type: "PER" }]);
    const p = byName(ents, "Lin Jian");
    expect(p?.mentions.map((m) => [m.text, m.form])).toEqual([
      ["Außenamtssprecher", "descriptor"],
      ["Lin Jian", "name"],
    ]);
    expect(p?.role).toBe("Außenamtssprecher");
  });

  it("declines nominalised role nouns like adjectives (die EU-Außenbeauftragte, der Vorsitzende)", () => {
    const ents = link("Die EU-Außenbeauftragte Kaja Kallas reiste nach Kiew.");
    expect(byName(ents, "Kaja Kallas")?.mentions.map((m) => [m.text, m.form])).toEqual([
      ["EU-Außenbeauftragte", "descriptor"],
      ["Kaja Kallas", "name"],
    ]);
    expect(byName(ents, "Europäische Union")).toBeUndefined();
  });

  it("gives a person unknown to the KB the country of a national party in the descriptor (SPD-Chef)", () => {
    const ents = link("SPD-Chefin Bärbel Kowalski-Hartmann kündigte Widerstand an.");
    const p = byName(ents, "Bärbel Kowalski-Hartmann");
    expect(p?.country).toBe("DEU");
    expect(mentionTexts(p)).toEqual(["SPD-Chefin", "Bärbel Kowalski-Hartmann"]);
  });

  it("takes the country of a ministry title with a country adjective (der brasilianische Innenminister X)", () => {
    const ents = link("Der brasilianische Innenminister Ricardo Lewandowski sprach von einem Erfolg.");
    expect(byName(ents, "Ricardo Lewandowski")?.country).toBe("BRA");
  });

  it("gives no country from the title of an international organisation (UN-Sondergesandte)", () => {
    const ents = link("Der UN-Sondergesandte Tomasz Wieczorek-Lind traf Vertreter beider Seiten.");
    const p = byName(ents, "Tomasz Wieczorek-Lind");
    expect(p?.country ?? null).toBeNull();
    expect(mentionTexts(p)[0]).toBe("UN-Sondergesandte");
  });

  it("gives a federal minister title its country (Bundesjustizministerin X → DEU)", () => {
    const ents = link("Bundesjustizministerin Katrin Oberhauser-Pleß legte einen Entwurf vor.");
    expect(byName(ents, "Katrin Oberhauser-Pleß")?.country).toBe("DEU");
  });
});
