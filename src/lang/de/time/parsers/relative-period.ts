import { addDays, addMonths, fmt, fmtYear, validDay, weekday, type Ymd } from "../../../../time/dates.js";
import type { Cand, RC } from "../../../../time/match.js";
import { durationValue, shift, unresolved } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { adjStem } from "../tables.js";
import { yearNumber } from "./common.js";

/**
 * Shift for "drei Tage später"-style expressions: weeks and months from a full day stay at
 * day granularity (TIMEX convention: "eine Woche später" after 15 December is 22 December).
 */
function shiftLike(p: Ymd | null, unit: string, n: number): string | null {
  if (p && p.d !== undefined && p.m !== undefined && (unit === "W" || unit === "M")) {
    if (unit === "W") return fmt(addDays({ y: p.y, m: p.m, d: p.d }, 7 * n));
    const r = addMonths(p.y, p.m, n);
    let d = p.d;
    while (d > 28 && !validDay(r.y, r.m, d)) d--;
    return fmt({ y: r.y, m: r.m, d });
  }
  return shift(p, unit, n);
}

/** The anchor for a shift in `unit`: day shifts need a day (the last full date mentioned, else the base). */
function anchorFor(rc: RC, unit: string): Ymd | null {
  if (unit === "D" || unit === "W") return rc.anchorDay ?? rc.anchor ?? rc.base;
  return rc.anchor ?? rc.base;
}

/** A DATE candidate of this family. */
function date(s: number, e: number, resolve: Cand["resolve"]): Cand {
  return { s, e, type: "DATE", family: "relative-period", resolve };
}

/** "Vorjahr", "Folgetag" (and "im Folgejahr 2013": the year given wins). */
function compound(m: DeM, i: number, [unit, n, ana]: readonly [string, number, boolean]): Cand {
  const yn = unit === "Y" ? yearNumber(m, i + 1) : null;
  if (yn) return date(i, yn.e, () => ({ value: fmtYear(yn.y) }));
  return date(i, i + 1, (rc) => ({
    value: shift(ana ? anchorFor(rc, unit) : rc.base, unit, n) ?? unresolved(unit, n),
  }));
}

/** "Jahresende", "Monatsanfang": the current period with a mod. */
function partCompound(i: number, [unit, mod]: readonly [string, string]): Cand {
  return date(i, i + 1, (rc) => ({ value: shift(rc.narrative ? rc.anchor : rc.base, unit, 0) ?? "PRESENT_REF", mod }));
}

/** "im Laufe des Jahres (1863)", "im Laufe des Tages": the anchor's year or day. */
function inTheCourseOf(m: DeM, i: number): Cand | null {
  const uw = m.lw(i + 2);
  const unit = uw === "jahres" ? "Y" : uw === "tages" ? "D" : uw === "monats" ? "M" : undefined;
  if (!unit) return null;
  const yn = unit === "Y" ? yearNumber(m, i + 3) : null;
  return date(i, yn ? yn.e : i + 3, (rc) => {
    if (yn) return { value: fmtYear(yn.y) };
    const from = rc.narrative ? anchorFor(rc, unit) : unit === "D" ? (rc.day ?? rc.base) : rc.base;
    return { value: shift(from, unit, 0) ?? unresolved(unit, 0) };
  });
}

/** "am Wochenende", "übers Wochenende": this week's weekend, or the last one in a past clause. */
function weekend(i: number): Cand {
  return date(i + 1, i + 2, (rc) => {
    const b = rc.base;
    if (!b || b.m === undefined || b.d === undefined) return { value: "XXXX-WXX-WE" };
    const wd = weekday(b.y, b.m, b.d);
    const past = rc.dir < 0 && wd < 6;
    return { value: shift(b, "WE", past ? -1 : 0) ?? "XXXX-WXX-WE" };
  });
}

/** Narrative "nach zwei Tagen", "nach etwa zehn Tagen": later than the anchor (in news a duration). */
function laterThanAnchor(m: DeM, i: number): Cand | null {
  const j = m.t.relativePeriod.approx.has(m.lw(i + 1)) ? i + 2 : i + 1;
  const n = m.num(j);
  const unit = m.unit(j + 1);
  if (!unit || Number.isNaN(n) || !Number.isInteger(n) || !["D", "W", "M", "Y"].includes(unit)) return null;
  return date(i, j + 2, (rc) => ({ value: shiftLike(rc.anchor ?? rc.base, unit, n) ?? unresolved(unit, 1) }));
}

/**
 * The point mod of "vor gut zwei Jahren" from the quantifier's duration mod: more than two years ago is before the
 * date two years back, less than two years ago after it.
 */
const POINT_MODS: Readonly<Record<string, string>> = {
  MORE_THAN: "BEFORE",
  LESS_THAN: "AFTER",
  EQUAL_OR_MORE: "ON_OR_BEFORE",
  EQUAL_OR_LESS: "ON_OR_AFTER",
  APPROX: "APPROX",
};

/** A quantifier before a number ("gut", "rund", "mehr als"): the number's index and the point mod, else i itself. */
function quantifier(m: DeM, i: number): { j: number; mod?: string } {
  const mods = m.t.duration.mods;
  const two = mods.get(`${m.lw(i)} ${m.lw(i + 1)}`);
  const dm = two ?? mods.get(m.lw(i));
  const mod = dm ? POINT_MODS[dm] : undefined;
  if (!mod) return { j: i };
  return { j: two ? i + 2 : i + 1, mod };
}

/** "vor drei Jahren", "vor gut zwei Jahren", "vor wenigen Tagen", "in zwei Wochen" (w is "vor" or "in"). */
function agoOrIn(m: DeM, i: number, w: string): Cand | null {
  const sign = w === "vor" ? -1 : 1;
  // only "vor" takes a quantifier: "in etwa fünf Stunden" is as often "roughly five hours" as a future date
  const q: { j: number; mod?: string } = sign < 0 ? quantifier(m, i + 1) : { j: i + 1 };
  const n = m.num(q.j);
  const unit = m.unit(q.j + 1);
  if (unit && !Number.isNaN(n) && Number.isInteger(n) && unit !== "CE" && unit !== "DE") {
    if (w === "in" && n === 1 && !q.mod && m.lw(i + 1) !== "einem" && m.lw(i + 1) !== "einer") return null;
    const mod = q.mod;
    return date(i, q.j + 2, (rc) => {
      const value = shift(rc.base, unit, sign * n) ?? unresolved(unit, sign);
      return mod ? { value, mod } : { value };
    });
  }
  if (m.t.relativePeriod.vagueQuantities.has(m.lw(i + 1)) && m.unit(i + 2) && m.lw(i - 1) !== "den") {
    const v = w === "vor" ? "PAST_REF" : "FUTURE_REF";
    return date(i, i + 3, () => ({ value: v }));
  }
  return null;
}

/**
 * "drei Tage später", "zwei Jahre zuvor", "wenige Tage später"; "Tag darauf", "Jahr darauf", "tags darauf"
 * (plural "Jahre zuvor" is vague).
 */
function shiftedFromAnchor(m: DeM, i: number, w: string): Cand | null {
  const words = m.t.relativePeriod;
  const n = m.num(i);
  const vague = words.vagueQuantities.has(w);
  const unit = m.unit(i + 1);
  const dir = words.after.get(m.lw(i + 2));
  if (unit && dir !== undefined && (vague || (!Number.isNaN(n) && Number.isInteger(n)))) {
    return date(i, i + 3, (rc) => {
      if (vague) return { value: dir < 0 ? "PAST_REF" : "FUTURE_REF" };
      return { value: shiftLike(anchorFor(rc, unit), unit, dir * n) ?? unresolved(unit, dir) };
    });
  }
  const u1 = m.unit(i) ?? (w === "tags" ? "D" : undefined);
  const d1 = words.after.get(m.lw(i + 1));
  if (!u1 || d1 === undefined) return null;
  const singular = words.singularUnits.has(w);
  return date(i, i + 2, (rc) => {
    if (!singular) return { value: d1 < 0 ? "PAST_REF" : "FUTURE_REF" };
    return { value: shift(anchorFor(rc, u1), u1, d1) ?? unresolved(u1, d1) };
  });
}

/** "vergangene Woche", "im vergangenen Jahr", "dieses Jahr", "am selben Tag", "den vergangenen drei Jahren". */
function relativeAdjective(m: DeM, i: number, w: string): Cand | null {
  const off = m.rel(i);
  if (off === undefined) return null;
  const ana = m.t.anaphoric.has(adjStem(w)) || m.t.anaphoric.has(w);
  const n = m.num(i + 1);
  if (!Number.isNaN(n) && m.unit(i + 2)) {
    const unit = m.unit(i + 2) ?? "Y";
    return {
      s: i,
      e: i + 3,
      type: "DURATION",
      family: "relative-period",
      resolve: () => ({ value: durationValue(unit, n) }),
    };
  }
  const unit = m.unit(i + 1);
  if (!unit) return null;
  const uw = m.lw(i + 1);
  const plural = /(jahre|jahren|monate|monaten|wochen|tage|tagen|stunden|minuten|jahrzehnte|jahrzehnten)$/.test(uw);
  if (plural && off !== 0) {
    return {
      s: i,
      e: i + 2,
      type: "DURATION",
      family: "relative-period",
      resolve: () => ({ value: durationValue(unit, "X") }),
    };
  }
  if (unit === "H" || unit === "MIN" || unit === "S") return null;
  return date(i, i + 2, (rc) => ({
    value: shift(ana || rc.narrative ? anchorFor(rc, unit) : rc.base, unit, off) ?? unresolved(unit, off),
  }));
}

/**
 * Relative periods: "vergangene Woche", "im vergangenen Jahr", "am folgenden Tag",
 * "vor drei Jahren", "in zwei Wochen", "drei Tage später", "im Jahr darauf", "Vorjahr",
 * "Jahresende", "den vergangenen drei Jahren" (a duration).
 */
export const relativePeriod: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  const words = m.t.relativePeriod;
  const comp = words.compounds.get(w);
  if (comp) return compound(m, i, comp);
  const pc = words.partCompounds.get(w);
  if (pc) return partCompound(i, pc);
  if (w === "laufe" && m.lw(i + 1) === "des") {
    const c = inTheCourseOf(m, i);
    if (c) return c;
  }
  if ((w === "am" || w === "übers" || w === "zum") && m.unit(i + 1) === "WE") return weekend(i);
  if (w === "nach" && m.narrative) return laterThanAnchor(m, i);
  if (w === "vor" || (w === "in" && !m.narrative)) return agoOrIn(m, i, w);
  return shiftedFromAnchor(m, i, w) ?? relativeAdjective(m, i, w);
};
