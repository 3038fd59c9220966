import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { InputError } from "../errors.js";
import { analyze, Pipeline } from "./analyze.js";
import { registerStage } from "./registry.js";
import type { Stage } from "./stage.js";

describe("the pipeline and the document's language", () => {
  it("runs the German stages only on German text, and says which layers stay empty", () => {
    const en = analyze({ text: "The president said on Monday that the talks would continue next week in Geneva." });
    expect(en.lang).toBe("en");
    expect(en.pipeline).not.toContain("de.quotes.v1");
    expect(en.quotes).toEqual([]);
    expect(en.sentences).toHaveLength(1);
    expect(en.warnings.join(" ")).toContain("de.quotes.v1");
    const de = analyze({ text: "Der Präsident sagte am Montag, die Gespräche würden in Genf weitergehen." });
    expect(de.pipeline).toContain("de.quotes.v1");
  });

  it("hands a stage the resources of the document's language through its context", () => {
    const seen: (string | null)[] = [];
    const probe: Stage = {
      name: "test.probe-lang.v1",
      requires: [],
      assigns: [],
      run: (_doc, ctx) => {
        seen.push(ctx.lang?.code ?? null);
      },
    };
    registerStage(probe);
    const p = new Pipeline({ stages: ["lang.detect.v1", "test.probe-lang.v1"] });
    p.run(new Doc({ text: "Die Regierung hat am Montag in Wien neue Maßnahmen beschlossen, sagte der Kanzler." }));
    p.run(new Doc({ text: "The government adopted new measures in Vienna on Monday, the chancellor said." }));
    expect(seen).toEqual(["de", null]);
  });

  it("refuses a stage for a language that no module registers", () => {
    registerStage({ name: "test.xx-only.v1", requires: [], assigns: [], languages: ["xx"], run: () => {} });
    expect(() => new Pipeline({ stages: ["test.xx-only.v1"] })).toThrow(/no language module/);
  });
});

describe("the library checks its input", () => {
  const call = (input: unknown) => () => analyze(input as never);

  it("refuses a publication date that is no calendar day, naming it", () => {
    for (const bad of ["gestern", "0000-00-00", "2025-13-45", "2025-02-30", "Mittwoch"]) {
      expect(call({ text: "Kim sagte am Mittwoch, er komme.", published: bad }), bad).toThrow(InputError);
      expect(call({ text: "Kim sagte am Mittwoch, er komme.", published: bad }), bad).toThrow(JSON.stringify(bad));
    }
  });

  it("keeps a full ISO timestamp's day as the reference", () => {
    const doc = analyze({ text: "Kim sagte am Mittwoch, er komme.", published: "2025-09-04T08:30:00+02:00" });
    expect(doc.published).toBe("2025-09-04");
    expect(doc.times.map((t) => t.value)).toEqual(["2025-09-03"]);
  });

  it("answers input of the wrong type with an InputError naming the field, not a TypeError", () => {
    for (const bad of [
      { text: 42 },
      { text: null },
      {},
      null,
      7,
      [],
      { text: "Hallo.", title: 3 },
      { text: "x", meta: { a: 1 } },
    ]) {
      let err: unknown;
      try {
        analyze(bad as never);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(bad)).toBeInstanceOf(InputError);
    }
    expect(call({ text: 42 })).toThrow('"text" must be a string, got a number');
  });
});
