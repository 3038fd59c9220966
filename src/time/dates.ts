/**
 * Calendar arithmetic on plain integers (proleptic Gregorian, no Date objects, no clock).
 * Day numbers count days since 1970-01-01 (Howard Hinnant's civil-from-days algorithms).
 */
import { isValidDay } from "../doc/date.js";

/** A calendar point of year, optional month and optional day. */
export interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

export function dayNum(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNum(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(y: number, m: number, d: number): number {
  const w = (dayNum(y, m, d) + 3) % 7; // 1970-01-01 was a Thursday (3 in Monday=0 terms)
  return (w < 0 ? w + 7 : w) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(y: number, m: number, d: number): { y: number; w: number } {
  const n = dayNum(y, m, d);
  const thursday = n - weekday(y, m, d) + 4;
  const ty = fromDayNum(thursday).y;
  const w = Math.floor((thursday - dayNum(ty, 1, 1)) / 7) + 1;
  return { y: ty, w };
}

/** Whether y-m-d is a day of the calendar (the one rule of src/doc/date.ts). */
export const validDay = isValidDay;

export function addDays(p: { y: number; m: number; d: number }, n: number): { y: number; m: number; d: number } {
  return fromDayNum(dayNum(p.y, p.m, p.d) + n);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

const p2 = (n: number): string => String(n).padStart(2, "0");

/** Four-digit year; years BC as TIMEX2/HeidelTime "BC0460". */
export function fmtYear(y: number): string {
  if (y <= 0) return `BC${String(1 - y).padStart(4, "0")}`;
  return String(y).padStart(4, "0");
}

/** Formats a point at its own granularity: 2025, 2025-09, 2025-09-03. */
export function fmt(p: Ymd): string {
  let s = fmtYear(p.y);
  if (p.m !== undefined) s += `-${p2(p.m)}`;
  if (p.m !== undefined && p.d !== undefined) s += `-${p2(p.d)}`;
  return s;
}

export function fmtWeek(y: number, m: number, d: number): string {
  const w = isoWeek(y, m, d);
  return `${fmtYear(w.y)}-W${p2(w.w)}`;
}

export { p2 };

/** Parses a value that starts with YYYY(-MM(-DD)) (or BCyyyy) into a point; null otherwise. */
export function parsePoint(value: string): Ymd | null {
  const bc = /^BC(\d{4})/.exec(value);
  if (bc) return { y: 1 - Number(bc[1]) };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dW])/.exec(value);
  if (!m) return null;
  const out: Ymd = { y: Number(m[1]) };
  if (m[2]) out.m = Number(m[2]);
  if (m[3]) out.d = Number(m[3]);
  return out;
}

/** Parses YYYY-MM-DD (optionally followed by a time) into a full day. */
export function parseDay(value: string | null | undefined): { y: number; m: number; d: number } | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/**
 * How many days before the publication date a day may lie and still be the news discourse's reference date (for
 * clock times, parts of day and event dates in later sentences): the fortnight a news report covers; an earlier day
 * is background ("Auslöser war ein Anschlag am 22. April").
 */
export const REFERENCE_WINDOW_DAYS = 14;

/** Whether full day p is no more than REFERENCE_WINDOW_DAYS before the publication date `ref` (true without ref). */
export function withinReferenceWindow(p: { y: number; m: number; d: number }, ref: Ymd | null): boolean {
  if (!ref || ref.m === undefined || ref.d === undefined) return true;
  return dayNum(ref.y, ref.m, ref.d) - dayNum(p.y, p.m, p.d) <= REFERENCE_WINDOW_DAYS;
}
