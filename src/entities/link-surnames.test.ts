import { describe, expect, it } from "vitest";
import type { Entity } from "../doc/index.js";
import { byName, link, mentionTexts, tokenized } from "../lang/de/entities/testing.js";

describe("surname-only mentions", () => {
  it("links a surname to the full-name antecedent from the KB", () => {
    const ents = link("Wladimir Putin traf Kim Jong-un. Putin sagte, Kim sei ein Freund.");
    expect(mentionTexts(byName(ents, "Wladimir Putin"))).toEqual(["Wladimir Putin", "Putin"]);
    expect(mentionTexts(byName(ents, "Kim Jong-un"))).toEqual(["Kim Jong-un", "Kim"]);
  });

  it("links a surname to a person outside the KB named earlier in the article", () => {
    const ents = link("Die Sprecherin Anna Kowalczyk bestätigte den Bericht. Kowalczyk fügte hinzu, man prüfe alles.");
    const anna = byName(ents, "Anna Kowalczyk");
    expect(anna?.type).toBe("PER");
    expect(mentionTexts(anna)).toEqual(["Anna Kowalczyk", "Kowalczyk"]);
  });

  it("keeps two people with the same surname apart (most recent full name wins)", () => {
    const ents = link(
      "Thomas Scholz leitet die Firma. Scholz sagte, die Lage sei gut. Später sprach Maria Scholz. Scholz widersprach ihm.",
    );
    const thomas = byName(ents, "Thomas Scholz");
    const maria = byName(ents, "Maria Scholz");
    expect(thomas && maria && thomas.id !== maria.id).toBe(true);
    expect(mentionTexts(thomas)).toEqual(["Thomas Scholz", "Scholz"]);
    expect(mentionTexts(maria)).toEqual(["Maria Scholz", "Scholz"]);
  });

  it("links a surname the KB gives to one person even without a full name in the article", () => {
    const ents = link("Selenskyj reiste nach Berlin.");
    expect(byName(ents, "Wolodymyr Selenskyj")?.country).toBe("UKR");
  });

  it("does not guess between several KB people with the same surname", () => {
    const ents = link("Kim reiste ab.");
    expect(ents.filter((e) => e.type === "PER")).toEqual([]);
  });

  it("links genitive surnames", () => {
    const ents = link("Wladimir Putin ist Präsident. Putins Sprecher widersprach.");
    expect(mentionTexts(byName(ents, "Wladimir Putin"))).toContain("Putins");
  });
});

describe("surnames that are also German words", () => {
  it("does not link a common word to a KB person without an antecedent", () => {
    expect(link("Reiche und Arme leben hier.").filter((e) => e.type === "PER")).toEqual([]);
  });

  it("links it once the full name was mentioned", () => {
    const ents = link("Katherina Reiche sprach. Reiche sagte, es gehe voran.");
    expect(mentionTexts(byName(ents, "Katherina Reiche"))).toEqual(["Katherina Reiche", "Reiche"]);
  });
});

/** Token index of the first token with this text. */
function tokenAt(text: string, word: string): number {
  const doc = tokenized(text);
  for (let i = 0; i < doc.tokens.count; i++) if (doc.tokenText(i) === word) return i;
  return -1;
}

/** The entity with a mention of this text (its name may be the KB's spelling, "Baschar al-Assad"). */
function withMention(ents: readonly Entity[], text: string): Entity | undefined {
  return ents.find((e) => e.mentions.some((m) => m.text === text));
}

describe("surnames of names the tagger found", () => {
  it("links a surname without its Arabic article prefix, also in the genitive (al-Assad → Assad, Assads)", () => {
    const text = "Bashar al-Assad floh nach Moskau. Assads Familie folgte ihm. Assad schwieg.";
    const b = tokenAt(text, "Bashar");
    const ents = link(text, "2025-09-04", [{ start: b, end: b + 2, type: "PER" }]);
    expect(mentionTexts(withMention(ents, "Bashar al-Assad"))).toEqual(["Bashar al-Assad", "Assads", "Assad"]);
  });

  it("retypes a name the tagger called MISC when a later person mention is its surname", () => {
    const text = "Die USA fordern den Rücktritt von Bashar al-Assad. Russland stützt Assads Regierung.";
    const b = tokenAt(text, "Bashar");
    const a = tokenAt(text, "Assads");
    const ents = link(text, "2025-09-04", [
      { start: b, end: b + 2, type: "MISC" },
      { start: a, end: a + 1, type: "PER" },
    ]);
    const p = withMention(ents, "Bashar al-Assad");
    expect(p?.type).toBe("PER");
    expect(mentionTexts(p)).toEqual(["Bashar al-Assad", "Assads"]);
  });

  it("links a surname used before the full name (headline) and reads a Korean name family-name first", () => {
    const text =
      "Ban besorgt über Gewalt. Wien – Der frühere Diplomat Ban Ki-moon äußerte sich. Ban sagte, er sei besorgt.";
    const doc = tokenized(text);
    const bans: number[] = [];
    for (let i = 0; i < doc.tokens.count; i++) if (doc.tokenText(i) === "Ban") bans.push(i);
    // the tagger's spans: the headline "Ban" and the full name (the last "Ban" is left to surname linking)
    const ents = link(text, "2025-09-04", [
      { start: bans[0], end: bans[0] + 1, type: "PER" },
      { start: bans[1], end: bans[1] + 2, type: "PER" },
    ]);
    expect(mentionTexts(byName(ents, "Ban Ki-moon"))).toEqual(["Ban", "Ban Ki-moon", "Ban"]);
    expect(ents.filter((e) => e.name === "Ban")).toEqual([]);
  });

  it("does not retype an organisation whose last word is not later named as a person", () => {
    const text = "Die Deutsche Bahn streicht Züge. Die Bahn bedauert das.";
    const d = tokenAt(text, "Deutsche");
    const ents = link(text, "2025-09-04", [{ start: d, end: d + 2, type: "ORG" }]);
    expect(byName(ents, "Deutsche Bahn")?.type).toBe("ORG");
  });
});
