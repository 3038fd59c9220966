import { isValidDay, parseDate } from "../doc/date.js";

export { isValidDay, parseDate, strictDay } from "../doc/date.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Normalises a publication date to YYYY-MM-DD. Accepts YYYY-MM-DD, ISO date-times
 * (their calendar date as written) and DD.MM.YYYY; returns null for anything else.
 */
export function normalizeDate(input: string): string | null {
  const s = input.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(s);
  const ger = iso ? null : GERMAN.exec(s);
  if (iso) {
    y = +iso[1];
    m = +iso[2];
    d = +iso[3];
  } else if (ger) {
    y = +ger[3];
    m = +ger[2];
    d = +ger[1];
  } else {
    const t = Date.parse(s);
    if (Number.isNaN(t) || !/\d{4}/.test(s)) return null;
    const dt = new Date(t);
    y = dt.getUTCFullYear();
    m = dt.getUTCMonth() + 1;
    d = dt.getUTCDate();
  }
  if (y < 1 || !isValidDay(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A user-supplied publication date (CLI --published): strict, see parseDate. */
export function parsePublishedOption(input: string, what = "--published"): string {
  return parseDate(input, what);
}
