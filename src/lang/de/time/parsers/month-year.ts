import { fmt, p2 } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import { yearFor } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { yearPartAt } from "./common.js";

/** Month names that are also common given names or words ("Mai", "August"): need a date context. */
const AMBIGUOUS = new Set([5, 8]);

/** Month with optional year: "September 2025", "Juni vergangenen Jahres", "im Oktober", "Mai/Juni 1940" (year borrowed). */
export const monthYear: DeParser = (m: DeM, i: number): Cand | null => {
  // "vergangenen Dezember", "kommenden März"
  const rel = m.rel(i);
  if (rel !== undefined && rel !== 0 && m.month(i + 1) && !yearPartAt(m, i + 2)) {
    const mo1 = m.month(i + 1);
    return {
      s: i,
      e: i + 2,
      type: "DATE",
      family: "month-year",
      resolve: (rc) => {
        const b = rc.base;
        if (!b || b.m === undefined) return { value: `XXXX-${p2(mo1)}` };
        const y = rel < 0 ? (mo1 < b.m ? b.y : b.y - 1) : mo1 > b.m ? b.y : b.y + 1;
        return { value: fmt({ y, m: mo1 }) };
      },
    };
  }
  const mo = m.month(i);
  if (!mo) return null;
  const yp = yearPartAt(m, i + 1);
  if (!yp) {
    const prev = m.lw(i - 1);
    const ctx = m.t.datePreps.has(prev) || m.rel(i - 1) !== undefined || prev === "jeden" || prev === "diesen";
    // a month name alone: a capitalised word right after it suggests a person ("August Bebel")
    if (!ctx && (AMBIGUOUS.has(mo) || m.lw(i).endsWith("."))) return null;
    if (!ctx && m.cap(i + 1) && !m.sentStart(i + 1) && m.kind(i + 1) === 1) return null;
    if (prev === "frau" || prev === "herr" || prev === "familie") return null;
  }
  const relOff = yp ? undefined : m.rel(i - 1);
  return {
    s: relOff !== undefined && m.lw(i - 1) !== "" ? i : i,
    e: yp ? yp.e : i + 1,
    type: "DATE",
    family: "month-year",
    resolve: (rc) => {
      const y = yp ? yp.year(rc) : yearFor(rc, mo);
      return { value: y === null ? `XXXX-${p2(mo)}` : fmt({ y, m: mo }) };
    },
  };
};
