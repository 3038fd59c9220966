import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
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
