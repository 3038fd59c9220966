/**
 * Readers for annotated NER corpora: GermEval 2014 (`# source` comment lines, then
 * `index  token  outer  inner`) and CoNLL-style column files (token first, NER tag last;
 * IO or IOB tags, e.g. the Europarl German NER set).
 *
 * Tag mapping (applied identically to training data, gold and predictions):
 * - OTH → MISC.
 * - GermEval's derivation and part labels (LOCderiv "deutsche", ORGpart "EU-weit", …) → O:
 *   they are not names of PER/ORG/LOC/MISC entities. Country adjectives are recognised by the
 *   knowledge base as adjective mentions instead.
 */
import { existsSync, readFileSync } from "node:fs";
import { InputError } from "../../errors.js";
import { beginOf, type NerType } from "./labels.js";

export interface Sentence {
  tokens: string[];
  /** label ids (see labels.ts) */
  labels: Uint8Array;
}

export type CorpusFormat = "germeval" | "conll";

export const TAG_MAPPING =
  "outer level; OTH→MISC; *deriv and *part labels (LOCderiv, ORGpart, …) → O in gold and prediction";

/** Maps a raw type ("LOC", "OTH", "LOCderiv", "MISC") to an outer type, or null for O. */
function mapType(raw: string): NerType | null {
  if (raw.endsWith("deriv") || raw.endsWith("part")) return null;
  switch (raw) {
    case "PER":
    case "ORG":
    case "LOC":
    case "MISC":
      return raw;
    case "OTH":
      return "MISC";
    default:
      return null;
  }
}

/** Converts raw IOB/IO tags to label ids; an I- tag not continuing its type begins a span. */
export function tagsToLabels(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  let prevType: NerType | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const dash = tag.indexOf("-");
    const type = dash < 0 ? null : mapType(tag.slice(dash + 1));
    if (!type) {
      prevType = null;
      continue;
    }
    const b = beginOf(type);
    const begins = tag.startsWith("B") || prevType !== type;
    out[i] = begins ? b : b + 1;
    prevType = type;
  }
  return out;
}

/** Guesses the format from the first token line. */
function detectFormat(text: string): CorpusFormat {
  for (const line of text.split("\n", 200)) {
    if (!line.trim() || line.startsWith("#")) continue;
    const cols = line.split("\t");
    return cols.length === 4 && /^\d+$/.test(cols[0]) ? "germeval" : "conll";
  }
  return "conll";
}

export function parseCorpus(text: string, format: CorpusFormat = detectFormat(text)): Sentence[] {
  const out: Sentence[] = [];
  let toks: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (toks.length) out.push({ tokens: toks, labels: tagsToLabels(tags) });
    toks = [];
    tags = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (format === "germeval" && line.startsWith("#")) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split("\t");
    const tok = (format === "germeval" ? cols[1] : cols[0])?.trim();
    const tag = (format === "germeval" ? cols[2] : cols[cols.length - 1])?.trim() ?? "O";
    if (!tok) continue;
    toks.push(tok.normalize("NFC"));
    tags.push(tag || "O");
  }
  flush();
  return out;
}

export function readCorpus(path: string, format?: CorpusFormat): Sentence[] {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const sents = parseCorpus(readFileSync(path, "utf8"), format);
  if (!sents.length) throw new InputError(`${path}: no sentences found (expected GermEval or CoNLL columns)`);
  return sents;
}
