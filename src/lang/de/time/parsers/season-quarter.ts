import { fmtYear } from "../../../../time/dates.js";
import type { Cand, RC } from "../../../../time/match.js";
import { yearForMonthRange } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { adjStem } from "../tables.js";
import { yearPartAt } from "./common.js";

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** Season of a word: "Frühjahr", "Sommers", "Herbstes", "Spätsommer", "Frühsommer". */
function seasonOf(m: DeM, w: string): string | undefined {
  return m.t.seasonForms.get(w);
}

/**
 * Seasons, quarters and half-years: "im Frühjahr", "Sommer 1945", "Herbst vergangenen
 * Jahres", "im dritten Quartal", "3. Quartal 2024", "Q3 2025", "im ersten Halbjahr".
 */
export const seasonQuarter: DeParser = (m: DeM, i: number): Cand | null => {
  let j = i;
  let rel: number | undefined;
  let ana = false;
  const w0 = m.lw(i);
  const r = m.rel(i);
  if (
    r !== undefined &&
    (seasonOf(m, m.lw(i + 1)) || m.t.quarterWords.has(m.lw(i + 1)) || m.t.halfWords.has(m.lw(i + 1)))
  ) {
    rel = r;
    ana = m.t.anaphoric.has(adjStem(w0));
    j++;
  }
  // quarter / half with ordinal: "dritten Quartal", "3. Quartal", "ersten Halbjahr"
  let ordv = m.ord(j);
  if (Number.isNaN(ordv)) ordv = m.t.ordinals.get(adjStem(m.lw(j))) ?? Number.NaN;
  const q = /^q([1-4])$/.exec(m.lw(j));
  if ((!Number.isNaN(ordv) && (m.t.quarterWords.has(m.lw(j + 1)) || m.t.halfWords.has(m.lw(j + 1)))) || q) {
    const half = !q && m.t.halfWords.has(m.lw(j + 1));
    const n = q ? Number(q[1]) : ordv;
    if (n < 1 || n > (half ? 2 : 4)) return null;
    const e0 = q ? j + 1 : j + 2;
    const yp = yearPartAt(m, e0);
    const first = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    const last = first + (half ? 5 : 2);
    return {
      s: i,
      e: yp ? yp.e : e0,
      type: "DATE",
      family: "season-quarter",
      resolve: (rc) => {
        const y = yp ? yp.year(rc) : yearForMonthRange(rc, first, last);
        return { value: `${y === null ? "XXXX" : fmtYear(y)}-${half ? "H" : "Q"}${n}` };
      },
    };
  }
  const season = seasonOf(m, m.lw(j));
  if (!season) return null;
  const yp = yearPartAt(m, j + 1);
  if (!yp && rel === undefined) {
    const prev = m.lw(i - 1);
    if (!m.t.datePreps.has(prev) && prev !== "diesen" && prev !== "jeden") return null;
    if (prev === "jeden") return null;
  }
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  return {
    s: i,
    e: yp ? yp.e : j + 1,
    type: "DATE",
    family: "season-quarter",
    resolve: (rc: RC) => {
      let y: number | null;
      if (yp) y = yp.year(rc);
      else if (rel !== undefined) {
        const b = ana || rc.narrative ? (rc.anchor ?? rc.base) : rc.base;
        if (!b) y = null;
        else {
          // "vergangenen Sommer": the last season before the base; "kommenden Herbst": the next one
          const cur = b.m === undefined ? null : b.m >= first && b.m <= last;
          const beforeNow = b.m === undefined ? false : last < b.m;
          if (rel < 0) y = beforeNow ? b.y : b.y - 1;
          else if (rel > 0) y = cur || beforeNow ? b.y + 1 : b.y;
          else y = b.y;
        }
      } else y = yearForMonthRange(rc, first, last);
      return { value: `${y === null ? "XXXX" : fmtYear(y)}-${season}` };
    },
  };
};
