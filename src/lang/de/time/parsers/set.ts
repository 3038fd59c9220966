import type { Cand } from "../../../../time/match.js";
import { durationValue } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { weekdayWord } from "./weekday.js";

/**
 * Sets: "jeden Montag" (XXXX-WXX-1), "montags", "jedes Jahr" (P1Y), "jährlich", "täglich",
 * "pro Tag", "alle zwei Wochen" (P2W), "jeden Sommer" (XXXX-SU).
 */
export const set: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  const adv = m.t.set.adverbs.get(w);
  if (adv) return { s: i, e: i + 1, type: "SET", family: "set", resolve: () => ({ value: adv }) };
  // "montags", "sonntagabends"
  if (w.endsWith("s") && w.length > 6) {
    const ww = weekdayWord(m, w.slice(0, -1));
    if (ww) {
      const v = `XXXX-WXX-${ww.wd}${ww.pod ? `T${ww.pod}` : ""}`;
      return { s: i, e: i + 1, type: "SET", family: "set", resolve: () => ({ value: v }) };
    }
  }
  if (m.t.set.every.has(w)) {
    const nw = m.lw(i + 1);
    const ww = weekdayWord(m, nw);
    if (ww) {
      const v = `XXXX-WXX-${ww.wd}${ww.pod ? `T${ww.pod}` : ""}`;
      return { s: i, e: i + 2, type: "SET", family: "set", resolve: () => ({ value: v }) };
    }
    const season = m.t.seasons.get(nw);
    if (season) return { s: i, e: i + 2, type: "SET", family: "set", resolve: () => ({ value: `XXXX-${season}` }) };
    const mo = m.month(i + 1);
    if (mo) {
      const v = `XXXX-${String(mo).padStart(2, "0")}`;
      return { s: i, e: i + 2, type: "SET", family: "set", resolve: () => ({ value: v }) };
    }
    const unit = m.unit(i + 1);
    if (unit && unit !== "CE") {
      const v = durationValue(unit, 1);
      return { s: i, e: i + 2, type: "SET", family: "set", resolve: () => ({ value: v }) };
    }
    return null;
  }
  if (w === "pro" || w === "je") {
    const unit = m.unit(i + 1);
    if (!unit || unit === "CE" || unit === "DE") return null;
    const v = durationValue(unit, 1);
    return { s: i, e: i + 2, type: "SET", family: "set", resolve: () => ({ value: v }) };
  }
  if (w === "alle") {
    const n = m.num(i + 1);
    const unit = m.unit(i + 2);
    if (Number.isNaN(n) || !unit || !Number.isInteger(n)) return null;
    const v = durationValue(unit, n);
    return { s: i, e: i + 3, type: "SET", family: "set", resolve: () => ({ value: v }) };
  }
  return null;
};
