import type { Cand } from "../../../../time/match.js";
import { shift } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { monthYear } from "./month-year.js";
import { relativePeriod } from "./relative-period.js";
import { seasonQuarter } from "./season-quarter.js";
import { year } from "./year.js";

function asOne(c: Cand | Cand[] | null): Cand | null {
  return c && !Array.isArray(c) && c.type === "DATE" ? c : null;
}

/**
 * Part of a period: "Anfang September", "Mitte 2024", "Ende des Jahres", "Anfang dieses
 * Jahres", "Ende vergangener Woche", "Mitte der 1990er Jahre", "gegen Ende 1967". Adds mod
 * START/MID/END to the period's value.
 */
export const partOfPeriod: DeParser = (m: DeM, i: number): Cand | null => {
  let j = i;
  if (m.lw(j) === "gegen" || m.lw(j) === "bis") j++;
  const mod = m.t.partOfPeriod.parts.get(m.lw(j));
  if (!mod) return null;
  const s = j > i && m.lw(i) === "gegen" ? i : j;
  let k = j + 1;
  const art = m.lw(k);
  const hasArt = art === "des" || art === "der" || art === "den";
  if (hasArt) k++;
  const inner =
    asOne(monthYear(m, k)) ?? asOne(year(m, k)) ?? asOne(relativePeriod(m, k)) ?? asOne(seasonQuarter(m, k));
  if (inner) {
    return {
      s,
      e: inner.e,
      type: "DATE",
      family: "part-of-period",
      resolve: (rc) => ({ ...inner.resolve(rc), mod }),
    };
  }
  const unit = hasArt ? m.t.partOfPeriod.genitiveUnits.get(m.lw(k)) : undefined;
  if (unit) {
    return {
      s,
      e: k + 1,
      type: "DATE",
      family: "part-of-period",
      resolve: (rc) => ({
        value: shift(rc.narrative ? (rc.anchor ?? rc.base) : rc.base, unit, 0) ?? "PRESENT_REF",
        mod,
      }),
    };
  }
  return null;
};
