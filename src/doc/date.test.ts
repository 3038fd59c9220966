import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { isValidDay, parseDate, strictDay } from "./date.js";

describe("the strict date parser", () => {
  it("reads calendar days and full ISO timestamps as their day", () => {
    expect(parseDate("2025-09-04")).toBe("2025-09-04");
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    expect(parseDate("2025-09-04T23:59:59Z")).toBe("2025-09-04");
    expect(parseDate("2025-09-04T10:00:00.123+02:00")).toBe("2025-09-04");
    expect(parseDate(" 2025-09-04 ")).toBe("2025-09-04");
  });

  it("refuses days that do not exist: month 13, day 45, 30 February, 29 February of a common year, year 0000", () => {
    for (const bad of [
      "2025-13-45",
      "2025-02-30",
      "2025-02-29",
      "0000-00-00",
      "0000-01-01",
      "2025-00-10",
      "2025-04-31",
    ])
      expect(strictDay(bad), bad).toBeNull();
  });

  it("refuses words, other notations, partial and impossible timestamps", () => {
    for (const bad of [
      "gestern",
      "Mittwoch",
      "04.09.2025",
      "2025-9-4",
      "2025-09",
      "20250904",
      "2025-09-04T10:00",
      "2025-09-04T25:00:00Z",
      "2025-09-04T10:61:00Z",
      "Thu, 04 Sep 2025 10:00:00 GMT",
      "",
    ])
      expect(strictDay(bad), bad).toBeNull();
  });

  it("names the value in an InputError, also for values that are no string", () => {
    expect(() => parseDate("2025-13-45", "published")).toThrow(InputError);
    expect(() => parseDate("2025-13-45", "published")).toThrow(/published: "2025-13-45" is not a calendar date/);
    expect(() => parseDate(20250904, "from")).toThrow(/from: a number is not a calendar date/);
  });
});

describe("isValidDay (the one calendar rule)", () => {
  it("knows leap years on the Gregorian rule, also in the first century", () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(1900, 2, 29)).toBe(false);
    expect(isValidDay(2000, 2, 29)).toBe(true);
    expect(isValidDay(4, 2, 29)).toBe(true); // Date.UTC would have read the year as 1904
    expect(isValidDay(3, 2, 29)).toBe(false);
    expect(isValidDay(2025, 4, 31)).toBe(false);
    expect(isValidDay(2025, 13, 1)).toBe(false);
  });
});
