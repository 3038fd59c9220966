import { addDays, fmt } from "../../../../time/dates.js";
import type { Cand, RC } from "../../../../time/match.js";
import { weekdayDate, weekdayInWeek } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { explicitDate } from "./explicit-date.js";
import { numericDate } from "./numeric-date.js";

/** Splits "sonntagabend" into weekday 7 and part of day "EV"; plain weekday → pod "". */
export function weekdayWord(m: DeM, w: string): { wd: number; pod: string } | null {
  const direct = m.t.weekdays.get(w);
  if (direct) return { wd: direct, pod: "" };
  for (const [name, wd] of m.t.weekdayPrefixes) {
    if (w.startsWith(name) && w.length > name.length) {
      const pod = m.t.partsOfDay.get(w.slice(name.length));
      if (pod) return { wd, pod };
      return null;
    }
  }
  return null;
}

function resolveWeekday(rc: RC, wd: number, rel: number | undefined, weekRel: number | undefined): string | null {
  const b = rc.base;
  if (!b || b.m === undefined || b.d === undefined) return null;
  let p = null;
  if (weekRel !== undefined) p = weekdayInWeek(b, wd, weekRel);
  else if (rel === -1) p = weekdayDate(addDays({ y: b.y, m: b.m, d: b.d }, -1), wd, -1);
  else if (rel === 1) p = weekdayDate(addDays({ y: b.y, m: b.m, d: b.d }, 1), wd, 1);
  else p = weekdayDate(b, wd, rc.dir === 0 && rc.present ? 1 : rc.dir);
  return p ? fmt(p) : null;
}

/**
 * Weekdays: "Mittwoch", "kommenden Montag", "Sonntagabend", "Dienstag Abend",
 * "Mittwoch vergangener Woche", "Mittwoch, 3. September", "Nacht zum Mittwoch".
 */
export const weekday: DeParser = (m: DeM, i: number): Cand | null => {
  let s = i;
  let j = i;
  // "Nacht zum Mittwoch" / "Nacht auf Mittwoch" → the night before
  if (m.lw(j) === "nacht" && (m.lw(j + 1) === "zum" || m.lw(j + 1) === "auf")) {
    const k = m.lw(j + 2) === "den" ? j + 3 : j + 2;
    const ww = weekdayWord(m, m.lw(k));
    if (!ww || ww.pod) return null;
    return {
      s: i,
      e: k + 1,
      type: "TIME",
      family: "weekday",
      resolve: (rc) => {
        const v = resolveWeekday(rc, ww.wd, undefined, undefined);
        if (!v) return { value: `XXXX-WXX-${ww.wd === 1 ? 7 : ww.wd - 1}TNI` };
        const [y, mo, d] = v.split("-").map(Number);
        return { value: `${fmt(addDays({ y: y ?? 0, m: mo ?? 1, d: d ?? 1 }, -1))}TNI` };
      },
    };
  }
  const rel = m.rel(j);
  if (rel !== undefined && rel !== 0 && weekdayWord(m, m.lw(j + 1))) j++;
  const ww = weekdayWord(m, m.lw(j));
  if (!ww) return null;
  if (m.lw(j).endsWith("s") && !ww.pod) return null; // "montags" is a set
  let pod = ww.pod;
  let e = j + 1;
  // "Mittwoch, 3. September 2025" / "Mittwoch, den 3.9."
  let k = e;
  if (m.lw(k) === ",") k++;
  if (m.lw(k) === "den" || m.lw(k) === "dem") k++;
  const date = explicitDate(m, k) ?? numericDate(m, k);
  if (date && !Array.isArray(date)) {
    return { s, e: date.e, type: "DATE", family: "weekday", resolve: date.resolve };
  }
  if (!pod) {
    const p = m.t.partsOfDay.get(m.lw(e));
    if (p && m.cap(e) && m.lw(e) !== "morgen") {
      pod = p;
      e++;
    } else if (m.lw(e) === "früh") {
      pod = "MO";
      e++;
    }
  }
  // "Mittwoch vergangener Woche", "Montag nächster Woche"
  let weekRel: number | undefined;
  const wr = m.rel(e);
  if (wr !== undefined && m.lw(e + 1) === "woche") {
    weekRel = wr;
    e += 2;
  } else if (m.lw(e) === "dieser" && m.lw(e + 1) === "woche") {
    weekRel = 0;
    e += 2;
  }
  const relv = j > i ? rel : undefined;
  if (j > i) s = i;
  const type = pod ? "TIME" : "DATE";
  return {
    s,
    e,
    type,
    family: "weekday",
    resolve: (rc) => {
      const v = resolveWeekday(rc, ww.wd, relv, weekRel);
      const base = v ?? `XXXX-WXX-${ww.wd}`;
      return { value: pod ? `${base}T${pod}` : base };
    },
  };
};
