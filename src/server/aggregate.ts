/** Cooperation/conflict bucketing shared by the dyad, entity-profile and graph answers. */
import { ploverSide } from "../doc/plover.js";
import { type Interval, nextPeriod, periodOf } from "../time/periods.js";

/** PLOVER quads: verbal + material cooperation; everything else is conflict. */
export const isCooperation = (type: string): boolean => ploverSide(type) === "cooperation";

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
