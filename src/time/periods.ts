/**
 * Time buckets of corpus answers (dyad timelines, entity profiles, graphs): the one place that labels a day
 * with its day, ISO 8601 week, month or year and steps from one period to the next.
 */
import { addDays, addMonths, dayNum, fmt, fmtWeek, fmtYear, fromDayNum, parseDay, weekday } from "./dates.js";

export const INTERVALS = ["day", "week", "month", "year"] as const;
export type Interval = (typeof INTERVALS)[number];

/**
 * The period a date falls into (YYYY-MM-DD or a longer ISO value): 2025-09-04 → day 2025-09-04, week 2025-W36
 * (ISO 8601: weeks start on Monday, week 1 holds the year's first Thursday, so 2021-01-03 is 2020-W53), month
 * 2025-09, year 2025; null when the value does not start with a calendar day.
 */
export function periodOf(date: string | null | undefined, interval: Interval): string | null {
  const day = parseDay(date);
  if (!date || !day) return null;
  switch (interval) {
    case "day":
      return date.slice(0, 10);
    case "week":
      return fmtWeek(day.y, day.m, day.d);
    case "month":
      return date.slice(0, 7);
    case "year":
      return date.slice(0, 4);
  }
}

/** The period after `p` (a label periodOf gives for the same interval). */
export function nextPeriod(p: string, interval: Interval): string {
  if (interval === "year") return fmtYear(Number(p) + 1);
  if (interval === "month") return fmt(addMonths(Number(p.slice(0, 4)), Number(p.slice(5, 7)), 1));
  if (interval === "day") {
    const day = parseDay(p);
    return day ? fmt(addDays(day, 1)) : p;
  }
  // week: seven days after the Monday of week w (week 1 is the week of January 4th)
  const [y, w] = p.split("-W").map(Number);
  const next = fromDayNum(dayNum(y, 1, 4) - (weekday(y, 1, 4) - 1) + w * 7);
  return fmtWeek(next.y, next.m, next.d);
}
