import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../../quotes/test-helpers.js";

const speaker = (doc: Awaited<ReturnType<typeof run>>, key: string) =>
  doc.entities.find((e) => e.id === quoteWith(doc, key)?.speaker)?.name;

describe("carry-over after a pronoun subject", () => {
  it("gives a subjunctive sentence to the person the previous sentence's pronoun refers to", async () => {
    const doc = await run(
      "Der Pendler Karl Moser fährt jeden Tag nach Wien. Er kritisiert die Verspätungen der Bahn. Die Züge seien seit Monaten unpünktlich.",
    );
    expect(speaker(doc, "Die Züge seien")).toBe("Karl Moser");
  });
});
