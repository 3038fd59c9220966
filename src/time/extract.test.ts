import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { extractTimes } from "./extract.js";
import type { TimeGrammar } from "./grammar.js";
import { M } from "./match.js";
import { shift } from "./resolve.js";

/** A two-word grammar: "yesterday" and "tomorrow", with no clause cues. */
const toy: TimeGrammar = {
  match: (doc, narrative) => new M(doc, narrative),
  parsers: [
    (m, i) => {
      const off = m.lw(i) === "yesterday" ? -1 : m.lw(i) === "tomorrow" ? 1 : 0;
      if (!off) return null;
      return {
        s: i,
        e: i + 1,
        type: "DATE",
        family: "relative-day",
        resolve: (rc) => ({ value: shift(rc.base, "D", off) ?? "PAST_REF" }),
      };
    },
  ],
  mayStart: () => true,
  refiners: [],
  prefixOf: () => ({}),
  clauseDir: () => ({ dir: 0, present: false }),
  anchors: () => true,
};

describe("the time engine with a language's grammar", () => {
  it("runs the grammar's parsers and resolves against the publication date", () => {
    const doc = textLayers(new Doc({ text: "He left yesterday and returns tomorrow.", published: "2025-09-04" }), "en");
    expect(extractTimes(doc, toy, { reference: doc.published }).map((t) => [t.text, t.value])).toEqual([
      ["yesterday", "2025-09-03"],
      ["tomorrow", "2025-09-05"],
    ]);
  });

  it("finds nothing the grammar does not know", () => {
    const doc = textLayers(new Doc({ text: "Am Mittwoch kam er.", published: "2025-09-04" }), "en");
    expect(extractTimes(doc, toy, { reference: doc.published })).toEqual([]);
  });
});
