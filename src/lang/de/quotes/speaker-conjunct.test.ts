import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("speaker shared by coordinated clauses", () => {
  it("gives a cue verb after 'und' the subject of the first conjunct, also after a focus adverb", async () => {
    const doc = await run(
      "Auch der Innenminister Peter Braun sprach sich gegen das Verbot aus und sagte, das Gesetz verletze Absprachen.",
    );
    expect(quoteWith(doc, "Gesetz verletze")?.speakerText).toBe("der Innenminister Peter Braun");
  });

  it("reads the first conjunct's subject with its PP, not the object after its verb", async () => {
    const doc = await run("Die Botschaft in Berlin stellte ihre Arbeit ein und empfahl, das Land zu verlassen.");
    expect(quoteWith(doc, "Land zu verlassen")?.speakerText).toBe("Die Botschaft in Berlin");
  });

  it("takes the subject with its apposition before the comma when the first conjunct opens with its verb", async () => {
    const doc = await run("Ein Sprecher der Partei, Hans Meier, dankte den Helfern und ergänzte, die Lage sei ruhig.");
    expect(quoteWith(doc, "Lage sei ruhig")?.speakerText).toBe("Ein Sprecher der Partei, Hans Meier");
  });

  it("reads participles that share an auxiliary with the auxiliary's subject", async () => {
    const doc = await run(
      "So hat sich etwa die Vorsitzende des Verbands, Karin Berger, gegen die Reform ausgesprochen und behauptet, die Schulen seien überfordert.",
    );
    expect(quoteWith(doc, "Schulen seien")?.speakerText).toBe("die Vorsitzende des Verbands, Karin Berger");
  });

  it("keeps the finite verb of the first conjunct: a past form is no participle", async () => {
    const doc = await run("Der Trainer bedankte sich bei seinem Team und sagte, die Mannschaft habe gut gespielt.");
    expect(quoteWith(doc, "Mannschaft habe")?.speakerText).toBe("Der Trainer");
  });

  it("takes the own subject of a second main clause joined by 'und' without a comma, not an NP joined to an NP", async () => {
    const doc = await run("Der Streit war nicht der erste und die Anwohner befürchten, dass es weitere Proteste gibt.");
    expect(quoteWith(doc, "weitere Proteste")?.speakerText).toBe("die Anwohner");
    const np = await run("Angesichts der Krise und steigender Preise befürchten die Händler, dass die Umsätze sinken.");
    expect(quoteWith(np, "Umsätze sinken")?.speakerText).toBe("die Händler");
  });
});

describe("a cue right after a comma without a subject of its own", () => {
  it("continues the speaker of the statement before it", async () => {
    const doc = await run(
      "Das sei schwer, meinte Schieder, betonte aber gleichzeitig: Das ist kein schlechter Vorschlag.",
    );
    expect(quoteWith(doc, "schlechter Vorschlag")?.speakerText).toBe("Schieder");
  });
});

describe("genitives with beider and aller, and second-person forms", () => {
  it("reads 'Ein Kenner beider Minister' as one speaker and 'äußerst' as no cue", async () => {
    const doc = await run("Ein Kenner beider Minister sagt: Im Gleichschritt sorgen sie für eine Militarisierung.");
    expect(quoteWith(doc, "Gleichschritt")?.speakerText).toBe("Ein Kenner beider Minister");
    const doc2 = await run("Er hat sich äußerst zurückhaltend gezeigt. In Schulen sind es acht Prozent.");
    expect(doc2.quotes).toEqual([]);
  });
});
