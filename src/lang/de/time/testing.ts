import { Doc, type DocInit } from "../../../doc/index.js";
import { Pipeline, textLayers } from "../../../pipeline/analyze.js";
import { extractTimes } from "../../../time/extract.js";
import { german } from "../resources.js";

/** [text, value, type, mod] of every time expression in `text` (helper for tests and quick checks). */
export function tagTimes(
  text: string,
  published: string | null = "2025-09-04",
  mode: "news" | "narrative" = "news",
): [string, string, string, string][] {
  const doc = new Doc({ text, published });
  doc.lang = "de";
  textLayers(doc);
  return extractTimes(doc, german().time, { reference: published, mode }).map((t) => [
    t.text,
    t.value,
    t.type,
    t.mod ?? "",
  ]);
}

/** Just [text, value] pairs. */
export function values(
  text: string,
  published: string | null = "2025-09-04",
  mode: "news" | "narrative" = "news",
): [string, string][] {
  return tagTimes(text, published, mode).map(([t, v]) => [t, v]);
}

let pipe: Pipeline | undefined;
/** Runs only the stages the time layer needs (language, tokens, sentences, time), independent of later stages. */
export function analyzeTime(init: DocInit): Doc {
  if (!pipe) pipe = new Pipeline({ stages: ["lang.detect.v1", "tokens.v1", "sentences.v1", "de.time.v1"] });
  return pipe.run(new Doc(init));
}
