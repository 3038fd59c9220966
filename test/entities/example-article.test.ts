import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Doc } from "../../src/doc/index.js";
import { Pipeline } from "../../src/pipeline/analyze.js";

const SHARED = new URL("../../../shared/", import.meta.url);
const EXAMPLE = new URL("examples/kim-putin.de.txt", SHARED);
const GOLD = new URL("examples/kim-putin.de.gold.json", SHARED);
const HAS = existsSync(EXAMPLE) && existsSync(GOLD);

/** Only the stages the entities layer depends on (the later stages are tested on their own). */
function analyze(input: { text: string; published: string }): Doc {
  const pipeline = new Pipeline({ stages: ["lang.detect.v1", "tokens.v1", "sentences.v1", "de.entities.v1"] });
  return pipeline.run(new Doc(input));
}

interface GoldEntity {
  name: string;
  type: string;
  country?: string;
  mentions: string[];
}

describe.skipIf(!HAS)(
  `entities on the example article${!HAS ? " (skipped: ../shared/examples not present)" : ""}`,
  () => {
    it("finds every gold entity with its type, country and mentions", () => {
      const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { published: string; entities: GoldEntity[] };
      const doc = analyze({ text: readFileSync(EXAMPLE, "utf8"), published: gold.published });
      for (const g of gold.entities) {
        // the gold mention texts must all lie inside mentions of ONE entity of the right type
        const ent = doc.entities.find(
          (e) => e.type === g.type && e.mentions.some((m) => m.text.includes(g.mentions[0])),
        );
        expect(ent, g.name).toBeDefined();
        if (!ent) continue;
        if (g.country) expect(ent.country, g.name).toBe(g.country);
        for (const text of g.mentions) {
          expect(
            ent.mentions.some((m) => m.text.includes(text)),
            `${g.name}: mention "${text}"`,
          ).toBe(true);
        }
      }
    });

    it("flags Tass as state media and gives persons their Wikidata ids", () => {
      const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { published: string };
      const doc = analyze({ text: readFileSync(EXAMPLE, "utf8"), published: gold.published });
      expect(doc.entities.find((e) => e.name === "Tass")?.ownership).toBe("state");
      expect(doc.entities.find((e) => e.name === "Wladimir Putin")?.wikidata).toBe("Q7747");
      // one entity per referent
      expect(doc.entities.filter((e) => e.name === "Kim Jong-un")).toHaveLength(1);
    });
  },
);
