import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { loadTimeGold, parseJsonl, parseTimex2, scoreTime } from "./eval.js";

const NEWS_GOLD = fileURLToPath(new URL("../../test/gold/time/news.de.jsonl", import.meta.url));
const WIKIWARS = fileURLToPath(new URL("../../../shared/data/wikiwarsde", import.meta.url));

describe("time evaluation", () => {
  it("reads TIMEX2 inline annotation with offsets into the stripped text", () => {
    const g = parseTimex2(
      "x",
      '<DOC><DATETIME> <TIMEX2 val="2011-02-16">2011-02-16</TIMEX2> </DATETIME><TEXT>Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann es.</TEXT></DOC>',
    );
    expect(g.published).toBe("2011-02-16");
    expect(g.text).toBe("Am 1. September 1939 begann es.");
    expect(g.gold).toEqual([{ start: 3, end: 20, text: "1. September 1939", value: "1939-09-01" }]);
  });

  it("scores strict, lenient and value accuracy", () => {
    const docs = parseJsonl(
      "t",
      '{"text":"Am 3. September 2025 sagte er das, am Mittwoch auch.","published":"2025-09-04","expected":[{"text":"3. September 2025","value":"2025-09-03","type":"DATE"},{"text":"am Mittwoch","value":"2025-09-01","type":"DATE"}]}',
    );
    const s = scoreTime(docs, "news");
    expect(s.lenient.recall).toBe(1);
    expect(s.strict.recall).toBe(0.5); // "am Mittwoch" vs "Mittwoch"
    expect(s.valueAccuracy).toBe(0.5); // 2025-09-03 ≠ the gold's (wrong on purpose) 2025-09-01
  });

  it("reports a gold expression missing from its text as an input error", () => {
    expect(() =>
      parseJsonl("t", '{"text":"Heute.","published":null,"expected":[{"text":"gestern","value":"X"}]}'),
    ).toThrow(InputError);
    expect(() => loadTimeGold("/nonexistent/gold")).toThrow(InputError);
  });

  it("the repository's news gold reaches value accuracy ≥ 95%", () => {
    const { docs, format } = loadTimeGold(NEWS_GOLD);
    expect(format).toBe("jsonl");
    const s = scoreTime(docs, "news");
    expect(s.gold).toBeGreaterThanOrEqual(150);
    expect(s.valueAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.lenient.precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!existsSync(WIKIWARS))(
  `WikiWarsDE${existsSync(WIKIWARS) ? "" : " (skipped: ../shared/data/wikiwarsde not present)"}`,
  () => {
    it("reaches lenient F1 ≥ 93% and value accuracy ≥ 89% in narrative mode", () => {
      const { docs, format } = loadTimeGold(WIKIWARS);
      expect(format).toBe("timex2");
      expect(docs).toHaveLength(22);
      const s = scoreTime(docs, "narrative");
      expect(s.lenient.f1).toBeGreaterThanOrEqual(0.93);
      expect(s.valueAccuracy).toBeGreaterThanOrEqual(0.89);
    });
  },
);
