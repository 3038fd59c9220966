import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

const SHARED = new URL("../../../../../shared/", import.meta.url);
const TEXT = new URL("examples/kim-putin.de.txt", SHARED);
const GOLD = new URL("examples/kim-putin.de.gold.json", SHARED);
const present = existsSync(TEXT) && existsSync(GOLD);

interface GoldQuote {
  kind: string;
  key: string;
  speaker: string | null;
  source: string | null;
  optional?: boolean;
}

describe.skipIf(!present)(`example article quotes${!present ? " (skipped: ../shared not present)" : ""}`, () => {
  it("finds every non-optional gold quote with the speaker entity and the source the gold names", async () => {
    const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { published: string; quotes: GoldQuote[] };
    const doc = await run(readFileSync(TEXT, "utf8"), gold.published);
    const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
    for (const g of gold.quotes.filter((q) => !q.optional)) {
      const q = quoteWith(doc, g.key);
      expect(q, `quote with "${g.key}"`).toBeDefined();
      expect(name(q?.speaker ?? null), `speaker of "${g.key}"`).toBe(g.speaker);
      if (g.source) expect(name(q?.source ?? null), `source of "${g.key}"`).toBe(g.source);
    }
  });
});
