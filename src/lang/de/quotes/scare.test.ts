import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("scare quotes, names and titles", () => {
  it("skips a 'sogenannte' scare quote", async () => {
    const doc = await run("Die sogenannte „Schattenflotte“ transportiert weiter Öl über die Ostsee.");
    expect(doc.quotes).toEqual([]);
  });

  it("skips a newspaper name in quotation marks", async () => {
    const doc = await run("Die Zeitung „Handelsblatt“ erscheint ab Juli auch am Samstag.");
    expect(doc.quotes).toEqual([]);
  });

  it("skips a short quoted label without a cue", async () => {
    const doc = await run("Die Operation „Wüstensturm“ begann im Januar.");
    expect(doc.quotes).toEqual([]);
  });

  it("keeps a long quotation even when it starts after a noun", async () => {
    const doc = await run("Der Minister sagte: „Wir haben alles getan, was möglich war.“");
    expect(quoteWith(doc, "alles getan")?.kind).toBe("direct");
  });

  it("skips a frameless quoted title or name governed by an article or preposition", async () => {
    const doc = await run(
      "Der Schauspieler spielte in „Jeder stirbt für sich allein“ mit. Er ist Mitglied der „Aktion Deutschland hilft“.",
    );
    expect(doc.quotes).toHaveLength(0);
  });

  it("reads no finite verb in a capitalised noun or an attributive participle of a quoted name", async () => {
    const doc = await run(
      "Die Schule präsentiert sich als „Schule ohne Rassismus – Schule mit Courage“. Im Bereich „politisch motivierte Ausländerkriminalität“ liegt das Land vorn.",
    );
    expect(doc.quotes).toHaveLength(0);
    // a finite verb at the start of a frameless quotation still makes it speech
    const doc2 = await run("Der Saal wurde still. „Ist das wirklich nötig? Wir sollten reden.“");
    expect(quoteWith(doc2, "wirklich nötig")?.kind).toBe("direct");
  });
});
