import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PLOVER_QUADS, ploverClass, quadSide } from "../doc/plover.js";
import type { Entity, PloverType } from "../doc/schema/index.js";
import { InputError } from "../errors.js";
import { isValidDay, strictDay } from "../read/date.js";
import { INTERVALS, type Interval, periodOf } from "../time/periods.js";
import type { DyadBucket, QuadClass } from "./types.js";

/**
 * Query semantics shared by every store engine: identity keys, name normalisation,
 * FTS term escaping, date bounds, time buckets and PLOVER weights.
 */

/** Text as it is hashed for identity: NFC, whitespace runs collapsed, trimmed. */
export function normalizeForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** sha256 (hex) of the normalised text: the article's identity in the store. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeForHash(text)).digest("hex");
}

/** Lower-case, accent- and punctuation-free form of a name ("Wladimir Putin" → "wladimir putin"). */
export function normName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Corpus-wide identity of a Doc entity: Wikidata id, else KB id, else normalised name + type + country. */
export function entityKey(e: Pick<Entity, "name" | "type" | "country" | "wikidata" | "kbId">): string {
  if (e.wikidata) return `wd:${e.wikidata}`;
  if (e.kbId) return `kb:${e.kbId}`;
  return `nm:${e.type}:${e.country ?? ""}:${normName(e.name)}`;
}

/** True for an upper-case three-letter code, which actor filters also try as an ISO-3 country. */
export function looksLikeIso3(s: string): boolean {
  return /^[A-Z]{3}$/.test(s.trim());
}

/**
 * Turns free user input into a safe FTS5 MATCH expression: every word becomes a quoted
 * phrase (so "Jong-un", quotes, colons, AND/OR/NOT and parentheses are plain text), all
 * words must occur; a trailing * keeps prefix search. Returns null when nothing searchable remains.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const raw of input.normalize("NFC").split(/\s+/)) {
    const prefix = raw.length > 1 && raw.endsWith("*");
    const word = raw.replace(/[\p{Cc}"*]/gu, "").trim();
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    terms.push(`"${word}"${prefix ? "*" : ""}`);
  }
  return terms.length ? terms.join(" ") : null;
}

/** The searchable words of a query, for engines with their own syntax (e.g. PostgreSQL). */
export function searchWords(input: string): string[] {
  return input
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Reads a date filter with the one strict date parser (src/doc/date.ts): a calendar-valid YYYY-MM-DD or a full ISO
 * timestamp (its day), else an InputError naming the value — the same rule as the CLI, the API and the library's
 * `published` (issue 21: "2016", "2016-02" or "4.9.2025" are not read as some day of their period).
 */
export function parseDateBound(
  input: string | undefined,
  bound: "from" | "to",
  what = `--${bound}`,
): string | undefined {
  if (input === undefined || input === "") return undefined;
  const day = strictDay(input.trim());
  if (!day) {
    throw new InputError(
      `${what}: cannot read "${input}" as a date; use YYYY-MM-DD (e.g. 2025-09-04) or a full ISO timestamp`,
    );
  }
  return day;
}

/** Checks a date range: both ends readable and from ≤ to. */
export function dateRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const f = parseDateBound(from, "from");
  const t = parseDateBound(to, "to");
  if (f && t && f > t) throw new InputError(`--from ${f} is after --to ${t}`);
  const out: { from?: string; to?: string } = {};
  if (f) out.from = f;
  if (t) out.to = t;
  return out;
}

/** The day a quote or event refers to: its own YYYY-MM-DD date, else the publication date. */
export function effectiveDay(date: string | null | undefined, published: string | null | undefined): string | null {
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
    const d = date.slice(0, 10);
    if (isValidDay(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10))) return d;
  }
  return published ?? null;
}

export function parseInterval(s: string | undefined): Interval {
  const v = s ?? "month";
  if ((INTERVALS as readonly string[]).includes(v)) return v as Interval;
  throw new InputError(`--interval must be day, week, month or year, not "${v}"`);
}

interface PloverWeights {
  types: Record<string, { weight: number }>;
}

let weights: PloverWeights | undefined;
function ploverTable(): PloverWeights {
  if (!weights) {
    const here = dirname(fileURLToPath(import.meta.url));
    const dir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;
    weights = JSON.parse(readFileSync(join(dir, "plover-weights.json"), "utf8")) as PloverWeights;
  }
  return weights;
}

/** Quad class (src/doc/plover.ts) and Goldstein-like weight (src/store/plover-weights.json) of a PLOVER type. */
export function plover(type: string): { quad: QuadClass; weight: number } {
  const t = ploverTable().types[type];
  const c = ploverClass(type);
  if (!t || !c) throw new Error(`no PLOVER weight for type "${type}"`);
  return { quad: c.quad, weight: t.weight };
}

export function emptyBucket(period: string): DyadBucket {
  return {
    period,
    "verbal-cooperation": 0,
    "material-cooperation": 0,
    "verbal-conflict": 0,
    "material-conflict": 0,
    cooperation: 0,
    conflict: 0,
    score: 0,
    events: 0,
  };
}

/** The bucket of events with neither their own date nor a publication date (sorts last). */
export const UNDATED = "undated";

/** Aggregates (day, type) rows into time buckets with quad counts and a mean weight score. */
export function dyadBuckets(
  rows: Iterable<{ day: string | null; type: PloverType }>,
  interval: Interval,
): DyadBucket[] {
  const map = new Map<string, DyadBucket & { sum: number }>();
  for (const r of rows) {
    const period = periodOf(r.day, interval) ?? UNDATED;
    let b = map.get(period);
    if (!b) {
      b = { ...emptyBucket(period), sum: 0 };
      map.set(period, b);
    }
    const p = plover(r.type);
    b[p.quad]++;
    if (quadSide(p.quad) === "cooperation") b.cooperation++;
    else b.conflict++;
    b.events++;
    b.sum += p.weight;
  }
  return [...map.values()]
    .sort((x, y) =>
      x.period === y.period ? 0 : x.period === UNDATED ? 1 : y.period === UNDATED ? -1 : x.period < y.period ? -1 : 1,
    )
    .map(({ sum, ...b }) => ({ ...b, score: b.events ? Math.round((sum / b.events) * 100) / 100 : 0 }));
}

/** Sums buckets into one total (score: event-weighted mean). */
export function totalOf(buckets: readonly DyadBucket[]): Omit<DyadBucket, "period"> {
  const t = emptyBucket("");
  let sum = 0;
  for (const b of buckets) {
    for (const q of PLOVER_QUADS) t[q] += b[q];
    t.cooperation += b.cooperation;
    t.conflict += b.conflict;
    t.events += b.events;
    sum += b.score * b.events;
  }
  const { period: _p, ...rest } = t;
  return { ...rest, score: t.events ? Math.round((sum / t.events) * 100) / 100 : 0 };
}

/** Clamps a page size and offset. */
export function page(limit: number | undefined, offset: number | undefined, dflt: number, max = 10_000) {
  const l = Math.max(1, Math.min(max, Math.floor(limit ?? dflt)));
  const o = Math.max(0, Math.floor(offset ?? 0));
  return { limit: l, offset: o };
}
