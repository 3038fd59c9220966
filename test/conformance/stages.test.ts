import { describe, expect, it } from "vitest";
import { Doc } from "../../src/doc/index.js";
import { sharedKb } from "../../src/kb/index.js";
import { loadDefaultConfig } from "../../src/pipeline/analyze.js";
import { languageResources } from "../../src/pipeline/languages.js";
import { getStage } from "../../src/pipeline/registry.js";
import type { Layer } from "../../src/pipeline/stage.js";
import "../../src/pipeline/stages.js";

const SAMPLES = [
  "Der nordkoreanische Machthaber Kim Jong-un hat dem russischen Präsidenten Wladimir Putin volle Unterstützung zugesichert. „Wir warten auf Sie“, sagte Putin am Mittwoch laut der Agentur Tass.",
  "Berlin – Bundeskanzler Friedrich Merz hat China vorgeworfen, Russland im Krieg gegen die Ukraine zu unterstützen. Peking wies die Vorwürfe am Dienstag zurück. Man werde sich nicht einschüchtern lassen, hieß es.",
  "Die EZB hat den Leitzins um 0,25 Prozentpunkte gesenkt. Der 1. FC Köln gewann am 3. September mit 2:1.",
];

/** The part of the Doc each layer name stands for, as JSON for comparison. */
function layerValue(doc: Doc, layer: Layer): string {
  switch (layer) {
    case "lang":
      return doc.lang;
    case "tokens":
      return JSON.stringify([
        Array.from(doc.tokens.start.subarray(0, doc.tokens.count)),
        Array.from(doc.tokens.end.subarray(0, doc.tokens.count)),
      ]);
    default:
      return JSON.stringify(doc[layer]);
  }
}

const LAYERS: Layer[] = ["lang", "tokens", "sentences", "entities", "times", "quotes", "events"];

describe("every stage of the default pipeline keeps its contract", () => {
  const names = loadDefaultConfig().stages;
  it("lists only registered stages", () => {
    for (const name of names) expect(getStage(name), name).toBeDefined();
  });

  for (const text of SAMPLES) {
    it(`changes only the layers it assigns, with spans inside the text and sorted: ${text.slice(0, 40)}…`, () => {
      const doc = new Doc({ text, published: "2025-09-04" });
      for (const name of names) {
        const stage = getStage(name)!;
        const before = new Map(LAYERS.map((l) => [l, layerValue(doc, l)]));
        stage.run(doc, { reference: doc.published, options: {}, lang: languageResources(doc.lang), kb: sharedKb() });
        for (const l of LAYERS) {
          if (!stage.assigns.includes(l)) expect(layerValue(doc, l), `${name} changed ${l}`).toBe(before.get(l));
        }
      }
      const n = doc.text.length;
      const spans: { start: number; end: number; text?: string }[] = [
        ...doc.sentences,
        ...doc.entities.flatMap((e) => e.mentions),
        ...doc.quotes,
        ...doc.times,
        ...doc.events,
      ];
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(n);
        expect(s.start).toBeLessThanOrEqual(s.end);
        if (s.text !== undefined) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      }
      for (const layer of [doc.sentences, doc.times, doc.quotes]) {
        for (let i = 1; i < layer.length; i++) expect(layer[i].start).toBeGreaterThanOrEqual(layer[i - 1].start);
      }
      const ids = new Set(doc.entities.map((e) => e.id));
      expect(ids.size).toBe(doc.entities.length);
      for (const q of doc.quotes) {
        if (q.speaker) expect(ids.has(q.speaker), `quote speaker ${q.speaker}`).toBe(true);
        if (q.source) expect(ids.has(q.source), `quote source ${q.source}`).toBe(true);
      }
      const quoteIds = new Set(doc.quotes.map((q) => q.id));
      for (const e of doc.events) {
        if (e.actor) expect(ids.has(e.actor)).toBe(true);
        if (e.target) expect(ids.has(e.target)).toBe(true);
        if (e.quote) expect(quoteIds.has(e.quote)).toBe(true);
      }
    });
  }
});
