import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../test-helpers.js";

describe("reported speech with an NP or PP content", () => {
  it("reads 'sprach von X' as a statement of the subject", async () => {
    const doc = await run("Eine Reporterin des Senders sprach von 800 verbrannten Autos.");
    const q = quoteWith(doc, "von 800 verbrannten Autos");
    expect(q?.kind).toBe("indirect");
    expect(q?.speakerText).toBe("Eine Reporterin des Senders");
    expect(q?.cue?.text).toBe("sprach");
  });

  it("reads 'warnte vor X' and 'forderte X' with a time expression between verb and content", async () => {
    const doc = await run("Die Vereinten Nationen forderten am Montag einen sofortigen Waffenstillstand.");
    expect(quoteWith(doc, "einen sofortigen Waffenstillstand")?.speakerText).toBe("Die Vereinten Nationen");
    const doc2 = await run("Der Außenminister warnte vor einer weiteren Eskalation.");
    expect(quoteWith(doc2, "vor einer weiteren Eskalation")?.cue?.text).toBe("warnte");
  });

  it("reads 'bezeichnete X als Y' and 'kritisierte die Entscheidung'", async () => {
    const doc = await run("Sie bezeichnet diese Lösung als Irrweg. Die Opposition kritisierte die Entscheidung.");
    expect(quoteWith(doc, "diese Lösung als Irrweg")?.speakerText).toBe("Sie");
    expect(quoteWith(doc, "die Entscheidung")?.speakerText).toBe("Die Opposition");
  });

  it("ignores praise of people, pronoun objects and topic-only frames", async () => {
    const doc = await run(
      "Die Kanzlerin lobte die Helfer. Der Minister kritisierte ihn. Der Präsident sprach mit Journalisten. Er sprach über die Lage.",
    );
    expect(doc.quotes).toEqual([]);
  });

  it("ignores a speech-act verb outside the frame table and a cue verb without its listed complement", async () => {
    const doc = await run("Der Minister besuchte die Stadt. Die Polizei berichtete am Abend.");
    expect(doc.quotes).toEqual([]);
  });
});
