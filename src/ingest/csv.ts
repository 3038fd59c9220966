import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { parseCsv } from "../read/csv.js";
import { normalizeDate } from "../read/date.js";
import type { Item } from "./sources.js";

export interface CsvIngestOptions {
  /** Field delimiter (one character; "\t" or "tab" for TSV). Default "," (".tsv": tab). */
  delimiter?: string;
  /** Quote character (default "). */
  quote?: string;
  /** Column names in order; without them the first row is the header. */
  columns?: string[];
  /** With `columns`: the first row is a header to skip. */
  header?: boolean;
}

/** Parses a `--columns` value: "category,text" → ["category", "text"]; `text` must be among them. */
export function parseColumns(value: string): string[] {
  const cols = value.split(",").map((c) => c.trim());
  if (cols.some((c) => !c)) throw new InputError(`--columns: empty column name in "${value}"`);
  const dup = cols.find((c, i) => cols.indexOf(c) !== i);
  if (dup) throw new InputError(`--columns: "${dup}" appears twice`);
  if (!cols.includes("text")) throw new InputError(`--columns must name a "text" column (got "${value}")`);
  return cols;
}

/** Reads a delimiter option: one character, or \t / tab. */
export function parseDelimiter(value: string): string {
  if (value === "\\t" || value.toLowerCase() === "tab") return "\t";
  if (value.length !== 1) throw new InputError(`--delimiter must be one character (or "tab"), not "${value}"`);
  return value;
}

/**
 * One item per CSV/TSV record. The columns text, title, published, url and source fill the
 * article; any other column is kept as its metadata. A record with the wrong number of
 * fields, an empty text or an unreadable date is a failed item; the rest go on.
 */
export function* readCsvItems(content: string, name: string, opts: CsvIngestOptions): Generator<Item> {
  const delimiter = opts.delimiter ?? ",";
  const quote = opts.quote ?? '"';
  let columns = opts.columns;
  let skipFirst = Boolean(columns && opts.header);
  for (const rec of parseCsv(content, { delimiter, quote })) {
    const where = `${name}:${rec.line}`;
    if ("error" in rec) {
      yield { ok: false, where, error: `${name}: ${rec.error}` };
      continue;
    }
    if (!columns) {
      columns = rec.fields.map((f) => f.trim().toLowerCase());
      if (!columns.includes("text")) {
        yield {
          ok: false,
          where,
          error: `${name}: the header row has no "text" column (found: ${columns.join(", ")}); name the columns with --columns`,
        };
        return;
      }
      continue;
    }
    if (skipFirst) {
      skipFirst = false;
      continue;
    }
    if (rec.fields.length !== columns.length) {
      yield {
        ok: false,
        where,
        error: `${where}: expected ${columns.length} fields (${columns.join(", ")}), found ${rec.fields.length}`,
      };
      continue;
    }
    const doc: DocInit = { text: "" };
    const meta: Record<string, string> = {};
    let bad: string | null = null;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i];
      const v = rec.fields[i];
      if (col === "text") doc.text = v;
      else if (col === "published") {
        if (!v.trim()) continue;
        const d = normalizeDate(v);
        if (!d) bad = `${where}: "published" is not a date: ${JSON.stringify(v)}`;
        else doc.published = d;
      } else if (col === "title" || col === "url" || col === "source") {
        if (v.trim()) doc[col] = v.trim();
      } else if (v !== "") meta[col] = v;
    }
    if (bad) yield { ok: false, where, error: bad };
    else yield { ok: true, doc, meta, where };
  }
}
