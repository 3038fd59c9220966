import { fmtYear } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import { yearFor } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { yearPartAt } from "./common.js";

/** Fixed-date holidays: "Weihnachten", "Silvester 2024", "Neujahr" (data: holidays.tsv). */
export const holiday: DeParser = (m: DeM, i: number): Cand | null => {
  const md = m.t.holidays.get(m.lw(i));
  if (!md) return null;
  const mo = Number(md.slice(0, 2));
  const d = Number(md.slice(3, 5));
  const yp = yearPartAt(m, i + 1);
  return {
    s: i,
    e: yp ? yp.e : i + 1,
    type: "DATE",
    family: "holiday",
    resolve: (rc) => {
      const y = yp ? yp.year(rc) : yearFor(rc, mo, d);
      return { value: `${y === null ? "XXXX" : fmtYear(y)}-${md}` };
    },
  };
};
