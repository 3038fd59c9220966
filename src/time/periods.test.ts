import { describe, expect, it } from "vitest";
import { INTERVALS, nextPeriod, periodOf } from "./periods.js";

describe("periodOf", () => {
  it("labels days, ISO weeks, months and years", () => {
    expect(periodOf("2025-09-03", "day")).toBe("2025-09-03");
    expect(periodOf("2025-09-03", "week")).toBe("2025-W36");
    expect(periodOf("2025-09-03", "month")).toBe("2025-09");
    expect(periodOf("2025-09-03", "year")).toBe("2025");
    expect(periodOf("2025-09-03T23:30:00-02:00", "day")).toBe("2025-09-03");
  });
  it("gives null for values that are not calendar days", () => {
    expect(periodOf("2025-W36", "month")).toBeNull();
    expect(periodOf("P3Y", "month")).toBeNull();
    expect(periodOf(null, "day")).toBeNull();
  });
  it("numbers weeks by ISO 8601 across year boundaries", () => {
    const cases: [string, string][] = [
      ["2020-12-31", "2020-W53"],
      ["2021-01-03", "2020-W53"],
      ["2021-01-04", "2021-W01"],
      ["2024-12-30", "2025-W01"],
      ["2026-01-01", "2026-W01"],
      ["2026-12-31", "2026-W53"],
      ["2027-01-03", "2026-W53"],
      ["2000-01-02", "1999-W52"],
      ["2000-01-03", "2000-W01"],
      // years before 100: both earlier helpers went through Date.UTC, which reads them as 1900 + year
      ["0050-01-04", "0050-W01"],
      ["0001-01-01", "0001-W01"],
      ["0099-12-31", "0099-W53"],
    ];
    for (const [day, week] of cases) expect([day, periodOf(day, "week")]).toEqual([day, week]);
  });
});

describe("nextPeriod", () => {
  it("steps each interval, across year boundaries and 53-week years", () => {
    expect(nextPeriod("2020-W52", "week")).toBe("2020-W53");
    expect(nextPeriod("2020-W53", "week")).toBe("2021-W01");
    expect(nextPeriod("2024-W52", "week")).toBe("2025-W01");
    expect(nextPeriod("0099-W53", "week")).toBe("0100-W01");
    expect(nextPeriod("2024-02-28", "day")).toBe("2024-02-29");
    expect(nextPeriod("2024-12-31", "day")).toBe("2025-01-01");
    expect(nextPeriod("2025-12", "month")).toBe("2026-01");
    expect(nextPeriod("2025-09", "month")).toBe("2025-10");
    expect(nextPeriod("2025", "year")).toBe("2026");
  });
  it("reaches every ISO week of 1990–2030 once, in order", () => {
    let p = periodOf("1990-01-01", "week") as string;
    let n = 1;
    for (let day = 7; day < 41 * 366; day += 7) {
      const d = new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10);
      if (d > "2030-12-31") break;
      p = nextPeriod(p, "week");
      expect(p).toBe(periodOf(d, "week"));
      n++;
    }
    expect(n).toBeGreaterThan(2100);
    expect(INTERVALS).toEqual(["day", "week", "month", "year"]);
  });
});
