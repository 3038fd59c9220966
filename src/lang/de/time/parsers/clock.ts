import { TokenKind } from "../../../../doc/tokens.js";
import { addDays, fmt } from "../../../../time/dates.js";
import type { Cand } from "../../../../time/match.js";
import { clock as clockValue } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";
import { explicitDate } from "./explicit-date.js";

const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?$/;

/**
 * Clock times and parts of the day: "14.30 Uhr", "14:30 Uhr", "4 Uhr 45", "um 9 Uhr"
 * (never a bare number: "von 2024" is not a time); "am Abend", "in der Nacht",
 * "am frühen Morgen des 6. Juni" (TIME on the day under discussion).
 */
export const clock: DeParser = (m: DeM, i: number): Cand | null => {
  if (m.kind(i) === TokenKind.NUMBER && m.lw(i + 1) === "uhr") {
    const r = CLOCK.exec(m.lw(i));
    if (!r) return null;
    const h = Number(r[1]);
    let min = r[2] ? Number(r[2]) : 0;
    let e = i + 2;
    if (!r[2] && m.kind(e) === TokenKind.NUMBER && /^\d{2}$/.test(m.lw(e)) && m.same(i, e)) {
      min = Number(m.lw(e));
      e++;
    }
    if (h > 24 || min > 59) return null;
    return {
      s: i,
      e,
      type: "TIME",
      family: "clock",
      resolve: (rc) => ({ value: clockValue(rc.day ?? rc.base, h, min) }),
    };
  }
  const w = m.lw(i);
  // "Mitternacht" → T24:00 of the day under discussion
  if (w === "mitternacht") {
    return {
      s: i,
      e: i + 1,
      type: "TIME",
      family: "clock",
      resolve: (rc) => {
        const day = rc.day ?? rc.base;
        return { value: day && day.d !== undefined ? `${fmt(day)}T24:00` : "XXXX-XX-XXT24:00" };
      },
    };
  }
  // "am nächsten Morgen", "am folgenden Abend", "am selben Abend": a part of the anchor day (or the next)
  if (
    w === "am" &&
    (m.lw(i + 1) === "nächsten" ||
      m.lw(i + 1) === "folgenden" ||
      m.lw(i + 1) === "selben" ||
      m.lw(i + 1) === "gleichen")
  ) {
    const pod2 = m.t.partsOfDay.get(m.lw(i + 2));
    if (pod2 && m.cap(i + 2)) {
      const off = m.lw(i + 1) === "selben" || m.lw(i + 1) === "gleichen" ? 0 : 1;
      return {
        s: i,
        e: i + 3,
        type: "TIME",
        family: "clock",
        resolve: (rc) => {
          const day = rc.anchorDay ?? rc.day ?? rc.base;
          if (!day || day.m === undefined || day.d === undefined) return { value: `XXXX-XX-XXT${pod2}` };
          return { value: `${fmt(addDays({ y: day.y, m: day.m, d: day.d }, off))}T${pod2}` };
        },
      };
    }
  }
  // parts of day: "am Abend", "in der Nacht", "am frühen Morgen des 6. Juni"
  if (!m.t.clock.podPreps.has(w)) return null;
  let j = i + 1;
  if (w === "in" && m.lw(j) === "der") j++;
  if (m.t.clock.podAdjectives.has(m.lw(j))) j++;
  const pod = m.t.partsOfDay.get(m.lw(j));
  if (!pod || !m.cap(j)) return null;
  if (w === "in" && pod !== "NI") return null;
  let e = j + 1;
  if (m.lw(e) === "des") {
    const d = explicitDate(m, e + 1);
    if (d && !Array.isArray(d)) {
      return {
        s: i,
        e: d.e,
        type: "TIME",
        family: "clock",
        resolve: (rc) => ({ value: `${d.resolve(rc).value}T${pod}` }),
      };
    }
    // "Abend desselben Tages"
  }
  if (m.lw(e) === "zum" || m.lw(e) === "auf") return null; // "in der Nacht zum Mittwoch" is a weekday
  e = j + 1;
  return {
    s: i,
    e,
    type: "TIME",
    family: "clock",
    resolve: (rc) => {
      const day = rc.day ?? rc.base;
      if (!day || day.d === undefined) return { value: `XXXX-XX-XXT${pod}` };
      return { value: `${fmt(day)}T${pod}` };
    },
  };
};
