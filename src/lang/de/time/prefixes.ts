import type { Prefix } from "../../../time/grammar.js";
import type { Cand } from "../../../time/match.js";
import type { DeM } from "./match.js";

/**
 * "seit …", "ab …", "bis …", "vor dem …", "nach dem …" before a date: the prefix fixes the
 * direction ("seit Juni" lies in the past) and, for open intervals, the TIMEX3 mod.
 */
export function prefixOf(m: DeM, c: Cand): Prefix {
  if (c.type !== "DATE" && c.type !== "TIME") return {};
  let p = c.s - 1;
  if (m.lw(p) === "dem" || m.lw(p) === "den") p--;
  const w = m.lw(p);
  if (w === "seit") return { dir: -1, mod: "ON_OR_AFTER" };
  if (w === "ab") return { mod: "ON_OR_AFTER" };
  if (w === "bis" && !(c.family === "range")) {
    // "vom 1. bis …", "von 2019 bis 2021": part of a range, no open interval
    for (let k = p - 1; k >= 0 && k > p - 8 && m.same(k, p); k--)
      if (m.lw(k) === "vom" || m.lw(k) === "von" || m.lw(k) === "zwischen") return {};
    return { mod: "ON_OR_BEFORE" };
  }
  if (w === "spätestens") return { mod: "ON_OR_BEFORE" };
  if (w === "vor" && c.e > c.s && m.lw(c.s - 1) === "dem") return { mod: "BEFORE" };
  if (w === "nach" && m.lw(c.s - 1) === "dem") return { mod: "AFTER" };
  return {};
}
