import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

async function speakerOf(text: string, key: string): Promise<string | null | undefined> {
  return quoteWith(await run(text), key)?.speakerText;
}

describe("speaker NP shapes", () => {
  it("reads a lower-case nominalised age and a quantifier after the article", async () => {
    expect(
      await speakerOf("Am Montag sagte der 64-jährige in einem Interview, dass er zurücktrete.", "zurücktrete"),
    ).toBe("der 64-jährige");
    expect(await speakerOf("Die beiden Ministerinnen teilten mit, die Hilfe komme.", "Hilfe komme")).toBe(
      "Die beiden Ministerinnen",
    );
  });

  it("keeps a possessive after the article out of the NP", async () => {
    const doc = await run("Die seiner Ansicht nach falsche Entscheidung kritisierte der Minister, sie sei teuer.");
    expect(quoteWith(doc, "sei teuer")?.speakerText ?? "").not.toContain("Ansicht");
  });

  it("reads an extended participle attribute between article and noun, but not one of adverbs only", async () => {
    expect(await speakerOf("Die in Berlin lebende Autorin sagte, sie sei überrascht.", "überrascht")).toBe(
      "Die in Berlin lebende Autorin",
    );
    expect(await speakerOf("„Wir sind froh“, schrieb die in Hamburg geborene Sängerin.", "Wir sind froh")).toBe(
      "die in Hamburg geborene Sängerin",
    );
    const doc = await run(
      "Nach den nicht überragenden Ergebnissen der letzten Wochen freute sich der Trainer über den Sieg.",
    );
    for (const q of doc.quotes) expect(q.speakerText ?? "").not.toContain("Ergebnissen");
  });

  it("reads a quoted name in lower case, 'dessen' as a determiner and an organisation name with 'ohne'", async () => {
    expect(await speakerOf("Wie „heise online“ berichtet, wurde der Zugang gesperrt.", "Zugang gesperrt")).toBe(
      "„heise online“",
    );
    expect(
      await speakerOf("Nach der Festnahme teilte dessen Stellvertreter mit, die Arbeit gehe weiter.", "Arbeit gehe"),
    ).toBe("dessen Stellvertreter");
    expect(await speakerOf("Ärzte ohne Grenzen teilte mit, die Klinik sei überfüllt.", "Klinik sei")).toBe(
      "Ärzte ohne Grenzen",
    );
  });
});

describe("speaker after a fronted object", () => {
  it("takes a pronoun that can only be nominative after the verb, not the fronted dative", async () => {
    expect(await speakerOf("Der Regierung warf er vor, die Lage falsch einzuschätzen.", "Lage falsch")).toBe("er");
  });

  it("keeps the fronted subject when no nominative pronoun follows the verb", async () => {
    expect(await speakerOf("Die Ministerin sagte, sie werde die Steuern senken.", "Steuern senken")).toBe(
      "Die Ministerin",
    );
  });
});

describe("speaker of a participle cue and of document frames", () => {
  it("reads a verb-final participle with the auxiliary the cue missed, across a name apposition", async () => {
    const doc = await run(
      "Vor kurzem hatte ein Sprecher der Rebellen, Ahmed Khan, erklärt, die Kämpfer würden abziehen.",
    );
    expect(quoteWith(doc, "Kämpfer würden")?.speakerText).toContain("ein Sprecher der Rebellen");
    expect(await speakerOf("Die Regierung erklärt, die Hilfe komme bald.", "Hilfe komme")).toBe("Die Regierung");
  });

  it("takes the NP after 'hieß es vom' and a fronted in-PP before a relative clause", async () => {
    expect(await speakerOf("„Die Lage ist ernst“, hieß es vom Sprecher des Ministeriums.", "Lage ist ernst")).toBe(
      "Sprecher des Ministeriums",
    );
    expect(
      await speakerOf(
        "In dem Bericht, der am Montag veröffentlicht wurde, heißt es, die Zahl der Opfer sei gestiegen.",
        "Zahl der Opfer",
      ),
    ).toBe("dem Bericht");
  });
});

describe("indefinite speakers and appositions with parentheses", () => {
  it("reads an indefinite pronoun alone and 'manche' as a determiner, but a quantifier with its noun as one NP", async () => {
    expect(await speakerOf("Damals dachte niemand, dass der Plan gelingen würde.", "Plan gelingen")).toBe("niemand");
    expect(await speakerOf("Manche Beobachter halten es für möglich, dass die Partei gewinnt.", "Partei gewinnt")).toBe(
      "Manche Beobachter",
    );
    expect(await speakerOf("Viele Anwohner sagten, der Lärm sei unerträglich.", "Lärm sei")).toBe("Viele Anwohner");
  });

  it("keeps a name apposition with a party in parentheses in the subject", async () => {
    const doc = await run(
      "Der frühere Bürgermeister und Senator, Hans Weber (SPD), warnte die Partei vor einem „gefährlichen Kurs“.",
    );
    const q = doc.quotes.find((x) => x.cue?.text === "warnte");
    expect(q?.speakerText).toBe("Der frühere Bürgermeister und Senator, Hans Weber (SPD)");
  });
});

describe("fronted dative with a feminine noun", () => {
  it("reads 'der' with a feminine head noun before the verb as a dative, the subject follows the verb", async () => {
    expect(
      await speakerOf("Der englischsprachigen Zeitung sagte der Bürgermeister, die Stadt sei pleite.", "Stadt sei"),
    ).toBe("der Bürgermeister");
  });

  it("keeps a masculine head with a feminine genitive as the subject", async () => {
    expect(await speakerOf("Der Sprecher der Regierung sagte, die Stadt sei pleite.", "Stadt sei")).toBe(
      "Der Sprecher der Regierung",
    );
  });
});
