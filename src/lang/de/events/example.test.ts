import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";

const SHARED = new URL("../../../../../shared/", import.meta.url);
const TEXT = new URL("examples/kim-putin.de.txt", SHARED);
const GOLD = new URL("examples/kim-putin.de.gold.json", SHARED);
const present = existsSync(TEXT) && existsSync(GOLD);

interface GoldEvent {
  type: string[];
  actor: string[];
  target: string[];
  key: string;
  optional?: boolean;
}

describe.skipIf(!present)(`example article events${!present ? " (skipped: ../shared not present)" : ""}`, () => {
  it("finds every non-optional gold event with an accepted type and the actor/target countries", () => {
    const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { published: string; events: GoldEvent[] };
    const text = readFileSync(TEXT, "utf8");
    const doc = analyze({ text, published: gold.published });
    for (const g of gold.events.filter((e) => !e.optional)) {
      const at = doc.text.indexOf(g.key);
      expect(at, `key "${g.key}" in the text`).toBeGreaterThanOrEqual(0);
      const sent = doc.sentences.find((s) => s.start <= at && at < s.end);
      const found = doc.events.find(
        (e) =>
          sent !== undefined &&
          e.start < sent.end &&
          e.end > sent.start &&
          g.type.includes(e.type) &&
          g.actor.includes(e.actorCountry ?? "") &&
          g.target.includes(e.targetCountry ?? ""),
      );
      expect(
        found,
        `${g.type.join("/")} ${g.actor.join("/")}→${g.target.join("/")} at "${g.key}"; coded: ${doc.events
          .map((e) => `${e.type} ${e.actorCountry}→${e.targetCountry}`)
          .join(", ")}`,
      ).toBeDefined();
    }
  });
});
