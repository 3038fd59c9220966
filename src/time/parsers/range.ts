import { fmt, p2, parsePoint } from "../dates.js";
import type { Cand, M, Parser } from "../match.js";
import { explicitDate } from "./explicit-date.js";
import { monthYear } from "./month-year.js";

const CONNECT = new Set(["bis", "-", "–", "/", "und", "oder"]);

function one(c: Cand | Cand[] | null): Cand | null {
  return c && !Array.isArray(c) ? c : null;
}

/**
 * Ranges whose first part borrows from the second: "1. bis 3. September" (day 1 gets
 * September and its year), "1.–3. September 2025", "Mai/Juni 1940", "Mai bis Juli 2024".
 * Emits two DATE expressions.
 */
export const range: Parser = (m: M, i: number): Cand[] | null => {
  const d = m.ord(i);
  if (d >= 1 && d <= 31 && CONNECT.has(m.lw(i + 1))) {
    const second = one(explicitDate(m, i + 2));
    if (!second) return null;
    const first: Cand = {
      s: i,
      e: i + 1,
      type: "DATE",
      family: "range",
      resolve: (rc) => {
        const v = second.resolve(rc).value;
        const p = parsePoint(v);
        if (p?.m !== undefined) return { value: fmt({ y: p.y, m: p.m, d }) };
        return { value: `${v.slice(0, 8)}${p2(d)}` };
      },
    };
    return [first, second];
  }
  const mo = m.month(i);
  if (mo && CONNECT.has(m.lw(i + 1)) && m.month(i + 2)) {
    const second = one(monthYear(m, i + 2));
    if (!second || second.e === i + 3) return null; // only when the second part has a year
    const first: Cand = {
      s: i,
      e: i + 1,
      type: "DATE",
      family: "range",
      resolve: (rc) => {
        const p = parsePoint(second.resolve(rc).value);
        return { value: p ? fmt({ y: p.y, m: mo }) : `XXXX-${p2(mo)}` };
      },
    };
    return [first, second];
  }
  return null;
};
