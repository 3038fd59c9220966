import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("cue verbs whose speech-act reading depends on a reflexive 'sich'", () => {
  it("reads 'zeigen' as a cue only with 'sich'", async () => {
    const doc = await run("Der Minister zeigte sich besorgt, dass die Lage weiter eskalieren könnte.");
    expect(quoteWith(doc, "die Lage weiter eskalieren")?.speakerText).toBe("Der Minister");
    const doc2 = await run("Simulationen zeigen, dass sich das Objekt auf einer instabilen Bahn befindet.");
    expect(doc2.quotes).toEqual([]);
  });

  it("does not read reflexive 'sich versprechen' (expect) as a promise", async () => {
    const doc = await run("Von dem neuen Verfahren versprechen sich die Forscher eine schnellere Produktion.");
    expect(doc.quotes).toEqual([]);
    const doc2 = await run("Der Minister versprach eine schnelle Reform.");
    expect(quoteWith(doc2, "eine schnelle Reform")?.speakerText).toBe("Der Minister");
  });

  it("does not read reflexive 'sich nennen' (be called) as naming something", async () => {
    const doc = await run("Die Band nennt sich seit 2010 „Die Toten Hosen“.");
    expect(doc.quotes).toEqual([]);
    const doc3 = await run("Syd Barrett, wie er sich selbst gerne nannte, ist tot.");
    expect(doc3.quotes).toEqual([]);
    const doc2 = await run("Der Innenexperte nannte den Bericht eine „Zeitungsente“.");
    expect(quoteWith(doc2, "Zeitungsente")?.speakerText).toBe("Der Innenexperte");
  });
});

describe("narrative speech verbs as inverted cues", () => {
  it("reads 'erzählt', 'beharrt' and 'schildert' after the statement as its cue", async () => {
    for (const verb of ["erzählt", "beharrt", "schildert"]) {
      const doc = await run(`Die Rolle war lange schwierig, ${verb} Robin Wright.`);
      const q = quoteWith(doc, "Die Rolle war lange schwierig");
      expect(q?.cue?.text, verb).toBe(verb);
    }
  });
});
