import { describe, expect, it } from "vitest";
import { addDays, dayNum, fmt, fmtWeek, fromDayNum, isoWeek, parsePoint, weekday } from "./dates.js";

describe("calendar arithmetic", () => {
  it("day numbers round-trip and weekdays are ISO", () => {
    expect(dayNum(1970, 1, 1)).toBe(0);
    expect(fromDayNum(dayNum(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
    expect(weekday(2025, 9, 4)).toBe(4); // Thursday
    expect(weekday(2025, 6, 1)).toBe(7); // Sunday
  });

  it("ISO weeks across the year boundary", () => {
    expect(isoWeek(2024, 12, 30)).toEqual({ y: 2025, w: 1 });
    expect(fmtWeek(2021, 1, 3)).toBe("2020-W53");
    expect(fmtWeek(2025, 9, 4)).toBe("2025-W36");
  });

  it("adds days over month ends and formats at the point's granularity", () => {
    expect(addDays({ y: 2025, m: 2, d: 27 }, 3)).toEqual({ y: 2025, m: 3, d: 2 });
    expect(fmt({ y: 2025 })).toBe("2025");
    expect(fmt({ y: 2025, m: 9 })).toBe("2025-09");
    expect(fmt({ y: -459 })).toBe("BC0460");
  });

  it("parses values back into points", () => {
    expect(parsePoint("2025-09-03T14:30")).toEqual({ y: 2025, m: 9, d: 3 });
    expect(parsePoint("2025-W36")).toEqual({ y: 2025 });
    expect(parsePoint("P3Y")).toBeNull();
  });
});
