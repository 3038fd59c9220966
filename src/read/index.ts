import { extname } from "node:path";
import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { decodeText } from "./decode.js";
import { readHtml } from "./html.js";
import { type ReadResult, readJsonl } from "./jsonl.js";

export { normalizeDate, parsePublishedOption } from "./date.js";
export { decodeText } from "./decode.js";
export { readHtml } from "./html.js";
export { type ReadResult, readJsonl, recordToDoc } from "./jsonl.js";

export type InputFormat = "text" | "html" | "jsonl";

/** Guesses the format from the file name, then from the content. */
export function sniffFormat(name: string, text: string): InputFormat {
  const ext = extname(name).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".txt" || ext === ".text") return "text";
  const head = text.slice(0, 2000).trimStart();
  if (/^(<!doctype html|<html|<head|<body|<article)/i.test(head)) return "html";
  if (head.startsWith("{") && /^\{.*\}\s*$/m.test(head.split("\n")[0])) return "jsonl";
  return "text";
}

/**
 * Reads one input (file contents) into documents. Plain text and HTML give one
 * document; JSON Lines give one per line (bad lines are reported, not fatal).
 */
export function readInput(bytes: Uint8Array, name: string, format?: InputFormat): ReadResult[] {
  const text = decodeText(bytes, name);
  const fmt = format ?? sniffFormat(name, text);
  if (fmt === "jsonl") return [...readJsonl(text, name)];
  const doc: DocInit = fmt === "html" ? readHtml(text, name) : { text };
  return [{ ok: true, doc, where: name }];
}

/** Reads exactly one document or throws an InputError saying why not. */
export function readOne(bytes: Uint8Array, name: string, format?: InputFormat): DocInit {
  const results = readInput(bytes, name, format);
  const first = results[0];
  if (!first) throw new InputError(`${name}: no document in the input`);
  if (!first.ok) throw new InputError(first.error);
  if (results.length > 1)
    throw new InputError(`${name}: holds ${results.length} documents; use "lagebild ingest" for collections`);
  return first.doc;
}
