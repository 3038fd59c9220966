import { describe, expect, it } from "vitest";
import { byName, link, mentionTexts, tags } from "../lang/de/entities/testing.js";
import type { NerType } from "./context.js";

/** Links a text with the given names tagged as the tagger would. */
function linkTagged(text: string, spans: readonly (readonly [string, NerType])[]) {
  return link(text, "2016-02-20", tags(text, spans));
}

describe("two persons the tagger fused into one name (issue 19)", () => {
  it("splits a full name followed by the surname of another person the article names in full", () => {
    const text =
      "Peter Schmidt leitet die Firma. Anna Müller war seine Partnerin. Im Jahr 2008 warf Peter Schmidt Müller Betrug vor.";
    const ents = linkTagged(text, [
      ["Peter Schmidt", "PER"],
      ["Anna Müller", "PER"],
      ["Peter Schmidt Müller", "PER"],
    ]);
    expect(byName(ents, "Peter Schmidt Müller")).toBeUndefined();
    expect(mentionTexts(byName(ents, "Peter Schmidt"))).toEqual(["Peter Schmidt", "Peter Schmidt"]);
    expect(mentionTexts(byName(ents, "Anna Müller"))).toEqual(["Anna Müller", "Müller"]);
  });

  it("also when the other full name was typed as a place but its surname alone as a person", () => {
    const text =
      "Anna Müller war Chefin. Müller trat zurück. Dann warf Peter Schmidt Müller Betrug vor. Schmidt schwieg.";
    const ents = linkTagged(text, [
      ["Anna Müller", "LOC"],
      ["Müller", "PER"],
      ["Peter Schmidt Müller", "PER"],
    ]);
    expect(byName(ents, "Peter Schmidt Müller")).toBeUndefined();
    expect(byName(ents, "Peter Schmidt")?.type).toBe("PER");
  });

  it("keeps a name whole when the words before the last are no full name of their own", () => {
    const cases: [string, string, string][] = [
      ["Jeb Bush kandidiert. Damals regierte George W. Bush das Land.", "Jeb Bush", "George W. Bush"],
      ["Jean-Marie Le Pen gründete die Partei. Heute führt Marine Le Pen sie.", "Jean-Marie Le Pen", "Marine Le Pen"],
      [
        "Stephanie zu Guttenberg sprach. Dann sprach Karl-Theodor zu Guttenberg lange.",
        "Stephanie zu Guttenberg",
        "Karl-Theodor zu Guttenberg",
      ],
      // a middle name the article uses nowhere else
      ["Bill Clinton sprach. Dann sprach Hillary Rodham Clinton lange.", "Bill Clinton", "Hillary Rodham Clinton"],
      // a double surname the other person shares
      [
        "Gonzalo García Márquez sprach. Dann sprach Gabriel García Márquez über García.",
        "Gonzalo García Márquez",
        "Gabriel García Márquez",
      ],
    ];
    for (const [text, other, whole] of cases) {
      const ents = linkTagged(text, [
        [other, "PER"],
        [whole, "PER"],
      ]);
      expect(byName(ents, whole)?.type, whole).toBe("PER");
    }
  });

  it("keeps a name whole when no other person of that surname is named in full", () => {
    const text = "Peter Schmidt leitet die Firma. Im Jahr 2008 warf Peter Schmidt Müller Betrug vor.";
    const ents = linkTagged(text, [
      ["Peter Schmidt", "PER"],
      ["Peter Schmidt Müller", "PER"],
    ]);
    expect(byName(ents, "Peter Schmidt Müller")?.type).toBe("PER");
  });
});
