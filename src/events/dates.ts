import type { Doc } from "../doc/index.js";
import { governingTime } from "../time/index.js";

/**
 * Event dates from the time layer: governingTime for ordinary sentences (the date of the event's clause, else the
 * discourse's reference date, else the publication date); in a sentence with very many
 * time expressions (a run-on line) the nearest calendar expression by offset, so that coding stays linear.
 */
export class EventDates {
  private readonly starts: number[];
  private readonly order: number[];
  constructor(private readonly doc: Doc) {
    this.order = doc.times.map((_, i) => i).sort((a, b) => doc.times[a].start - doc.times[b].start);
    this.starts = this.order.map((i) => doc.times[i].start);
  }

  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  at(
    sentStart: number,
    sentEnd: number,
    start: number,
    end: number,
  ): { value: string; dateFrom: "text" | "published" } | null {
    const lo = this.lowerBound(sentStart);
    const hi = this.lowerBound(sentEnd);
    if (hi - lo <= 32) return governingTime(this.doc, start, end, { fallback: "discourse" });
    const mid = Math.min(Math.max(this.lowerBound(start), lo), hi - 1);
    for (let d = 0; d < 8; d++) {
      for (const k of [mid - d, mid + d]) {
        if (k < lo || k >= hi) continue;
        const t = this.doc.times[this.order[k]];
        if ((t.type === "DATE" || t.type === "TIME") && /^\d{4}/.test(t.value))
          return { value: t.value.split("T")[0], dateFrom: "text" };
      }
    }
    return this.doc.published ? { value: this.doc.published, dateFrom: "published" } : null;
  }
}
