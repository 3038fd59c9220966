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
  it("reads a particle verb from its base form and a contracted preposition", async () => {
    const doc = await run(
      "Die Premierministerin sagte weitere Hilfe zu. Die Regierung rief zum Kampf gegen die Armut auf.",
    );
    expect(quoteWith(doc, "weitere Hilfe")?.cueParts?.map((c) => c.text)).toEqual(["sagte", "zu"]);
    expect(quoteWith(doc, "zum Kampf gegen die Armut")?.speakerText).toBe("Die Regierung");
  });

  it("takes an outlet with a quoted name before the verb as the speaker, and no date as content", async () => {
    const doc = await run("Der Fernsehsender „Silverbird“ berichtete von der Bergung der Opfer.");
    expect(quoteWith(doc, "von der Bergung")?.speakerText).toBe("Der Fernsehsender „Silverbird“");
    const doc2 = await run("Die Zeitung berichtete vom 7. April 2024.");
    expect(doc2.quotes).toEqual([]);
  });
  it("reads 'das'/'diese' before a noun as an article, alone as a pronoun", async () => {
    const doc = await run("Die Opposition kritisierte das neue Gesetz. Die Regierung forderte das.");
    expect(quoteWith(doc, "das neue Gesetz")?.speakerText).toBe("Die Opposition");
    expect(doc.quotes).toHaveLength(1);
  });
});
