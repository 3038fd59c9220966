import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("mixed quotes", () => {
  it("marks indirect speech with a quoted fragment as mixed", async () => {
    const doc = await run("Das Land sei bereit, „alles Mögliche zu tun“, um zu helfen, sagte der Präsident.");
    const q = quoteWith(doc, "Das Land sei bereit");
    expect(q?.kind).toBe("mixed");
    expect(q?.text).toContain("„alles Mögliche zu tun“");
    expect(q?.speakerText).toBe("der Präsident");
  });

  it("reads a quoted evaluation after a cue as mixed (verurteilte … als „…“)", async () => {
    const doc = await run("Der Generalsekretär verurteilte das Vorgehen als „rücksichtslos“.");
    const q = quoteWith(doc, "rücksichtslos");
    expect(q?.kind).toBe("mixed");
    expect(q?.speakerText).toBe("Der Generalsekretär");
  });

  it("does not make a scare-quoted name in a cue clause a quote", async () => {
    const doc = await run("Der Minister lobte die sogenannte „Zeitenwende“.");
    expect(doc.quotes).toEqual([]);
  });
});
