import { describe, expect, it } from "vitest";
import { values } from "../testing.js";

describe("ranges", () => {
  it("the first day borrows month and year from the second", () => {
    expect(values("Die Konferenz findet vom 1. bis 3. Oktober statt.")).toEqual([
      ["1.", "2025-10-01"],
      ["3. Oktober", "2025-10-03"],
    ]);
    expect(values("Am 12. und 13. Juni tagt der Rat.", "2025-06-01")).toEqual([
      ["12.", "2025-06-12"],
      ["13. Juni", "2025-06-13"],
    ]);
  });

  it("month ranges borrow the year", () => {
    expect(values("Die Preise stiegen von Mai bis Juli 2024.")).toEqual([
      ["Mai", "2024-05"],
      ["Juli 2024", "2024-07"],
    ]);
  });

  it("year ranges", () => {
    expect(values("Zwischen 2019 und 2021 verdoppelte sich die Zahl.")).toEqual([
      ["2019", "2019"],
      ["2021", "2021"],
    ]);
    expect(values("Die Kriege (264–260 v. Chr.) dauerten lange.")).toEqual([
      ["264", "BC0264"],
      ["260 v. Chr.", "BC0260"],
    ]);
  });

  it("age ranges are not years", () => {
    expect(values("Männer im Alter von 18 – 35 Jahren mussten dienen.")).not.toContainEqual(["18", "1918"]);
  });
});
