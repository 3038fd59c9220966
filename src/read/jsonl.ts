import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { normalizeDate } from "./date.js";
import { readHtml } from "./html.js";

/** One JSON Lines record: `text` or `html`, with optional metadata. */
export interface JsonlRecord {
  text?: unknown;
  html?: unknown;
  published?: unknown;
  url?: unknown;
  title?: unknown;
  source?: unknown;
  id?: unknown;
}

/** The outcome of reading one item: a DocInit, or the reason it was skipped. */
export type ReadResult = { ok: true; doc: DocInit; where: string } | { ok: false; error: string; where: string };

/**
 * Reads JSON Lines of `{text|html, published?, url?, title?, source?}`. A bad line is
 * reported as a failed item; it never stops the others.
 */
export function* readJsonl(content: string, name: string): Generator<ReadResult> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${name}:${i + 1}`;
    try {
      yield { ok: true, doc: recordToDoc(JSON.parse(line) as unknown, where), where };
    } catch (e) {
      const msg = e instanceof InputError ? e.message : `${where}: invalid JSON (${(e as Error).message})`;
      yield { ok: false, error: msg, where };
    }
  }
}

export function recordToDoc(value: unknown, where: string): DocInit {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected a JSON object with "text" or "html"`);
  }
  const rec = value as JsonlRecord;
  const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
  let doc: DocInit;
  const html = str(rec.html);
  const text = str(rec.text);
  if (text) doc = { text };
  else if (html) doc = readHtml(html, where, str(rec.url));
  else throw new InputError(`${where}: the record has no non-empty "text" or "html" field`);
  if (rec.published !== undefined && rec.published !== null) {
    const p = typeof rec.published === "string" ? normalizeDate(rec.published) : null;
    if (!p) throw new InputError(`${where}: "published" is not a date: ${JSON.stringify(rec.published)}`);
    doc.published = p;
  }
  const title = str(rec.title);
  const url = str(rec.url);
  const source = str(rec.source);
  if (title) doc.title = title;
  if (url) doc.url = url;
  if (source) doc.source = source;
  if (typeof rec.id === "string" || typeof rec.id === "number") doc.meta = { ...doc.meta, id: String(rec.id) };
  return doc;
}
