import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { DEFAULT_DB, openStore } from "../open.js";
import type { Store } from "../types.js";

export type OutputFormat = "table" | "json" | "csv";
export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
  /** Widest the table cell may be (longer text is cut with …). */
  max?: number;
}

export function parseFormat(value: string | undefined): OutputFormat {
  const v = value ?? "table";
  if (v === "table" || v === "json" || v === "csv") return v;
  throw new InputError(`--format must be table, json or csv, not "${v}"`);
}

export function parseLimit(value: string | undefined, dflt: number, what = "--limit"): number {
  if (value === undefined) return dflt;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InputError(`${what} must be a whole number ≥ 1, not "${value}"`);
  return Number(value);
}

/** Adds the options every query command shares. */
export function queryOptions(cmd: Command, formats = "table | json | csv"): Command {
  return cmd
    .option("--db <file>", "corpus database (SQLite file)", DEFAULT_DB)
    .option("--format <format>", formats, "table");
}

/** Opens the store for a query command (a missing database is a clear error) and closes it after `fn`. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? oneLine(v) : String(v);
}

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function csvCell(v: Cell): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as an aligned text table. */
export function renderTable<T>(rows: readonly T[], cols: readonly Column<T>[]): string {
  const cells = rows.map((r) => cols.map((c) => cut(cellText(c.value(r)), c.max ?? 40)));
  const widths = cols.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return `${[line(cols.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
}

export function renderCsv<T>(rows: readonly T[], cols: readonly Column<T>[]): string {
  const out = [cols.map((c) => csvCell(c.header)).join(",")];
  for (const r of rows) out.push(cols.map((c) => csvCell(c.value(r))).join(","));
  return `${out.join("\n")}\n`;
}

/**
 * Prints a result list in the chosen format. JSON prints `json` (default: the rows). An empty
 * result says so on stderr, naming the filter values that matched nothing.
 */
export function printRows<T>(
  rows: readonly T[],
  cols: readonly Column<T>[],
  format: OutputFormat,
  opts: { json?: unknown; total?: number; unresolved?: string[]; what?: string } = {},
): void {
  for (const u of opts.unresolved ?? [])
    process.stderr.write(`lagebild: note: nothing in the corpus is named "${u}"\n`);
  if (format === "json") process.stdout.write(`${JSON.stringify(opts.json ?? rows, null, 2)}\n`);
  else if (format === "csv") process.stdout.write(renderCsv(rows, cols));
  else if (rows.length) {
    process.stdout.write(renderTable(rows, cols));
    if (opts.total !== undefined && opts.total > rows.length) {
      process.stderr.write(`(${rows.length} of ${opts.total} ${opts.what ?? "rows"}; use --limit/--offset for more)\n`);
    }
  }
  if (!rows.length) process.stderr.write(`lagebild: no ${opts.what ?? "results"} match\n`);
}
