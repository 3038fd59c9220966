import { addDays, addMonths, fmt, fmtWeek, fmtYear, p2, weekday, type Ymd } from "./dates.js";
import type { RC } from "./match.js";

/**
 * Year of a month/day that lacks one. News: the publication year, moved by the clause's
 * tense (past → not after the reference, future → not before it, otherwise within ±6 months).
 * Narrative: the anchor's year.
 */
export function yearFor(rc: RC, m: number, d?: number): number | null {
  const b = rc.base;
  if (!b) return null;
  if (rc.narrative || b.m === undefined) return b.y;
  const bd = b.d ?? 15;
  const after = m > b.m || (m === b.m && d !== undefined && d > bd);
  const before = m < b.m || (m === b.m && d !== undefined && d < bd);
  if (rc.dir < 0 && after) return b.y - 1;
  if (rc.dir > 0 && before) return b.y + 1;
  if (rc.dir === 0) {
    if (m - b.m > 6) return b.y - 1;
    if (b.m - m > 6) return b.y + 1;
  }
  return b.y;
}

/** Year of a season/quarter without a year: like yearFor, using the period's first month. */
export function yearForMonthRange(rc: RC, first: number, last: number): number | null {
  const b = rc.base;
  if (!b) return null;
  if (rc.narrative || b.m === undefined) return b.y;
  if (rc.dir < 0 && first > b.m) return b.y - 1;
  if (rc.dir > 0 && last < b.m) return b.y + 1;
  return b.y;
}

/**
 * The period `n` units away from a point, at that unit's granularity
 * (Y → 2024, M → 2025-08, W → 2025-W35, D → 2025-09-03, Q → 2025-Q2 …); null when
 * the point is too coarse for the unit.
 */
export function shift(p: Ymd | null, unit: string, n: number): string | null {
  if (!p) return null;
  switch (unit) {
    case "Y":
      return fmtYear(p.y + n);
    case "DE":
      return String(Math.floor(p.y / 10) + n);
    case "CE":
      return String(Math.floor((p.y - 1) / 100) + n).padStart(2, "0");
    case "M": {
      if (p.m === undefined) return null;
      const r = addMonths(p.y, p.m, n);
      return fmt(r);
    }
    case "Q": {
      if (p.m === undefined) return null;
      const r = addMonths(p.y, p.m, 3 * n);
      return `${fmtYear(r.y)}-Q${Math.floor((r.m - 1) / 3) + 1}`;
    }
    case "HY": {
      if (p.m === undefined) return null;
      const r = addMonths(p.y, p.m, 6 * n);
      return `${fmtYear(r.y)}-H${r.m <= 6 ? 1 : 2}`;
    }
    case "W":
    case "WE": {
      if (p.m === undefined || p.d === undefined) return null;
      const r = addDays({ y: p.y, m: p.m, d: p.d }, 7 * n);
      const w = fmtWeek(r.y, r.m, r.d);
      return unit === "WE" ? `${w}-WE` : w;
    }
    case "D": {
      if (p.m === undefined || p.d === undefined) return null;
      return fmt(addDays({ y: p.y, m: p.m, d: p.d }, n));
    }
    default:
      return null;
  }
}

/** Placeholder for a period that cannot be resolved, per unit. */
export function unresolved(unit: string, n: number): string {
  if (n === 0) {
    const v = { Y: "XXXX", M: "XXXX-XX", W: "XXXX-WXX", D: "XXXX-XX-XX", Q: "XXXX-QX" }[unit];
    return v ?? "PRESENT_REF";
  }
  return n < 0 ? "PAST_REF" : "FUTURE_REF";
}

/**
 * The date of weekday `wd` (1 = Monday) relative to `p`: `which` -1 → the last one on or
 * before p, 1 → the next on or after p, 0 → nearest (past preferred, up to 4 days back).
 * `weekShift` moves by whole weeks ("kommenden Mittwoch" when today is Wednesday).
 */
export function weekdayDate(p: Ymd, wd: number, which: -1 | 0 | 1): Ymd | null {
  if (p.m === undefined || p.d === undefined) return null;
  const cur = weekday(p.y, p.m, p.d);
  const back = (cur - wd + 7) % 7;
  const fwd = (wd - cur + 7) % 7;
  let off: number;
  if (which < 0) off = -back;
  else if (which > 0) off = fwd;
  else off = back <= 4 ? -back : fwd;
  return addDays({ y: p.y, m: p.m, d: p.d }, off);
}

/** Weekday `wd` in the ISO week that contains p shifted by `weeks`. */
export function weekdayInWeek(p: Ymd, wd: number, weeks: number): Ymd | null {
  if (p.m === undefined || p.d === undefined) return null;
  const cur = weekday(p.y, p.m, p.d);
  return addDays({ y: p.y, m: p.m, d: p.d }, wd - cur + 7 * weeks);
}

export function clock(day: Ymd | null, h: number, min: number): string {
  const t = `T${p2(h)}:${p2(min)}`;
  if (!day || day.m === undefined || day.d === undefined) return `XXXX-XX-XX${t}`;
  return fmt(day) + t;
}

/** TIMEX3 duration value of n units (n "X" for an unspecified number): Y → P3Y, H → PT2H, HY → P6M. */
export function durationValue(unit: string, n: number | "X"): string {
  if (unit === "H" || unit === "MIN" || unit === "S") return `PT${n}${unit === "MIN" ? "M" : unit}`;
  if (unit === "HY") return n === "X" ? "PXM" : `P${n * 6}M`;
  return `P${n}${unit}`;
}
