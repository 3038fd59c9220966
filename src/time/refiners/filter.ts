import { TokenKind } from "../../doc/tokens.js";
import type { Cand, M } from "../match.js";

/**
 * Drops false positives the parsers cannot see locally: expressions inside URLs or e-mail
 * addresses, numbers glued to a slash code ("Nr. 170/39"), years right after a page marker.
 */
export function filterCands(m: M, cands: Cand[]): Cand[] {
  return cands.filter((c) => {
    for (let i = c.s; i < c.e; i++) if (m.kind(i) === TokenKind.URL) return false;
    const before = m.lw(c.s - 1);
    if (before === "/" && !m.space(c.s) && m.kind(c.s - 2) === TokenKind.NUMBER && c.family === "year") return false;
    if (
      m.lw(c.e) === "/" &&
      !m.space(c.e + 1) &&
      m.kind(c.e + 1) === TokenKind.NUMBER &&
      c.family === "year" &&
      m.lw(c.e + 1).length !== 2 &&
      m.lw(c.e + 1).length !== 4
    )
      return false;
    // "Richtlinie 2012/34/EU": a number glued to slashes on both sides or followed by "/" + letters
    if (
      c.family === "year" &&
      m.lw(c.e) === "/" &&
      !m.space(c.e) &&
      m.kind(c.e + 1) === TokenKind.NUMBER &&
      m.lw(c.e + 2) === "/"
    )
      return false;
    return true;
  });
}
