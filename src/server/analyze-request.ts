import type { z } from "zod";
import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { analyze } from "../pipeline/analyze.js";
import { readHtml } from "../read/index.js";
import type { AnalyzeBody } from "./schemas.js";

/**
 * JSON with `<`, `>` and `&` escaped as \u003c… so no response can be read as markup even
 * by a client that sniffs content types; JSON.parse gives back the same strings.
 */
export function safeJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Analyses the body of POST /api/analyze into Doc JSON. */
export function analyzeRequest(body: z.output<typeof AnalyzeBody>): unknown {
  let init: DocInit;
  if (body.html !== undefined) init = readHtml(body.html, "html", body.url);
  else {
    const text = body.text ?? "";
    if (!text.trim()) throw new InputError('"text" is empty (only whitespace)');
    init = { text };
  }
  if (body.published !== undefined) init.published = body.published;
  if (body.title !== undefined) init.title = body.title;
  if (body.url !== undefined) init.url = body.url;
  return analyze(init).toJSON();
}
