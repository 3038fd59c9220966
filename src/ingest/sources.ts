import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { decodeText, readHtml, recordToDoc } from "../read/index.js";
import { type CsvIngestOptions, readCsvItems } from "./csv.js";
import { type FetchOptions, fetchText, isFeed, readFeedItems } from "./feed.js";

/** One input item: an article to analyse, or the reason it cannot be. */
export type Item =
  | { ok: true; doc: DocInit; meta: Record<string, string>; where: string }
  | { ok: false; error: string; where: string };

export interface SourceOptions extends CsvIngestOptions, FetchOptions {
  /** Largest single-article file and largest article text, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Largest collection file (CSV, JSONL, JSON, feed), in bytes (default 1 GiB). */
  maxCollectionBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_COLLECTION = 1024 * 1024 * 1024;

const SINGLE = new Set([".txt", ".text", ".html", ".htm", ".xhtml"]);
const COLLECTION = new Set([".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".rss", ".atom", ".xml"]);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Lists the files under a folder (recursively, sorted, only the formats ingest reads) and the folders it cannot read. */
export function listFolder(dir: string): { files: string[]; errors: { where: string; error: string }[] } {
  const files: string[] = [];
  const errors: { where: string; error: string }[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      errors.push({ where: d, error: `${d}: cannot read the folder (${code})` });
      return;
    }
    for (const n of names) {
      if (n.startsWith(".")) continue;
      const p = join(d, n);
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(p);
      } catch {
        files.push(p); // reported when read
        continue;
      }
      if (st.isDirectory()) walk(p);
      else {
        const ext = extname(n).toLowerCase();
        if (SINGLE.has(ext) || COLLECTION.has(ext)) files.push(p);
      }
    }
  };
  walk(dir);
  return { files, errors };
}

/**
 * Every item of the inputs, in order: files, folders (recursive), http(s) URLs of pages
 * or feeds. A problem with one input or item becomes a failed item; nothing throws
 * except invalid options.
 */
export async function* readSources(inputs: readonly string[], opts: SourceOptions = {}): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, opts);
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(input);
    } catch {
      yield { ok: false, where: input, error: `${input}: no such file or folder` };
      continue;
    }
    if (st.isDirectory()) {
      const { files, errors } = listFolder(input);
      for (const e of errors) yield { ok: false, ...e };
      if (!files.length && !errors.length) {
        yield {
          ok: false,
          where: input,
          error: `${input}: no .txt, .html, .json, .jsonl, .csv, .tsv or feed files in the folder`,
        };
      }
      for (const f of files) yield* readFile(f, opts);
    } else yield* readFile(input, opts);
  }
}

async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<Item> {
  let body: string;
  try {
    body = await fetchText(url, opts);
  } catch (e) {
    yield { ok: false, where: url, error: (e as Error).message };
    return;
  }
  if (isFeed(body)) {
    yield* readFeedItems(body, url, opts);
    return;
  }
  try {
    const doc = readHtml(body, url, url);
    yield { ok: true, doc, meta: doc.meta ?? {}, where: url };
  } catch (e) {
    yield { ok: false, where: url, error: (e as Error).message };
  }
}

async function* readFile(path: string, opts: SourceOptions): AsyncGenerator<Item> {
  const ext = extname(path).toLowerCase();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const limit = COLLECTION.has(ext) ? (opts.maxCollectionBytes ?? DEFAULT_MAX_COLLECTION) : maxBytes;
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.size > limit) {
      yield { ok: false, where: path, error: `${path}: the file is ${mb(st.size)}, over the ${mb(limit)} limit` };
      return;
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { ok: false, where: path, error: `${path}: cannot read (${code ?? (e as Error).message})` };
    return;
  }
  let text: string;
  try {
    text = decodeText(bytes, path);
  } catch (e) {
    yield { ok: false, where: path, error: (e as Error).message };
    return;
  }
  try {
    if (ext === ".csv" || ext === ".tsv") {
      yield* readCsvItems(text, path, { ...opts, delimiter: opts.delimiter ?? (ext === ".tsv" ? "\t" : ",") });
    } else if (ext === ".jsonl" || ext === ".ndjson") {
      yield* readJsonlFile(text, path);
    } else if (ext === ".json") {
      yield* readJsonFile(text, path);
    } else if (ext === ".rss" || ext === ".atom" || (ext === ".xml" && isFeed(text))) {
      yield* readFeedItems(text, path, opts);
    } else if (ext === ".xml") {
      yield { ok: false, where: path, error: `${path}: an XML file that is not an RSS or Atom feed` };
    } else if (ext === ".html" || ext === ".htm" || ext === ".xhtml" || /^\s*(<!doctype html|<html)/i.test(text)) {
      const doc = readHtml(text, path);
      yield { ok: true, doc, meta: doc.meta ?? {}, where: path };
    } else {
      yield { ok: true, doc: { text }, meta: {}, where: path };
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    yield { ok: false, where: path, error: e.message };
  }
}

const KNOWN = new Set(["text", "html", "title", "url", "source", "published", "id", "lang"]);

/** One record (JSON object) as an item; fields besides text/html/title/url/source/published are metadata. */
function recordItem(value: unknown, where: string): Item {
  try {
    const doc = recordToDoc(value, where);
    const meta: Record<string, string> = { ...(doc.meta ?? {}) };
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (KNOWN.has(k)) continue;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") meta[k] = String(v);
    }
    return { ok: true, doc, meta, where };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, where, error: e.message };
  }
}

function* readJsonlFile(text: string, path: string): Generator<Item> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { ok: false, where, error: `${where}: invalid JSON (${(e as Error).message})` };
      continue;
    }
    yield recordItem(value, where);
  }
}

function* readJsonFile(text: string, path: string): Generator<Item> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { ok: false, where: path, error: `${path}: invalid JSON (${(e as Error).message})` };
    return;
  }
  const records = Array.isArray(value)
    ? value
    : value && typeof value === "object" && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  for (let i = 0; i < records.length; i++) {
    const where = records.length > 1 || Array.isArray(value) ? `${path}[${i}]` : path;
    yield recordItem(records[i], where);
  }
}

/** Checks an item's text (empty, too long) before it is analysed; returns the reason or null. */
export function checkItem(doc: DocInit, maxBytes = DEFAULT_MAX_BYTES): string | null {
  if (!doc.text?.trim()) return "empty article (no text)";
  const bytes = Buffer.byteLength(doc.text, "utf8");
  if (bytes > maxBytes) return `the article text is ${mb(bytes)}, over the ${mb(maxBytes)} limit`;
  return null;
}
