/** Cooperation/conflict bucketing shared by the dyad, entity-profile and graph answers. */

/** PLOVER quads: verbal + material cooperation; everything else is conflict. */
const COOPERATION = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);

export const isCooperation = (type: string): boolean => COOPERATION.has(type);

export type Interval = "day" | "week" | "month" | "year";

/** ISO-8601 week of a YYYY-MM-DD day: "2025-W36". */
function isoWeek(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dow + 3); // Thursday of this week
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The period label of a date (YYYY-MM-DD or a longer ISO value), or null when it is not a calendar day. */
export function periodOf(date: string | null | undefined, interval: Interval): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  switch (interval) {
    case "day":
      return date.slice(0, 10);
    case "week":
      return isoWeek(date);
    case "month":
      return date.slice(0, 7);
    case "year":
      return date.slice(0, 4);
  }
}

function nextPeriod(p: string, interval: Interval): string {
  if (interval === "year") return String(Number(p) + 1);
  if (interval === "month") {
    const [y, m] = p.split("-").map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  if (interval === "day") {
    const d = new Date(`${p}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  // week: step by 7 days from the Monday of the week
  const [y, w] = p.split("-W").map(Number);
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  monday.setUTCDate(monday.getUTCDate() + 7);
  return isoWeek(monday.toISOString().slice(0, 10));
}

export interface Bucket {
  period: string;
  cooperation: number;
  conflict: number;
  count: number;
}

/**
 * Counts events per period, split into cooperation and conflict. Periods without events
 * between the first and the last are filled with zeros (up to `maxGapFill` periods) so a
 * chart shows time to scale.
 */
export function bucketize(
  events: Iterable<{ type: string; date: string | null }>,
  interval: Interval,
  maxGapFill = 500,
): Bucket[] {
  const map = new Map<string, Bucket>();
  for (const e of events) {
    const p = periodOf(e.date, interval);
    if (!p) continue;
    let b = map.get(p);
    if (!b) {
      b = { period: p, cooperation: 0, conflict: 0, count: 0 };
      map.set(p, b);
    }
    b.count++;
    if (isCooperation(e.type)) b.cooperation++;
    else b.conflict++;
  }
  return fillGaps([...map.values()], interval, maxGapFill);
}

/**
 * Inserts zero buckets for the periods missing between the first and the last (up to
 * `maxGapFill` periods), so a chart shows time to scale. A missing bucket copies the numeric
 * fields of its neighbours as 0.
 */
export function fillGaps<B extends { period: string }>(buckets: B[], interval: Interval, maxGapFill = 500): B[] {
  if (buckets.length < 2) return buckets;
  const sorted = [...buckets].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const byPeriod = new Map(sorted.map((b) => [b.period, b]));
  const zero = (period: string): B => {
    const z: Record<string, unknown> = { period };
    for (const [k, v] of Object.entries(sorted[0])) if (k !== "period" && typeof v === "number") z[k] = 0;
    return z as B;
  };
  const out: B[] = [];
  const last = sorted[sorted.length - 1].period;
  let p = sorted[0].period;
  for (let i = 0; p <= last; i++) {
    if (i > maxGapFill) return sorted;
    out.push(byPeriod.get(p) ?? zero(p));
    p = nextPeriod(p, interval);
  }
  return out;
}
