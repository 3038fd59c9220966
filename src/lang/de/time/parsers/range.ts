import { fmt, fmtYear, p2, parsePoint } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import type { DeM, DeParser } from "../match.js";
import { eraAt } from "./common.js";
import { explicitDate } from "./explicit-date.js";
import { monthYear } from "./month-year.js";

const YEAR_CONNECT = new Set(["/", "-", "–"]);

/** Year spans: "1939/1940", "1912/13", "1926–28", "264–260 v. Chr." → two years. */
function yearRange(m: DeM, i: number): Cand[] | null {
  const a = m.int(i);
  if (Number.isNaN(a) || !YEAR_CONNECT.has(m.lw(i + 1))) return null;
  const b = m.int(i + 2);
  if (Number.isNaN(b) || !m.same(i, i + 2)) return null;
  const la = m.lw(i).length;
  const lb = m.lw(i + 2).length;
  const era = eraAt(m, i + 3);
  let ya: number;
  let yb: number;
  if (era?.bc) {
    if (b > a) return null;
    ya = 1 - a;
    yb = 1 - b;
  } else {
    if (la !== 4 || a < 1000 || a > 2199) return null;
    if (lb === 4) yb = b;
    else if (lb === 2) yb = Math.floor(a / 100) * 100 + b;
    else return null;
    if (yb <= a || yb - a > 30) return null;
    ya = a;
  }
  const e = era ? era.e : i + 3;
  if (m.lw(e) === "/" || m.lw(i - 1) === "/") return null; // "2012/34/EU" is a directive number
  if (!era && m.unit(i + 3)) return null; // "18 – 35 Jahren"
  return [
    { s: i, e: i + 1, type: "DATE", family: "range", resolve: () => ({ value: fmtYear(ya) }) },
    { s: i + 2, e, type: "DATE", family: "range", resolve: () => ({ value: fmtYear(yb) }) },
  ];
}

function one(c: Cand | Cand[] | null): Cand | null {
  return c && !Array.isArray(c) ? c : null;
}

/**
 * Ranges whose first part borrows from the second: "1. bis 3. September" (day 1 gets
 * September and its year), "1.–3. September 2025", "Mai/Juni 1940", "Mai bis Juli 2024".
 * Emits two DATE expressions.
 */
export const range: DeParser = (m: DeM, i: number): Cand[] | null => {
  const yr = yearRange(m, i);
  if (yr) return yr;
  // "Nacht vom 16. auf den 17. Juni" → the night of the 16th
  const s = i;
  let j = i;
  let night = false;
  if (m.lw(i) === "nacht" && m.lw(i + 1) === "vom") {
    night = true;
    j = i + 2;
  }
  let d = m.ord(j);
  let end = j + 1;
  // "27./28. September" is tokenised 27 . / 28.
  if (Number.isNaN(d) && m.kind(j) === 2 && m.lw(j + 1) === "." && m.lw(j + 2) === "/") {
    d = m.int(j);
    end = j + 2;
  }
  const conn = m.lw(end);
  if (d >= 1 && d <= 31 && (m.t.rangeConnectors.has(conn) || (night && (conn === "auf" || conn === "zum")))) {
    const skip = ["dem", "zum", "den"].includes(m.lw(end + 1)) ? 1 : 0;
    const second = one(explicitDate(m, end + 1 + skip));
    if (!second) return null;
    const first: Cand = {
      s,
      e: end,
      type: night ? "TIME" : "DATE",
      family: "range",
      resolve: (rc) => {
        const v = second.resolve(rc).value;
        const p = parsePoint(v);
        const pod = night ? "TNI" : "";
        if (p?.m !== undefined) return { value: fmt({ y: p.y, m: p.m, d }) + pod };
        return { value: `${v.slice(0, 8)}${p2(d)}${pod}` };
      },
    };
    return [first, second];
  }
  const mo = m.month(i);
  if (mo && m.t.rangeConnectors.has(m.lw(i + 1)) && m.month(i + 2)) {
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
