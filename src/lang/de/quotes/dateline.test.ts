import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("speakers after a dateline", () => {
  it("finds the subject after a place-and-agency dateline", async () => {
    const doc = await run("Moskau (dpa) – Der Kremlsprecher sagte, Russland werde nicht nachgeben.");
    expect(quoteWith(doc, "Russland werde")?.speakerText).toBe("Der Kremlsprecher");
  });

  it("takes neither the place nor the date of a dateline as the speaker", async () => {
    const dated = await run("Wien, 12. März 2025 – Der Bundeskanzler sagte, die Regierung werde handeln.");
    expect(quoteWith(dated, "Regierung werde")?.speakerText).toBe("Der Bundeskanzler");
    const bare = await run("Berlin – Die Ministerin erklärte, sie sei zufrieden.");
    expect(quoteWith(bare, "sie sei zufrieden")?.speakerText).toBe("Die Ministerin");
  });

  it("steps over a parenthesis between two dashes", async () => {
    const doc = await run("Der Minister – sichtlich verärgert – sagte, die Entscheidung sei falsch.");
    expect(quoteWith(doc, "Entscheidung sei falsch")?.speakerText).toBe("Der Minister");
  });
});
