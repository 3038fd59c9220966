import { TokenKind } from "../../../../doc/tokens.js";
import { fmtYear } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import type { DeM, DeParser } from "../match.js";
import { yearNumber } from "./common.js";

/** Words before a year that mark it as a date even when a capitalised word follows; list bullets too. */
function strongBefore(m: DeM, w: string): boolean {
  return w === "*" || w === "•" || m.t.strongDatePreps.has(w);
}

/**
 * Years: "2024", "im Jahr 2005", "460 v. Chr.", decades "1990er Jahre", "90er-Jahre",
 * centuries "20. Jahrhundert(s)". A bare number is a year only in 1000–2199 and in a date
 * context (not "2024 Soldaten", not "Seite 2024").
 */
export const year: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  // "Jahr 2005", "Jahre 1939"
  if ((w === "jahr" || w === "jahre" || w === "jahres") && m.kind(i + 1) === TokenKind.NUMBER) {
    const yn = yearNumber(m, i + 1, true);
    if (yn) return { s: i, e: yn.e, type: "DATE", family: "year", resolve: () => ({ value: fmtYear(yn.y) }) };
  }
  // century: "20. Jahrhundert", "18. Jahrhunderts"
  const o = m.ord(i);
  if (o >= 1 && o <= 21 && m.lw(i + 1).startsWith("jahrhundert") && m.unit(i + 1) === "CE") {
    const era = m.lw(i + 2) === "v." && m.lw(i + 3).startsWith("chr");
    const v = era ? `BC${String(o - 1).padStart(2, "0")}` : String(o - 1).padStart(2, "0");
    return { s: i, e: era ? i + 4 : i + 2, type: "DATE", family: "year", resolve: () => ({ value: v }) };
  }
  // decades: "1990er Jahre", "1990er-Jahren", "90er Jahre"
  const dec = /^(\d{2}|\d{4})er(?:-jahre[n]?)?$/.exec(w);
  if (dec && m.kind(i) === TokenKind.NUMBER) {
    const digits = dec[1] ?? "";
    let e = i + 1;
    if (!w.includes("-") && (m.lw(i + 1) === "jahre" || m.lw(i + 1) === "jahren" || m.lw(i + 1) === "jahrzehnt")) e++;
    else if (!w.includes("-")) return null;
    const n = Number(digits);
    if (digits.length === 2 && n % 10 !== 0) return null;
    if (digits.length === 4 && (n % 10 !== 0 || n < 1000 || n > 2190)) return null;
    const dv = digits.length === 4 ? digits.slice(0, 3) : `19${digits[0]}`;
    return { s: i, e, type: "DATE", family: "year", resolve: () => ({ value: dv }) };
  }
  // decade words: "zwanziger Jahre", "in den achtziger Jahren"
  if ((w.endsWith("ziger") || w.endsWith("ßiger")) && (m.lw(i + 1) === "jahre" || m.lw(i + 1) === "jahren")) {
    const n = m.t.numbers.get(w.slice(0, -2));
    if (n && n >= 20 && n <= 90 && n % 10 === 0) {
      const dv = `19${n / 10}`;
      return { s: i, e: i + 2, type: "DATE", family: "year", resolve: () => ({ value: dv }) };
    }
  }
  const yn = yearNumber(m, i);
  if (!yn) return null;
  if (m.lw(i).length !== 4 && yn.e === i + 1) return null;
  const prev = m.lw(i - 1);
  const hasEra = yn.e > i + 1;
  if (!hasEra) {
    const { quantityBefore, approx } = m.t.year;
    const approxAfterPrep = approx.has(prev) && strongBefore(m, m.lw(i - 2));
    if (quantityBefore.has(prev) && !m.t.datePreps.has(prev) && !approxAfterPrep) return null;
    if (prev === "und" && quantityBefore.has(m.lw(i - 3))) return null;
    // "2024 Soldaten": a quantity when a noun follows and nothing before marks a date
    const next = yn.e;
    if (
      !strongBefore(m, prev) &&
      !approxAfterPrep &&
      !(m.flags(i) & 2) &&
      m.kind(next) === TokenKind.WORD &&
      m.cap(next) &&
      m.month(next) === 0 &&
      m.same(i, next)
    ) {
      return null;
    }
    // amounts: "2024 Euro", "1939 km"
    if (m.t.year.amountAfter.has(m.lw(next))) return null;
  }
  if (m.t.year.approx.has(prev) && (hasEra || strongBefore(m, m.lw(i - 2)))) {
    return {
      s: i - 1,
      e: yn.e,
      type: "DATE",
      family: "year",
      resolve: () => ({ value: fmtYear(yn.y), mod: "APPROX" }),
    };
  }
  return { s: i, e: yn.e, type: "DATE", family: "year", resolve: () => ({ value: fmtYear(yn.y) }) };
};
