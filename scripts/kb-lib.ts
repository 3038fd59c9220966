/** Small readers shared by the knowledge-base build scripts (scripts/build-kb.ts, scripts/kb-extended.ts). */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/**
 * CSV rows (quoted fields, embedded commas/newlines) via csv-parse; blank lines are skipped.
 * A malformed file is an error (the hand-written parser read it silently).
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, bom: true }) as string[][];
}

/** CSV with a header line as records keyed by column name. */
export function readCsvRecords(path: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const head = rows[0] ?? [];
  const out: Record<string, string>[] = [];
  for (const r of rows.slice(1)) {
    if (r.length === 1 && r[0] === "") continue;
    const rec: Record<string, string> = {};
    for (let k = 0; k < head.length; k++) rec[head[k]] = r[k] ?? "";
    out.push(rec);
  }
  return out;
}

/** A tab-separated table without comment (#) and blank lines, cells trimmed. */
export function readTsvFile(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

/** "a|b||c" → ["a", "b", "c"]. */
export const bar = (s: string | undefined): string[] => (s ? s.split("|").filter(Boolean) : []);

/** key → entry index → form code, keeping the best (lowest) code of an entry for a key. */
export function putBest(forms: Map<string, Map<number, number>>, key: string, ix: number, code: number): void {
  let m = forms.get(key);
  if (!m) {
    m = new Map();
    forms.set(key, m);
  }
  const prev = m.get(ix);
  if (prev === undefined || code < prev) m.set(ix, code);
}

/**
 * Weak adjective inflection inside multi-word names ("Vereinigte Staaten" → "Vereinigten Staaten", "Deutsche Post"
 * → "der Deutschen Post", "Neue Zürcher Zeitung" → "der Neuen Zürcher Zeitung").
 */
export function adjectivalVariant(name: string): string | null {
  const parts = name.split(" ");
  if (parts.length < 2) return null;
  let changed = false;
  const out = parts.map((p, k) => {
    if (k < parts.length - 1 && /^\p{Lu}\p{Ll}+e$/u.test(p) && /(sch|ig|t|al|el|er|u|i|ß)e$/.test(p)) {
      changed = true;
      return `${p}n`;
    }
    return p;
  });
  return changed ? out.join(" ") : null;
}
