import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../../quotes/test-helpers.js";

const speaker = (doc: Awaited<ReturnType<typeof run>>, key: string) =>
  doc.entities.find((e) => e.id === quoteWith(doc, key)?.speaker)?.name;

describe("a person's clause ending in a colon", () => {
  it("gives what follows the colon to the person whose clause it closes", async () => {
    const doc = await run(
      "Die Lage bleibt unklar. Und Theo Öhlinger verstärkt das: Die Ausgabe der Scheine wird auf der Unionsebene entschieden.",
    );
    expect(speaker(doc, "Die Ausgabe der Scheine")).toBe("Theo Öhlinger");
  });

  it("reads no hearsay, list or headline segment as the person's words", async () => {
    for (const text of [
      "Der Banker Tswetan Wassilew soll im Kreis gewirtschaftet haben: Millionenkredite gingen an Chauffeure.",
      "Der Kanzler Werner Faymann verfolgt drei Ziele: die Wirtschaft, die Sicherheit und die Umwelt.",
      "Robert Fico bringt einen Standort ins Spiel – Innenministerium: Wir sind über jede Entlastung froh.",
    ]) {
      const doc = await run(text);
      const q = doc.quotes.find((x) => doc.entities.find((e) => e.id === x.speaker)?.type === "PER");
      expect(q, text).toBeUndefined();
    }
  });
});

describe("a text that ends in a name", () => {
  it("analyses a text whose last token is a person's name", async () => {
    const doc = await run("Die Rede hielt Theo Öhlinger");
    expect(doc.quotes).toEqual([]);
  });
});
