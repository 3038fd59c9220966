import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Doc } from "../../../doc/index.js";
import { loadDefaultConfig, Pipeline } from "../../../pipeline/analyze.js";
import { analyzeTime as analyze } from "./testing.js";

const EXAMPLE = fileURLToPath(new URL("../../../../../shared/examples/kim-putin.de.txt", import.meta.url));
const HAS_EXAMPLE = existsSync(EXAMPLE);

describe("de.time.v1 stage", () => {
  it("is registered in the default pipeline after the sentences", () => {
    const stages = loadDefaultConfig().stages;
    expect(stages.indexOf("de.time.v1")).toBeGreaterThan(stages.indexOf("sentences.v1"));
  });

  it("fills doc.times", () => {
    const doc = analyze({ text: "Kim sagte am Mittwoch, er komme.", published: "2025-09-04" });
    expect(doc.pipeline).toContain("de.time.v1");
    expect(doc.times).toEqual([{ start: 13, end: 21, text: "Mittwoch", value: "2025-09-03", type: "DATE" }]);
  });

  it("narrative mode anchors to the last mentioned date", () => {
    const p = new Pipeline({
      stages: ["lang.detect.v1", "tokens.v1", "sentences.v1", "de.time.v1"],
      options: { "de.time.v1": { mode: "narrative" } },
    });
    const doc = p.run(
      new Doc({
        text: "Der deutsche Angriff auf Polen begann im Jahre 1939. Am 17. September marschierte die Rote Armee ein, drei Tage später fiel die Stadt.",
        published: "2011-02-16",
      }),
    );
    expect(doc.times.map((t) => [t.text, t.value])).toEqual([
      ["Jahre 1939", "1939"],
      ["17. September", "1939-09-17"],
      ["drei Tage später", "1939-09-20"],
    ]);
  });
});

describe.skipIf(!HAS_EXAMPLE)(
  `example article${!HAS_EXAMPLE ? " (skipped: ../shared/examples not present)" : ""}`,
  () => {
    it("finds exactly 'am Mittwoch', 'Anfang dieses Jahres' and '2024'", () => {
      const doc = analyze({ text: readFileSync(EXAMPLE, "utf8"), published: "2025-09-04" });
      expect(doc.times.map((t) => [t.text, t.value, t.mod ?? null])).toEqual([
        ["Mittwoch", "2025-09-03", null],
        ["2024", "2024", null],
        ["Anfang dieses Jahres", "2025", "START"],
      ]);
    });
  },
);
