import { fmt, fmtYear, p2 } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import { yearFor } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { yearPartAt } from "./common.js";

/** Day + month with or without year: "3. September 2025", "3. Sept.", "24. Dez. 2023", "1. Mai". */
export const explicitDate: DeParser = (m: DeM, i: number): Cand | null => {
  const d = m.ord(i);
  if (!(d >= 1 && d <= 31)) return null;
  const mo = m.month(i + 1);
  if (!mo) return null;
  const yp = yearPartAt(m, i + 2);
  return {
    s: i,
    e: yp ? yp.e : i + 2,
    type: "DATE",
    family: "explicit-date",
    resolve: (rc) => {
      const y = yp ? yp.year(rc) : yearFor(rc, mo, d);
      return { value: y === null ? `XXXX-${p2(mo)}-${p2(d)}` : fmt({ y, m: mo, d }) };
    },
  };
};

export { fmtYear };
