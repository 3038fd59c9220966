import { InputError } from "../errors.js";

/** True when y-m-d is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // the proleptic Gregorian calendar on integers (Date.UTC would read the years 0–99 as 1900–1999)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}

const STRICT_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const STRICT_STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * The calendar day of a strict date, or null: YYYY-MM-DD, or a full ISO 8601 timestamp
 * (date, "T", time, zone: 2025-09-04T10:00:00Z) whose day is its date as written. The day
 * must exist (no 2025-02-30, no year 0000), the time must be a real time of day.
 */
export function strictDay(input: string): string | null {
  const day = STRICT_DAY.exec(input);
  const stamp = day ? null : STRICT_STAMP.exec(input);
  const m = day ?? stamp;
  if (!m) return null;
  const y = +m[1];
  if (y < 1 || !isValidDay(y, +m[2], +m[3])) return null;
  if (stamp) {
    if (+stamp[4] > 23 || +stamp[5] > 59 || (stamp[6] !== undefined && +stamp[6] > 59)) return null;
    if (stamp[7] !== undefined && (+stamp[7] > 23 || +stamp[8] > 59)) return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The one strict date parser for dates a user or caller passes (CLI options, API fields and
 * query parameters, library input): YYYY-MM-DD or a full ISO timestamp, calendar-valid, as
 * YYYY-MM-DD; anything else (a weekday, "gestern", 2025-13-45, a number) is an InputError
 * naming the value.
 */
export function parseDate(input: unknown, what = "date"): string {
  const out = typeof input === "string" ? strictDay(input.trim()) : null;
  if (!out) {
    const shown = typeof input === "string" ? JSON.stringify(input) : `a ${input === null ? "null" : typeof input}`;
    throw new InputError(
      `${what}: ${shown} is not a calendar date; use YYYY-MM-DD (e.g. 2025-09-04) or a full ISO timestamp`,
    );
  }
  return out;
}
