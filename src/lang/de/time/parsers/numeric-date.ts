import { TokenKind } from "../../../../doc/tokens.js";
import { fmt, p2, validDay } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import { yearFor } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";

const FULL = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const SHORT = /^(\d{1,2})\.(\d{1,2})\.$/;

/** Two-digit years: close to the reference → this century, otherwise the last. */
function fullYear(yy: number, refY: number | undefined): number {
  const pivot = ((refY ?? 2030) % 100) + 5;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/** Numeric dates: "03.09.2025", "1.9.39", "3.9.", ISO "2025-09-03". */
export const numericDate: DeParser = (m: DeM, i: number): Cand | null => {
  const k = m.kind(i);
  if (k !== TokenKind.NUMBER && k !== TokenKind.ORDINAL) return null;
  if (m.t.notDateBefore.has(m.lw(i - 1))) return null;
  if (m.lw(i - 1) === "/" && !m.space(i)) return null; // "f/6.3.", "Nr. 12/3.4."
  const w = m.lw(i);
  let r = FULL.exec(w);
  if (r && k === TokenKind.NUMBER) {
    const d = Number(r[1]);
    const mo = Number(r[2]);
    const ys = r[3] ?? "";
    if (!validDay(2000, mo, d)) return null;
    return {
      s: i,
      e: i + 1,
      type: "DATE",
      family: "numeric-date",
      resolve: (rc) => {
        const y = ys.length === 4 ? Number(ys) : fullYear(Number(ys), rc.ref?.y ?? rc.base?.y);
        return { value: fmt({ y, m: mo, d }) };
      },
    };
  }
  // "16. 5. 2016" (spaced dateline): ORD day, ORD month, year
  const od = m.ord(i);
  const om = m.ord(i + 1);
  if (
    od >= 1 &&
    od <= 31 &&
    om >= 1 &&
    om <= 12 &&
    /^\d{4}$/.test(m.lw(i + 2)) &&
    validDay(Number(m.lw(i + 2)), om, od)
  ) {
    const y = Number(m.lw(i + 2));
    return {
      s: i,
      e: i + 3,
      type: "DATE",
      family: "numeric-date",
      resolve: () => ({ value: fmt({ y, m: om, d: od }) }),
    };
  }
  r = SHORT.exec(w);
  if (r) {
    const d = Number(r[1]);
    const mo = Number(r[2]);
    if (!validDay(2000, mo, d)) return null;
    return {
      s: i,
      e: i + 1,
      type: "DATE",
      family: "numeric-date",
      resolve: (rc) => {
        const y = yearFor(rc, mo, d);
        return { value: y === null ? `XXXX-${p2(mo)}-${p2(d)}` : fmt({ y, m: mo, d }) };
      },
    };
  }
  // ISO 2025-09-03 (five tokens without spaces)
  if (
    /^\d{4}$/.test(w) &&
    m.lw(i + 1) === "-" &&
    m.lw(i + 3) === "-" &&
    !m.space(i + 1) &&
    !m.space(i + 2) &&
    !m.space(i + 3) &&
    !m.space(i + 4)
  ) {
    const y = Number(w);
    const mo = Number(m.lw(i + 2));
    const d = Number(m.lw(i + 4));
    if (/^\d{2}$/.test(m.lw(i + 2)) && /^\d{2}$/.test(m.lw(i + 4)) && validDay(y, mo, d)) {
      return { s: i, e: i + 5, type: "DATE", family: "numeric-date", resolve: () => ({ value: fmt({ y, m: mo, d }) }) };
    }
  }
  return null;
};
